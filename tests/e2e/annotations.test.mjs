// End-to-end: correcting the engine, exporting, and importing annotation files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { readerSite, openReader, state, frames, dropFiles, clickControl } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build/screenshots');
const example = fs.readFileSync(path.join(root, 'assets/examples/harbour-dispute.txt'), 'utf8');

fs.mkdirSync(shots, { recursive: true });
const env = readerSite();

async function openExample(text = example) {
  const { page, errors } = await openReader(env.browser.context, env.server.url);
  await page.evaluate((t) => window.claimlens.open('harbour-dispute.txt', t), text);
  await frames(page, 4);
  return { page, errors };
}


// The annotation set, without ids: what must survive a round trip.
const annotationSet = (json) => json.annotations.map((a) => [a.type, a.start, a.end, a.entity || '',
  (a.sources || []).length, (a.denies || []).length, a.creator, a.note || '']).map(String).sort();

// Selects the words of a line of text with the mouse: from x0 to x1 at the y of `rect`.
async function dragAcross(page, y, x0, x1) {
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x1, y, { steps: 4 });
  await page.mouse.up();
  await frames(page, 2);
}

async function download(page, control) {
  await clickControl(page, 'export');
  const waiting = page.waitForEvent('download');
  await clickControl(page, control);
  const d = await waiting;
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
}

test('a person marks text, changes and deletes annotations, and undo/redo follow', async () => {
  const { page } = await openExample();
  const before = (await state(page)).documents[0];
  const byline = (await state(page)).drawn.find((d) => d.layer === 'source' && d.rect[1] > 150 && d.rect[1] < 250);
  const y = byline.rect[1] + 8;
  // Select "By Elena Marsh" and mark it as a hedge (deliberately odd, to see it counted).
  await dragAcross(page, y, byline.rect[0] - 19, byline.rect[2] + 2);  // from inside "By "
  assert.ok((await state(page)).documents[0].text_selection[1] > (await state(page)).documents[0].text_selection[0]);
  await clickControl(page, 'mark.hedge');
  let s = (await state(page)).documents[0];
  assert.equal(s.counts.hedge, before.counts.hedge + 1);
  let json = await page.evaluate(() => window.claimlens.documentJson(0));
  assert.ok(json.annotations.some((a) => a.type === 'hedge' && a.creator === 'person' && a.quote.includes('Elena Marsh')));
  // Change it to a source, then delete it.
  await clickControl(page, 'set.source');
  assert.equal((await state(page)).documents[0].counts.hedge, before.counts.hedge);
  await clickControl(page, 'delete');
  s = (await state(page)).documents[0];
  assert.equal(s.annotations, before.annotations);
  // Three undos walk back to the marked hedge... and the first state.
  await page.keyboard.press('Control+z');
  await frames(page, 2);
  assert.equal((await state(page)).documents[0].annotations, before.annotations + 1);
  // Two quick Ctrl+Z: the reader needs three frames to see Z down, up and down again.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await frames(page, 4);
  s = (await state(page)).documents[0];
  assert.deepEqual(s.counts, before.counts);
  assert.equal(s.can_undo, false);
  await page.keyboard.press('Control+Shift+z');
  await frames(page, 2);
  assert.equal((await state(page)).documents[0].counts.hedge, before.counts.hedge + 1);
  await page.close();
});

for (const [control, kind] of [['export.native', 'claimlens JSON'], ['export.w3c', 'W3C JSON-LD']]) {
  test(`${kind}: export, then import on a fresh page, gives the same annotations`, async () => {
    const { page } = await openExample();
    // One person edit with a note travels too.
    const r = (await state(page)).drawn.find((d) => d.layer === 'claim');
    await page.mouse.click((r.rect[0] + r.rect[2]) / 2, (r.rect[1] + r.rect[3]) / 2);
    await frames(page, 3);
    await clickControl(page, 'note');
    await page.keyboard.type('source this', { delay: 20 });
    await page.keyboard.press('Enter');
    await page.mouse.click(300, 780);
    await frames(page, 3);
    const original = await page.evaluate(() => window.claimlens.documentJson(0));
    assert.ok(original.annotations.some((a) => a.note === 'source this'), 'the note was saved');
    const file = await download(page, control);
    assert.match(file.name, /^harbour-dispute\.(claimlens\.json|annotations\.jsonld)$/);
    await page.close();

    // A fresh page: the article, then its annotations dropped on it.
    const fresh = await openReader(env.browser.context, env.server.url);
    await dropFiles(fresh.page, [{ name: 'harbour-dispute.txt', text: example }]);
    await fresh.page.waitForFunction(() => window.claimlens.state().documents.length === 1);
    // Drop the export, as a person would; wipe the engine's run first to see the import alone.
    await dropFiles(fresh.page, [{ name: file.name, text: file.text }]);
    await fresh.page.waitForFunction(() => /new annotations/.test(window.claimlens.state().message));
    const restored = await fresh.page.evaluate(() => window.claimlens.documentJson(0));
    assert.deepEqual(annotationSet(restored), annotationSet(original));
    assert.equal((await state(fresh.page)).documents[0].orphans, 0);
    await fresh.page.close();
  });
}

