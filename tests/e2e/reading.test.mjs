// End-to-end: reading an annotated article. Highlights are checked where the engine puts
// them (pixel colours sampled inside the rectangles the reader reports), and every control
// is driven the way a person would: mouse on the real widget, keys, clipboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

import { readerSite, openReader, state, frames, clickControl } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build/screenshots');
const example = fs.readFileSync(path.join(root, 'assets/examples/harbour-dispute.txt'), 'utf8');

fs.mkdirSync(shots, { recursive: true });
const env = readerSite({ clipboard: true });

async function openExample(text = example, name = 'harbour-dispute.txt') {
  const { page, errors } = await openReader(env.browser.context, env.server.url);
  await page.evaluate(([n, t]) => window.claimlens.open(n, t), [name, text]);
  await frames(page, 4);
  return { page, errors };
}

const centre = (r) => ({ x: (r[0] + r[2]) / 2, y: (r[1] + r[3]) / 2 });

// Paper colour and the layers' fills as the light theme blends them over it.
const PAPER = [251, 249, 244];
const blend = (rgb, alpha) => PAPER.map((p, i) => Math.round(p + (rgb[i] - p) * alpha / 255));
const CLAIM_FILL = blend([86, 180, 233], 80);
const DENIAL_FILL = blend([230, 159, 0], 95);

// Share of the pixels inside `rect` (CSS px) within `tol` of `rgb`.
function share(png, rect, rgb, tol = 8) {
  let hit = 0, total = 0;
  for (let y = Math.ceil(rect[1]) + 1; y < Math.floor(rect[3]) - 1; y++) {
    for (let x = Math.ceil(rect[0]) + 1; x < Math.floor(rect[2]) - 1; x++) {
      const i = (png.width * y + x) * 4;
      total++;
      if (Math.abs(png.data[i] - rgb[0]) <= tol && Math.abs(png.data[i + 1] - rgb[1]) <= tol &&
          Math.abs(png.data[i + 2] - rgb[2]) <= tol) hit++;
    }
  }
  return total ? hit / total : 0;
}

const overlaps = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
// Drawn rectangles of `layer` that no other claim/denial rectangle overlaps.
function isolated(s, layer) {
  const statements = s.drawn.filter((d) => d.layer === 'claim' || d.layer === 'denial');
  return s.drawn.filter((d) => d.layer === layer && d.rect[2] - d.rect[0] > 30 &&
    !statements.some((o) => o !== d && o.annotation !== d.annotation && overlaps(o.rect, d.rect)));
}

test('claims and denials are filled where the engine says, in their own colours', async () => {
  const { page, errors } = await openExample();
  const s = await state(page);
  const doc = s.documents[0];
  assert.ok(doc.counts.claim > 0 && doc.counts.denial > 0, JSON.stringify(doc.counts));
  // Every drawn mark belongs to an annotation the engine reported, on its layer.
  const json = await page.evaluate(() => window.claimlens.documentJson(0));
  for (const d of s.drawn) assert.equal(json.annotations[d.annotation].type, d.layer);
  const png = PNG.sync.read(await page.screenshot({ path: path.join(shots, 'highlights.png') }));
  const claims = isolated(s, 'claim'), denials = isolated(s, 'denial');
  assert.ok(claims.length > 0 && denials.length > 0, 'an unnested claim and denial are on screen');
  for (const c of claims) assert.ok(share(png, c.rect, CLAIM_FILL) > 0.4, `claim fill in ${c.rect}: ${share(png, c.rect, CLAIM_FILL)}`);
  for (const d of denials) assert.ok(share(png, d.rect, DENIAL_FILL) > 0.4, `denial fill in ${d.rect}`);
  // And the claim colour is not where denials are.
  for (const d of denials) assert.ok(share(png, d.rect, CLAIM_FILL) < 0.05);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a legend toggle hides its layer on the canvas and in the mirror', async () => {
  const { page } = await openExample();
  const before = await state(page);
  const claimRects = isolated(before, 'claim');
  await clickControl(page, 'legend.claim');
  const s = await state(page);
  assert.equal(s.visible.claim, false);
  assert.equal(s.drawn.filter((d) => d.layer === 'claim').length, 0);
  assert.ok(s.drawn.some((d) => d.layer === 'denial'), 'other layers stay');
  const png = PNG.sync.read(await page.screenshot());
  for (const c of claimRects) assert.ok(share(png, c.rect, CLAIM_FILL) < 0.05, 'claim fill gone');
  const claimMarks = await page.evaluate(() => document.querySelectorAll('#mirror mark[data-layer=claim]').length);
  assert.equal(claimMarks, 0);
  await clickControl(page, 'legend.claim');
  assert.equal((await state(page)).visible.claim, true);
  await page.close();
});

