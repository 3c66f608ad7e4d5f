// End-to-end, issue #5: a long article is annotated in a Web Worker while the page keeps
// drawing and answering, with progress shown and a way to cancel; the result is the one the
// page's own engine gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { readerSite, openReader, state, frames, clickControl } from './browser.mjs';
import { GENERATOR } from './newstext.mjs';

const BYTES = 10e6;  // long enough that annotating takes a second or more

const env = readerSite();

// Resolves with the progress line's text once it says the worker is annotating.
const annotating = (page) => page.waitForFunction(() => {
  const p = document.getElementById('progress');
  return !p.hidden && /annotating/.test(p.textContent) && p.textContent;
}, null, { timeout: 120000, polling: 50 });

test('a long article is annotated in a worker: frames keep coming, keys are handled, progress is shown', async () => {
  const { page, errors } = await openReader(env.browser.context, env.server.url, { init: GENERATOR });
  // Counts the page's animation frames while the progress line is up.
  await page.evaluate(() => {
    window.__during = { frames: 0, findOpenWhileBusy: false };
    const tick = () => {
      if (!document.getElementById('progress').hidden) {
        window.__during.frames++;
        if (window.claimlens.state().find.open) window.__during.findOpenWhileBusy = true;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.evaluate((n) => window.__dropTexts([{ name: 'long.txt', bytes: n, seed: 11 }]), BYTES);
  const shown = await (await annotating(page)).jsonValue();
  assert.match(shown, /long\.txt \(10\.0 MB\): annotating/);
  await page.keyboard.press('Control+f');  // handled while the worker works
  await page.waitForFunction(() => window.claimlens.state().documents.length === 1, null, { timeout: 300000, polling: 200 });
  await frames(page, 3);
  const during = await page.evaluate(() => window.__during);
  assert.ok(during.frames >= 3, `frames drawn while annotating: ${during.frames}`);
  assert.equal(during.findOpenWhileBusy, true, 'Ctrl+F opened the find bar while the article was being annotated');
  assert.equal(await page.evaluate(() => document.getElementById('progress').hidden), true);

  // The same text opened by the page's own engine gives the same document.
  const viaWorker = (await state(page)).documents[0];
  await page.evaluate((n) => window.claimlens.open('same.txt', window.__newsText(n, 11)), BYTES);
  await frames(page, 2);
  const direct = (await state(page)).documents[1];
  // Not 'lines': the word wrap is lazy (a screen first, the rest a slice per frame while
  // the document is shown), so a line count depends on how far it got (tested natively).
  for (const key of ['bytes', 'annotations', 'speakers', 'blocks']) assert.equal(viaWorker[key], direct[key], key);
  assert.deepEqual(viaWorker.counts, direct.counts);
  assert.ok(viaWorker.annotations > 10000);
  assert.deepEqual(errors, []);
  await page.close();
});

test('opening a long article can be cancelled; the open work stays and the next file opens', async () => {
  const { page, errors } = await openReader(env.browser.context, env.server.url, { init: GENERATOR });
  await page.evaluate(() => window.claimlens.open('work.txt', window.__newsText(3000, 5)));
  await frames(page, 3);
  const before = (await state(page)).documents;
  await page.evaluate((n) => window.__dropTexts([{ name: 'long.txt', bytes: n, seed: 12 }]), BYTES);
  await annotating(page);
  // The button is on top (a person can click it), then clicked at once: the worker may be
  // quick, and playwright's click waits for the button to stop moving.
  const clicked = await page.evaluate(() => {
    const button = document.querySelector('#progress button');
    const r = button.getBoundingClientRect();
    const onTop = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2) === button;
    button.click();
    return onTop;
  });
  assert.equal(clicked, true, 'the Cancel button is the element under its centre');
  await page.waitForFunction(() => document.getElementById('progress').hidden, null, { timeout: 30000 });
  await frames(page, 3);
  const s = await state(page);
  assert.deepEqual(s.documents, before);
  assert.match(s.message, /long\.txt: opening cancelled/);
  await page.evaluate(() => window.__dropTexts([{ name: 'next.txt', bytes: 3e6, seed: 13 }]));
  await page.waitForFunction(() => window.claimlens.state().documents.length === 2, null, { timeout: 120000, polling: 200 });
  assert.equal((await state(page)).documents[1].name, 'next.txt');
  assert.deepEqual(errors, []);
  await page.close();
});
