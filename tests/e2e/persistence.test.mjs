// End-to-end: work kept in the browser across reloads, storage faults, and share links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { readerSite, openReader, state, frames } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const example = fs.readFileSync(path.join(root, 'assets/examples/harbour-dispute.txt'), 'utf8');

const env = readerSite({ clipboard: true });

const annotations = (page, i = 0) => page.evaluate((i) => window.claimlens.documentJson(i).annotations
  .map((a) => [a.type, a.start, a.end, a.creator, a.note || ''].join()).sort(), i);

async function waitSaved(page, n) {
  await page.waitForFunction((n) => window.claimlens.storagePending() === 0 &&
    window.claimlens.state().storage.status.includes(`${n} document`), n, { timeout: 10000 });
}

test('documents and edits are restored on reload; a control clears them', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  await page.evaluate((t) => window.claimlens.open('harbour-dispute.txt', t), example);
  await page.evaluate(() => window.claimlens.open('second.txt', 'Second\n\nThe council denied that the bridge was unsafe.'));
  await frames(page, 3);
  // An edit: delete the first annotation of the first document.
  await page.evaluate(() => { window.claimlens.state(); });
  const before = await annotations(page, 0);
  await page.mouse.click(60, 48);  // first tab
  await frames(page, 3);
  await page.keyboard.press('s');  // select the next source
  await frames(page, 2);
  const r = (await state(page)).controls['delete'];
  await page.mouse.click((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
  await frames(page, 3);
  const edited = await annotations(page, 0);
  assert.equal(edited.length, before.length - 1);
  await waitSaved(page, 2);

  await page.reload();
  await page.waitForFunction(() => window.claimlens && window.claimlens.state && window.Module._claimlens_state);
  await page.evaluate(() => window.claimlens.ready);
  await page.waitForFunction(() => window.claimlens.state().documents.length === 2);
  const s = await state(page);
  assert.deepEqual(s.documents.map((d) => d.name), ['harbour-dispute.txt', 'second.txt']);
  assert.deepEqual(await annotations(page, 0), edited, 'the deletion survived the reload');
  assert.match(s.message, /Restored 2 documents/);

  await page.evaluate(() => window.claimlens._clearStorage());
  await page.waitForFunction(() => window.claimlens.state().storage.status === 'Nothing saved');
  await page.reload();
  await page.evaluate(() => window.claimlens.ready);
  await frames(page, 5);
  assert.equal((await state(page)).documents.length, 0);
  await page.close();
});

test('when browser storage is unavailable the reader says so and keeps working', async () => {
  const { page } = await openReader(env.browser.context, env.server.url, {
    init: () => { Object.defineProperty(window, 'indexedDB', { get() { throw new Error('QuotaExceededError'); } }); },
  });
  await frames(page, 3);
  const s = await state(page);
  assert.equal(s.storage.ok, false);
  assert.match(s.message, /storage is not available/);
  await page.evaluate((t) => window.claimlens.open('harbour-dispute.txt', t), example);
  await frames(page, 3);
  assert.equal((await state(page)).documents.length, 1);
  assert.ok((await state(page)).documents[0].annotations > 0);
  await page.close();
});

test('a share link opened in a new page restores the same annotations', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  await page.evaluate((t) => window.claimlens.open('harbour-dispute.txt', t), example);
  await frames(page, 3);
  await page.keyboard.press('d');
  await frames(page, 2);
  const r = (await state(page)).controls['set.claim'];
  await page.mouse.click((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);  // a person's edit travels too
  await frames(page, 2);
  const original = await annotations(page);
  const c = (await state(page)).controls.share;
  await page.mouse.click((c[0] + c[2]) / 2, (c[1] + c[3]) / 2);
  await page.waitForFunction(() => window.claimlens.lastShareLink);
  const url = await page.evaluate(() => window.claimlens.lastShareLink);
  assert.ok(url.startsWith(env.server.url + '#share='));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  await page.close();

  const { page: other } = await openReader(env.browser.context, url);
  await other.waitForFunction(() => window.claimlens.state().documents.length === 1);
  assert.deepEqual(await annotations(other), original);
  assert.equal((await state(other)).documents[0].name, 'harbour-dispute.txt');
  await other.close();

  const cut = url.slice(0, Math.floor(url.length / 2));
  const { page: broken } = await openReader(env.browser.context, cut);
  await broken.waitForFunction(() => /cut short/.test(window.claimlens.state().message));
  assert.equal((await state(broken)).documents.length, 0);
  await broken.close();
});

test('an article too long for a link shares its annotations only', async () => {
  const { page } = await openReader(env.browser.context, env.server.url);
  // Varied text (a seeded generator), so that compression cannot make it fit.
  let seed = 7;
  const rnd = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const word = () => Array.from({ length: 3 + rnd(7) }, () => 'abcdefghijklmnopqrstuvwxyz'[rnd(26)]).join('');
  const sentence = () => `Officials said the ${word()} ${word()} had ${word()} the ${word()} ${word()}.`;
  const long = 'A long row\n\n' + Array.from({ length: 400 }, () => Array.from({ length: 5 }, sentence).join(' ')).join('\n\n');
  await page.evaluate((t) => window.claimlens.open('long.txt', t), long);
  await frames(page, 3);
  await page.evaluate(() => window.claimlens._shareLink());
  await page.waitForFunction(() => /annotations only|Too much/.test(window.claimlens.state().message));
  const message = (await state(page)).message;
  if (/annotations only/.test(message)) {
    const url = await page.evaluate(() => window.claimlens.lastShareLink);
    assert.ok(url.length <= 60000);
    await page.close();
    const { page: other } = await openReader(env.browser.context, url);
    await other.waitForFunction(() => /open that article/.test(window.claimlens.state().message));
    await other.evaluate((t) => window.claimlens.openFiles([new File([t], 'long.txt')]), long);
    await other.waitForFunction(() => window.claimlens.state().documents.length === 1 &&
      /new annotations|0 new/.test(window.claimlens.state().message));
    await other.close();
  } else {
    assert.match(message, /Export/);
    await page.close();
  }
});