test('hovering a highlight shows it; clicking selects it and marks its links', async () => {
  const { page } = await openExample();
  const s = await state(page);
  const target = isolated(s, 'claim').find((d) => s.drawn.some((o) => o.layer === 'source'));
  const c = centre(target.rect);
  await page.mouse.move(c.x, c.y);
  await frames(page, 3);
  assert.equal((await state(page)).hovered, target.annotation);
  await page.screenshot({ path: path.join(shots, 'tooltip.png') });
  await page.mouse.click(c.x, c.y);
  await frames(page, 3);
  assert.equal((await state(page)).documents[0].selected, target.annotation);
  await page.keyboard.press('Escape');
  await frames(page, 2);
  assert.equal((await state(page)).documents[0].selected, -1);
  await page.close();
});

const longArticle = () => {
  const body = example.split('\n\n').slice(2).join('\n\n');
  return 'A long dispute\n\n' + Array.from({ length: 40 }, () => body).join('\n\n') +
    '\n\nIn the last line the harbour master said the zeppelin report was wrong.';
};

test('clicking a statement in the side panel scrolls the article to it', async () => {
  const { page } = await openExample(longArticle(), 'long.txt');
  await page.mouse.click(300, 400);
  await frames(page, 2);  // ImGui moves focus on the frame after the click
  await page.keyboard.press('End');
  await frames(page, 4);
  assert.ok((await state(page)).documents[0].scroll_y > 10000);
  const row = (await state(page)).panel_rows[0];
  const c = centre(row.rect);
  await page.mouse.click(c.x, c.y);
  await frames(page, 4);
  const s = await state(page);
  assert.equal(s.documents[0].selected, row.annotation);
  assert.ok(s.documents[0].scroll_y < 1000, `scrolled back to the first statement: ${s.documents[0].scroll_y}`);
  assert.ok(s.drawn.some((d) => d.annotation === row.annotation), 'the statement is on screen');
  await page.close();
});

test('Ctrl+F finds text in the canvas, scrolls to it, and steps through matches', async () => {
  const { page } = await openExample(longArticle(), 'long.txt');
  await page.mouse.click(300, 400);
  await page.keyboard.press('Control+f');
  await frames(page, 3);
  assert.equal((await state(page)).find.open, true);
  await page.keyboard.type('zeppelin', { delay: 40 });
  await frames(page, 4);
  let s = await state(page);
  assert.equal(s.documents[0].found, 1);
  assert.ok(s.documents[0].scroll_y > 10000, 'scrolled to the only match, at the end');
  await page.screenshot({ path: path.join(shots, 'find.png') });
  await page.keyboard.press('Control+a');
  await frames(page, 2);
  await page.keyboard.type('oyster', { delay: 40 });
  await frames(page, 3);
  s = await state(page);
  assert.ok(s.documents[0].found > 40, `matches: ${s.documents[0].found}`);
  assert.equal(s.documents[0].found_current, 0);
  await page.keyboard.press('Enter');
  await frames(page, 2);
  assert.equal((await state(page)).documents[0].found_current, 1);
  // Enter leaves ImGui's field; the reader gives it the keyboard back a frame or two later.
  await page.waitForFunction(() => window.claimlens.state().find.typing);
  await page.keyboard.press('Shift+Enter');
  await frames(page, 2);
  assert.equal((await state(page)).documents[0].found_current, 0);
  await page.close();
});

test('text selected with the mouse is copied to the clipboard with Ctrl+C', async () => {
  const { page } = await openExample();
  const s = await state(page);
  // Drag across the middle of the first body paragraph's first line.
  const first = s.drawn.find((d) => d.layer === 'denial' && d.rect[1] > 200);
  const y = (first.rect[1] + first.rect[3]) / 2;
  await page.mouse.move(140, y);
  await page.mouse.down();
  await page.mouse.move(400, y, { steps: 5 });
  await page.mouse.up();
  await frames(page, 2);
  const [b, e] = (await state(page)).documents[0].text_selection;
  assert.ok(e - b > 10, `selected ${e - b} bytes`);
  await page.keyboard.press('Control+c');
  // The clipboard write is asynchronous: poll for it.
  let copied = '';
  for (let i = 0; i < 50 && !copied; i++) {
    await frames(page, 1);
    copied = await page.evaluate(() => navigator.clipboard.readText());
  }
  assert.equal(copied, Buffer.from(example).subarray(b, e).toString());
  await page.close();
});