test('the CSV export lists the statements with their sources', async () => {
  const { page } = await openExample();
  const file = await download(page, 'export.csv');
  assert.equal(file.name, 'harbour-dispute.statements.csv');
  const lines = file.text.trim().split('\r\n');
  assert.equal(lines[0], 'id,layer,source,quote,cue,note,creator');
  const counts = (await state(page)).documents[0].counts;
  assert.equal(lines.length - 1, counts.claim + counts.denial);
  await page.close();
});

test('annotations made on an edited text re-anchor by quote; the rest are orphans', async () => {
  const { page } = await openExample();
  const original = await page.evaluate(() => window.claimlens.documentJson(0));
  await page.close();
  // The article as another outlet ran it: a line added on top, one paragraph cut.
  const paragraphs = example.split('\n\n');
  const cut = paragraphs.findIndex((p) => p.startsWith('According to'));
  const edited = 'Updated at 10:40\n\n' + paragraphs.filter((_, i) => i !== cut).join('\n\n');
  const { page: other } = await openExample(edited);
  const before = (await state(other)).documents[0].annotations;
  assert.equal(await other.evaluate((f) => window.claimlens.importAnnotations('x.claimlens.json', JSON.stringify(f)), original), true);
  const s = (await state(other)).documents[0];
  const lost = original.annotations.filter((a) => !edited.includes(a.quote)).length;
  assert.ok(lost > 0, 'the cut paragraph held annotations');
  assert.equal(s.orphans, lost, 'exactly the annotations whose quote is gone are orphans');
  assert.match((await state(other)).message, /re-anchored by quote/);
  assert.ok(s.annotations >= before);
  await other.screenshot({ path: path.join(shots, 'orphans.png') });
  await other.close();
});

test('bad annotation files are refused with a message and change nothing', async () => {
  const { page } = await openExample();
  const before = await page.evaluate(() => window.claimlens.documentJson(0));
  const cases = [
    ['broken.json', '{"format": "claimlens", "version": 1, "annotations": [', /not valid JSON/],
    ['deep.json', '['.repeat(100) + ']'.repeat(100), /nested/],
    ['other.json', JSON.stringify({ ...before, document: { name: 'elsewhere.txt', sha256: '0'.repeat(64) } }), /no open article matches/],
    ['reversed.json', JSON.stringify({ ...before, annotations: [{ type: 'claim', start: 50, end: 10 }] }), /start <= end/],
    ['notes.json', '{"hello": "world"}', /neither/],
  ];
  for (const [name, text, says] of cases) {
    const ok = await page.evaluate(([n, t]) => window.claimlens.importAnnotations(n, t), [name, text]);
    assert.equal(ok, false, name);
    const s = await state(page);
    assert.match(s.message, says, name);
    assert.equal(s.message_is_error, true);
  }
  assert.deepEqual(await page.evaluate(() => window.claimlens.documentJson(0)), before);
  await page.close();
});

test('pasting text onto the canvas opens it as a new document', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  await page.mouse.click(640, 600);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Pasted row\n\nThe ministry denied that the port was closed.');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => window.claimlens.state().documents.length === 1);
  const s = await state(page);
  assert.equal(s.documents[0].name, 'Pasted text 1');
  assert.ok(s.documents[0].counts.denial >= 1);
  await page.close();
});

test('HTML, Markdown and Windows-1252 files open as their article text, and say how', async () => {
  const fixtures = path.join(root, 'tests/fixtures/articles');
  const { page } = await openReader(env.browser.context, env.server.url);
  for (const name of ['ferry.html', 'ferry.md']) {
    await dropFiles(page, [{ name, bytes: [...fs.readFileSync(path.join(fixtures, name))] }]);
    await page.waitForFunction((n) => window.claimlens.state().documents.some((d) => d.name === n), name);
    await frames(page, 2);
    const expected = fs.readFileSync(path.join(fixtures, `${name}.expected.txt`), 'utf8').split('\n\n');
    const shown = await page.evaluate(() => Array.from(document.querySelectorAll('#mirror p, #mirror h2')).map((p) => p.textContent));
    assert.deepEqual(shown, expected, name);
    const doc = (await state(page)).documents.find((d) => d.name === name);
    assert.ok(doc.notes.some((n) => /HTML|Markdown/.test(n)), doc.notes.join('; '));
    assert.ok(doc.counts.denial >= 1 && doc.counts.source >= 1, JSON.stringify(doc.counts));
  }
  await dropFiles(page, [{ name: 'legacy.txt', bytes: [0x93, ...Buffer.from('We never sold rifles,'), 0x94, ...Buffer.from(' the spokesman said.')] }]);
  await page.waitForFunction(() => window.claimlens.state().documents.length === 3);
  assert.match((await state(page)).message, /Windows-1252/);
  await page.close();
});
