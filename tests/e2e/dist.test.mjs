// End-to-end: the distributable reader (make dist). The self-contained claimlens.html must
// work opened straight from disk (file://), offline; the static folder from any host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { serve } from './server.mjs';
import { launch, openReader, state, frames } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('dist/claimlens.html opens from file:// with no other file and annotates', async () => {
  const html = fs.readFileSync(path.join(dist, 'claimlens.html'), 'utf8');
  assert.doesNotMatch(html.replace(/<script>[\s\S]*?<\/script>/g, ''), /src="/, 'nothing loaded from elsewhere');
  const requests = [];
  const { page, errors } = await openReader(browser.context, pathToFileURL(path.join(dist, 'claimlens.html')).href);
  page.on('request', (r) => requests.push(r.url()));
  await frames(page, 3);
  const r = (await state(page)).controls.example;
  await page.mouse.click((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
  await page.waitForFunction(() => window.claimlens.state().documents.length === 1);
  const s = await state(page);
  assert.ok(s.documents[0].annotations > 10);
  assert.equal(s.fonts.embedded, true);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the static dist folder works from a plain static server', async () => {
  const server = await serve(dist);
  try {
    const { page } = await openReader(browser.context, server.url);
    await page.evaluate(() => window.claimlens.open('a.txt', 'Row\n\nThe minister denied that taxes rose.'));
    await frames(page, 2);
    assert.ok((await state(page)).documents[0].counts.denial >= 1);
    await page.close();
  } finally {
    server.close();
  }
});