test('keys jump between claims, denials and sources; Ctrl +/- sizes the type', async () => {
  const { page } = await openExample();
  await page.mouse.click(300, 500);
  await frames(page, 3);  // the click's selection lands on the frame of the release
  const json = await page.evaluate(() => window.claimlens.documentJson(0));
  for (const [key, layer] of [['d', 'denial'], ['c', 'claim'], ['s', 'source'], ['h', 'hedge']]) {
    await page.keyboard.press(key);
    await frames(page, 2);
    const selected = (await state(page)).documents[0].selected;
    assert.ok(selected >= 0, `${key} selects something`);
    assert.equal(json.annotations[selected].type, layer);
  }
  const before = (await state(page)).body_css_px;
  await page.keyboard.press('Control+Equal');
  await frames(page, 2);
  assert.equal((await state(page)).body_css_px, before + 1);
  await clickControl(page, 'font.smaller');
  await clickControl(page, 'font.smaller');
  const s = await state(page);
  assert.equal(s.body_css_px, before - 1);
  assert.equal(s.fonts.body_px, before - 1, 'fonts re-baked at the new size');
  await page.close();
});

test('the dark theme turns the paper dark', async () => {
  const { page } = await openExample();
  await clickControl(page, 'theme');
  assert.equal((await state(page)).dark, true);
  const png = PNG.sync.read(await page.screenshot({ path: path.join(shots, 'dark.png') }));
  const i = (png.width * 500 + 60) * 4;  // left margin of the article
  assert.ok(png.data[i] < 60 && png.data[i + 1] < 60, `margin pixel ${png.data.slice(i, i + 3)}`);
  await page.close();
});

test('the first-run page opens the bundled example with one click', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  await frames(page, 3);
  await clickControl(page, 'example');
  await page.waitForFunction(() => window.claimlens.state().documents.length === 1);
  const s = await state(page);
  assert.equal(s.documents[0].name, 'harbour-dispute.txt');
  assert.ok(s.documents[0].annotations > 0);
  await page.close();
});

test('the accessible mirror holds the article with labelled marks', async () => {
  const { page } = await openExample();
  const s = await state(page);
  const mirror = await page.evaluate(() => {
    const m = document.getElementById('mirror');
    return {
      text: m.textContent,
      marks: Array.from(m.querySelectorAll('mark')).map((x) => [x.dataset.layer, x.getAttribute('aria-label')]),
    };
  });
  for (const paragraph of example.split('\n').filter((l) => l.trim())) assert.ok(mirror.text.includes(paragraph.trim()));
  const total = Object.values(s.documents[0].counts).reduce((a, b) => a + b, 0);
  assert.equal(mirror.marks.length, total);
  assert.ok(mirror.marks.every(([layer, label]) => label.startsWith(layer)));
  await page.close();
});

test('an article full of markup and script stays inert text', async () => {
  const hostile = 'A <b>bold</b> headline\n\n<script>window.__pwned = 1</script> Officials said ' +
    '<img src=x onerror="window.__pwned = 2"> the <a href="javascript:window.__pwned=3">link</a> is safe.';
  const { page, errors } = await openExample(hostile, 'hostile.txt');
  await page.mouse.click(300, 300);
  await frames(page, 3);
  const result = await page.evaluate(() => ({
    pwned: window.__pwned,
    scripts: document.querySelectorAll('#mirror script, #mirror img, #mirror a, #mirror b').length,
    text: document.getElementById('mirror').textContent,
  }));
  assert.equal(result.pwned, undefined);
  assert.equal(result.scripts, 0);
  assert.ok(result.text.includes('<script>window.__pwned = 1</script>'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the article re-wraps when the window is resized', async () => {
  const { page } = await openExample();
  const wide = (await state(page)).documents[0].lines;
  await page.setViewportSize({ width: 700, height: 800 });
  await frames(page, 4);
  const narrow = await state(page);
  assert.ok(narrow.documents[0].lines > wide, `${narrow.documents[0].lines} lines at 700 px vs ${wide}`);
  const canvas = await page.evaluate(() => [document.getElementById('canvas').width, innerWidth]);
  assert.equal(canvas[0], canvas[1], 'the canvas follows the window');
  await page.screenshot({ path: path.join(shots, 'narrow.png') });
  await page.close();
});
