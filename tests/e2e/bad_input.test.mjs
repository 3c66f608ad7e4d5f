// End-to-end: the bad-input table in the page. Each bad file is dropped with real
// DragEvents onto a reader holding an article with a person's edit; each gets a message,
// and the open article, its annotations and the edit stay exactly as they were. (The
// same rows are checked natively, closer to the code, in tests/model/bad_input_test.cpp;
// the 50 MB article and 200 files at once are in large_inputs.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { readerSite, openReader, state, frames, dropFiles, clickControl } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const example = fs.readFileSync(path.join(root, 'assets/examples/harbour-dispute.txt'), 'utf8');

const env = readerSite();

// The reader with the example article open and one annotation re-layered by a person.
async function openEdited() {
  const { page, errors } = await openReader(env.browser.context, env.server.url);
  await page.evaluate((t) => window.claimlens.open('harbour-dispute.txt', t), example);
  await frames(page, 3);
  await page.keyboard.press('d');  // select the first denial
  await frames(page, 2);
  await clickControl(page, 'set.claim');
  const edited = await page.evaluate(() => window.claimlens.documentJson(0));
  assert.ok(edited.annotations.some((a) => a.creator === 'person'), 'the edit was made');
  return { page, errors, edited };
}

// Drops `files` and waits until the reader has said something about them.
async function dropAndRead(page, files) {
  await page.evaluate(() => window.claimlens.notice('', false));
  await dropFiles(page, files);
  await page.waitForFunction(() => {
    const s = window.claimlens.state();
    return s.message !== '' && !/^Opening/.test(s.message) && document.getElementById('progress').hidden;
  }, null, { timeout: 60000 });
  await frames(page, 2);
  return state(page);
}

const bytes = (s) => Array.from(Buffer.from(s, 'latin1'));
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...bytes('IHDR'), ...new Array(64).fill(7)];

test('every row of the bad-input table gets a message and changes nothing that was open', async () => {
  const { page, errors, edited } = await openEdited();
  const claim = edited.annotations.find((a) => a.type === 'claim');
  const file = (annotations, sha256 = edited.document.sha256) =>
    JSON.stringify({ ...edited, document: { ...edited.document, sha256 }, annotations });
  const rows = [
    // [what, file, message, error?, opens a new document?]
    ['empty file', { name: 'empty.txt', text: '' }, /empty/, true, false],
    ['NUL bytes', { name: 'nul.txt', bytes: [...bytes('Officials said'), 0, 0, ...bytes(' it.')] }, /not text/, true, false],
    ['an image renamed .txt', { name: 'photo.txt', bytes: png }, /PNG image, not an article/, true, false],
    ['a PDF renamed .html', { name: 'report.html', text: '%PDF-1.7\n1 0 obj\n' }, /PDF document/, true, false],
    ['invalid UTF-8', { name: 'latin.txt', bytes: bytes('The mayor said the caf\xe9 would close.') }, /Windows-1252/, false, true],
    ['overlong UTF-8', { name: 'overlong.txt', bytes: [...bytes('Officials said '), 0xc0, 0xaf, ...bytes(' it.')] }, /Windows-1252/, false, true],
    ['truncated UTF-16', { name: 'utf16.txt', bytes: [0xff, 0xfe, 0x48, 0, 0x69] }, /truncated UTF-16/, true, false],
    ['deeply nested JSON', { name: 'deep.json', text: '['.repeat(100) + ']'.repeat(100) }, /nested/, true, false],
    ['truncated JSON', { name: 'cut.json', text: file([claim]).slice(0, 200) }, /not valid JSON/, true, false],
    ['a lone surrogate in JSON', { name: 'lone.json', text: file([{ ...claim, quote: 'LONE' }]).replace('LONE', '\\ud800') }, /not valid JSON/, true, false],
    ['offsets reversed', { name: 'reversed.json', text: file([{ ...claim, start: claim.end, end: claim.start }]) }, /start <= end/, true, false],
    ['offsets out of range', { name: 'range.json', text: file([{ ...claim, id: 'z', start: 900000, end: 900010, quote: 'no such words here' }]) }, /could not be placed/, false, false],
    ['quotes that do not match the text', { name: 'quotes.json', text: file([{ ...claim, id: 'z', quote: 'a sentence this article never had' }], '0'.repeat(64)) }, /could not be placed/, false, false],
    ['annotations renamed .txt', { name: 'notes.txt', text: file([claim]) }, /new annotations on harbour-dispute/, false, false],
    ['an article renamed .json', { name: 'story.json', text: 'The mayor said the bridge would reopen.' }, /not JSON: opened as an article/, false, true],
  ];
  let documents = 1;
  for (const [what, f, says, isError, opens] of rows) {
    const s = await dropAndRead(page, [f]);
    assert.match(s.message, says, what);
    assert.equal(s.message_is_error, isError, `${what}: ${s.message}`);
    if (opens) documents += 1;
    assert.equal(s.documents.length, documents, what);
    assert.equal(s.documents[0].name, 'harbour-dispute.txt', what);
    assert.deepEqual(await page.evaluate(() => window.claimlens.documentJson(0)).then((j) => j.annotations),
      edited.annotations, what);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a share link cut in half says so and leaves the page usable', async () => {
  const { page, errors } = await openReader(env.browser.context, env.server.url + '#share=fZDBTsMwDIZfJfKZadZtB8QRbYyhaRoSSBxx');
  await page.waitForFunction(() => /cut short/.test(window.claimlens.state().message));
  assert.equal((await state(page)).documents.length, 0);
  await page.evaluate((t) => window.claimlens.open('harbour-dispute.txt', t), example);
  await frames(page, 2);
  assert.equal((await state(page)).documents.length, 1);
  assert.deepEqual(errors, []);
  await page.close();
});
