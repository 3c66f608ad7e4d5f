// End-to-end: the reader page in headless Chromium. Loads the built site, drops articles
// onto the canvas with real drag-and-drop events, and checks through window.claimlens and
// screenshots that they were opened, laid out and drawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

import { readerSite, launch, openReader, dropFiles, state, frames } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build/screenshots');
const example = fs.readFileSync(path.join(root, 'assets/examples/harbour-dispute.txt'), 'utf8');

fs.mkdirSync(shots, { recursive: true });
const env = readerSite();

// Share of pixels in a rectangle of a PNG that are much darker than the paper: ink.
function inkShare(png, x0, y0, x1, y1) {
  let dark = 0, total = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (png.width * y + x) * 4;
      const lum = 0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2];
      if (lum < 120) dark++;
      total++;
    }
  }
  return dark / total;
}

test('the empty page starts, embeds its fonts and explains what to do', async () => {
  const { page, errors } = await openReader(env.browser.context, env.server.url);
  await frames(page);
  const s = await state(page);
  assert.equal(s.documents.length, 0);
  assert.equal(s.fonts.embedded, true, 'Noto fonts should load from the embedded files');
  const png = PNG.sync.read(await page.screenshot({ path: path.join(shots, 'empty.png') }));
  // The one-line hint is drawn in the middle band of the page.
  assert.ok(inkShare(png, 0, 250, png.width, 450) > 0.001, 'the empty-state hint is drawn');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a dropped .txt article is opened, laid out and drawn in the reading face', async () => {
  const { page, errors } = await openReader(env.browser.context, env.server.url);
  await dropFiles(page, [{ name: 'harbour-dispute.txt', text: example }]);
  await page.waitForFunction(() => window.claimlens.state().documents.length === 1);
  await frames(page);
  const s = await state(page);
  const doc = s.documents[0];
  assert.equal(doc.name, 'harbour-dispute.txt');
  assert.equal(doc.active, true);
  assert.equal(doc.bytes, Buffer.byteLength(example.replace(/^\uFEFF/, '')));
  assert.equal(doc.laid_out, true);
  assert.ok(doc.blocks >= 8, `blocks: ${doc.blocks}`);
  assert.ok(doc.lines > doc.blocks, `word-wrapped into more lines than blocks (${doc.lines})`);
  const png = PNG.sync.read(await page.screenshot({ path: path.join(shots, 'dropped-article.png') }));
  assert.ok(inkShare(png, 200, 80, 1080, 700) > 0.02, 'article text is drawn');
  assert.deepEqual(errors, []);
  await page.close();
});

test('several files dropped at once open as tabs; the last becomes active', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  await dropFiles(page, [
    { name: 'one.txt', text: 'First article\n\nThe mayor said the bridge will reopen in May.' },
    { name: 'two.txt', text: 'Second article\n\nThe council denied that the bridge was unsafe.' },
  ]);
  await page.waitForFunction(() => window.claimlens.state().documents.length === 2);
  const s = await state(page);
  assert.deepEqual(s.documents.map((d) => d.name), ['one.txt', 'two.txt']);
  assert.deepEqual(s.documents.map((d) => d.active), [false, true]);
  await page.close();
});

test('a binary file is refused with a message and the open article stays', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  await dropFiles(page, [{ name: 'story.txt', text: 'Story\n\nOfficials said the port is open.' }]);
  await page.waitForFunction(() => window.claimlens.state().documents.length === 1);
  await dropFiles(page, [{ name: 'photo.txt', bytes: [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3] }]);
  await page.waitForFunction(() => /photo\.txt/.test(window.claimlens.state().message));
  const s = await state(page);
  assert.equal(s.message_is_error, true);
  assert.match(s.message, /invalid UTF-8|not text/);
  assert.deepEqual(s.documents.map((d) => d.name), ['story.txt']);
  await page.close();
});

test('a long article scrolls with the wheel and the keyboard', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  const long = Array.from({ length: 60 }, () => example.split('\n\n').slice(2).join('\n\n')).join('\n\n');
  await page.evaluate((text) => window.claimlens.open('long.txt', text), long);
  await frames(page);
  const height = (await state(page)).documents[0].height;
  assert.ok(height > 20000, `long article height ${height}`);
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, 1500);
  await page.waitForFunction(() => window.claimlens.state().documents[0].scroll_y > 300);
  await page.keyboard.press('End');
  await page.waitForFunction((h) => window.claimlens.state().documents[0].scroll_y > h - 2000, height);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => window.claimlens.state().documents[0].scroll_y === 0);
  await page.close();
});

test('the Open button shows a file chooser whose files are opened', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  await frames(page);
  const chooser = page.waitForEvent('filechooser');
  await page.mouse.click(38, 20);  // the "Open…" button, first in the toolbar
  const fileChooser = await chooser;
  assert.equal(fileChooser.isMultiple(), true);
  await fileChooser.setFiles(path.join(root, 'assets/examples/harbour-dispute.txt'));
  await page.waitForFunction(() => window.claimlens.state().documents.length === 1);
  assert.equal((await state(page)).documents[0].name, 'harbour-dispute.txt');
  await page.close();
});

test('on a high-DPI screen the canvas is drawn at device resolution', async () => {
  const hidpi = await launch({ deviceScaleFactor: 2 });
  try {
    const { page } = await openReader(hidpi.context, env.server.url);
    await page.evaluate((text) => window.claimlens.open('harbour-dispute.txt', text), example);
    await frames(page);
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
    });
    assert.equal(size.w, size.cssW * 2);
    assert.equal(size.h, size.cssH * 2);
    const s = await state(page);
    assert.equal(s.pixel_ratio, 2);
    assert.equal(s.fonts.body_px, Math.round(19 * 2), 'fonts are baked at device pixels');
    await page.screenshot({ path: path.join(shots, 'hidpi-article.png') });
    await page.close();
  } finally {
    await hidpi.close();
  }
});

test('many files dropped at once show progress and all open', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  const files = Array.from({ length: 30 }, (_, i) => ({ name: `story-${i}.txt`, text: `Story ${i}\n\nOfficials said item ${i} is late.` }));
  const seen = page.evaluate(() => new Promise((resolve) => {
    const el = document.getElementById('progress');
    new MutationObserver(() => { if (!el.hidden && /Opening \d+ of 30/.test(el.textContent)) resolve(el.textContent); })
      .observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
  }));
  await dropFiles(page, files);
  assert.match(await seen, /Opening \d+ of 30: story-\d+\.txt/);
  await page.waitForFunction(() => window.claimlens.state().documents.length === 30);
  assert.equal(await page.evaluate(() => document.getElementById('progress').hidden), true);
  await page.close();
});
