// End-to-end, issue #6: inputs at the size of the stated limits (README "Limits"). A 50 MB
// article and 200 files dropped at once must leave the page up and the open work as it
// was; the reader either opens them or says which limit they hit. Memory before and after
// is reported (not asserted: it depends on the browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { readerSite, openReader, state, frames } from './browser.mjs';
import { GENERATOR } from './newstext.mjs';

const env = readerSite();

// JavaScript heap (CDP) and WebAssembly memory of the page, in MB.
async function memory(page, cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const js = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const wasm = await page.evaluate(() => window.Module.HEAP8.length);
  return { js_mb: +(js / 1e6).toFixed(1), wasm_mb: +(wasm / 1e6).toFixed(1) };
}

// The open work the big inputs must not disturb: one article with its annotations.
async function openWork(page) {
  await page.evaluate(() => window.claimlens.open('work.txt', window.__newsText(3000, 7)));
  await frames(page, 3);
  const d = (await state(page)).documents[0];
  return { id: d.id, name: d.name, bytes: d.bytes, annotations: d.annotations, revision: d.revision,
           json: JSON.stringify(await page.evaluate(() => window.claimlens.documentJson(0))) };
}

async function assertWorkUnchanged(page, work) {
  const s = await state(page);
  const d = s.documents.find((x) => x.id === work.id);
  assert.ok(d, 'the document open before is still open');
  assert.deepEqual({ name: d.name, bytes: d.bytes, annotations: d.annotations, revision: d.revision },
                   { name: work.name, bytes: work.bytes, annotations: work.annotations, revision: work.revision });
  const index = s.documents.indexOf(d);
  assert.equal(JSON.stringify(await page.evaluate((i) => window.claimlens.documentJson(i), index)), work.json);
}

test('a 50 MB article opens or is refused with a message; the page stays up, open work unchanged', async (t) => {
  const { page, errors } = await openReader(env.browser.context, env.server.url, { init: GENERATOR });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const work = await openWork(page);
  const before = await memory(page, cdp);
  const started = Date.now();
  await page.evaluate(() => window.__dropTexts([{ name: 'huge.txt', bytes: 50e6, seed: 3 }]));
  // Opened (a second document) or refused (an error message naming the file).
  await page.waitForFunction(() => {
    const s = window.claimlens.state();
    return s.documents.length === 2 || (s.message_is_error && s.message.includes('huge.txt'));
  }, null, { timeout: 600000, polling: 1000 });
  await frames(page, 3);
  const seconds = (Date.now() - started) / 1000;
  const s = await state(page);
  const after = await memory(page, cdp);
  const huge = s.documents.find((d) => d.name === 'huge.txt');
  t.diagnostic(`50 MB: ${huge ? `opened, ${huge.annotations} annotations, ${huge.lines} lines` : `refused: ${s.message}`} ` +
               `in ${seconds.toFixed(1)} s; memory before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
  console.log(`# 50 MB article: ${huge ? 'opened' : 'refused'} in ${seconds.toFixed(1)} s; JS heap ${before.js_mb} -> ${after.js_mb} MB, ` +
              `wasm memory ${before.wasm_mb} -> ${after.wasm_mb} MB`);
  if (huge) {
    assert.ok(huge.bytes > 49e6 && huge.annotations > 1000, JSON.stringify(huge));
    assert.ok(huge.laid_out, 'the article was laid out');
  } else {
    assert.match(s.message, /huge\.txt: .*(too large|memory|limit)/i);
  }
  await assertWorkUnchanged(page, work);
  // Still responsive: frames keep coming and a key press is handled (Escape closes find).
  await page.keyboard.press('Control+f');
  await frames(page, 3);
  assert.equal((await state(page)).find.open, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('200 files dropped at once: as many open as the limit allows, the rest are refused with a message', async (t) => {
  const { page, errors } = await openReader(env.browser.context, env.server.url, { init: GENERATOR });
  const work = await openWork(page);
  const started = Date.now();
  await page.evaluate(() => window.__dropTexts(Array.from({ length: 200 }, (_, i) => ({ name: `story-${i}.txt`, bytes: 2000, seed: 100 + i }))));
  // Every file is handed over: either opened or refused, and the progress line goes away.
  await page.waitForFunction(() => {
    const s = window.claimlens.state();
    return document.getElementById('progress').hidden && (s.documents.length === 200 + 1 || /documents are open already/.test(s.message));
  }, null, { timeout: 300000, polling: 500 });
  await frames(page, 3);
  const s = await state(page);
  t.diagnostic(`200 files: ${s.documents.length} documents open after ${((Date.now() - started) / 1000).toFixed(1)} s; message: ${s.message}`);
  const limit = 64;  // README "Limits": open documents
  assert.equal(s.documents.length, limit);
  assert.equal(s.message_is_error, true);
  // One message counts and names what was not opened, instead of 137 refusals in turn.
  assert.match(s.message, new RegExp(`^137 files not opened \\(story-63\\.txt, …\\): ${limit} documents are open already`));
  // The ones that opened are the first files, in order, each annotated.
  const names = s.documents.slice(1).map((d) => d.name);
  assert.deepEqual(names, Array.from({ length: limit - 1 }, (_, i) => `story-${i}.txt`));
  assert.ok(s.documents.slice(1).every((d) => d.annotations > 0));
  await assertWorkUnchanged(page, work);
  assert.deepEqual(errors, []);
  await page.close();
});
