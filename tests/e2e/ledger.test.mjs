// End-to-end: the claim ledger across several open articles — its groups, the jump from a
// statement to its place in its article, edits that survive a reload and travel with the
// export, and the ledger's own JSON/CSV downloads. Articles from tests/fixtures/ledger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { readerSite, openReader, state, frames, clickControl } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build/screenshots');
const fixtures = path.join(root, 'tests/fixtures/ledger');
const read = (name) => fs.readFileSync(path.join(fixtures, name), 'utf8');
const drones = ['drones-northern-ledger.txt', 'drones-velmora-broadcast.txt', 'drones-tessaly-daily.txt',
  'drones-ostravia-wire.txt'];

fs.mkdirSync(shots, { recursive: true });
const env = readerSite();

async function openAll(page, names) {
  for (const name of names) await page.evaluate(([n, t]) => window.claimlens.open(n, t), [name, read(name)]);
  await frames(page, 3);
}

// The group (from state().ledger) holding a member whose proposition contains `piece`.
const groupWith = (ledger, piece) => ledger.groups.find((g) => g.members.some((m) => m.proposition.includes(piece)));

// Clicks a ledger control by name (state().ledger.controls), as clickControl does.
async function clickLedger(page, name) {
  const rect = (await state(page)).ledger.controls[name];
  if (!rect) throw new Error(`ledger control ${name} is not drawn`);
  await page.mouse.click((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2);
  await frames(page, 4);
}

test('the ledger groups claims and denials across articles and jumps to a statement', async () => {
  const { page, errors } = await openReader(env.browser.context, env.server.url);
  await openAll(page, drones);
  await clickControl(page, 'ledger');
  let s = await state(page);
  assert.equal(s.ledger.shown, true);
  // One proposition told in four articles: asserted and denied, in different words.
  const supply = groupWith(s.ledger, 'supplied hundreds of attack drones');
  assert.ok(supply, 'the supply claim is in the ledger');
  const props = supply.members.map((m) => m.proposition).join(' | ');
  assert.match(props, /has not delivered a single drone/);
  assert.match(props, /transferred military drones/);
  assert.ok(new Set(supply.members.map((m) => m.document)).size >= 3, 'members from three or more articles');
  assert.ok(supply.asserts > 0 && supply.denies > 0);
  // An unrelated claim about the same country stays out.
  const economy = groupWith(s.ledger, 'economy grew');
  assert.ok(economy && economy.id !== supply.id);
  // Contested groups come first.
  assert.ok(s.ledger.groups[0].asserts > 0 && s.ledger.groups[0].denies > 0);

  // Click a statement of another article than the active one: its article opens there.
  const active = s.active;
  const row = s.ledger.rows.find((r) => {
    const m = s.ledger.groups[r.group].members[r.member];
    return m.document !== active && r.rect[1] > 0 && r.rect[3] < 780;
  });
  assert.ok(row, 'a statement row of another article is on screen');
  const member = s.ledger.groups[row.group].members[row.member];
  await page.mouse.click((row.rect[0] + row.rect[2]) / 2, (row.rect[1] + row.rect[3]) / 2);
  await frames(page, 6);
  s = await state(page);
  assert.equal(s.active, member.document, 'the statement\'s article is active');
  assert.equal(s.documents[member.document].selected, member.annotation, 'the statement is selected');
  assert.ok(s.drawn.some((d) => d.annotation === member.annotation), 'the statement is drawn in view');
  await page.screenshot({ path: path.join(shots, 'ledger.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('ledger edits survive a reload and travel with the export', async () => {
  const { page, errors } = await openReader(env.browser.context, env.server.url, {
    init: () => {
      window.__downloads = [];
      // Keep downloads for the test instead of saving files.
      const hook = setInterval(() => {
        if (!window.claimlens) return;
        window.claimlens._download = (name, mime, content) => window.__downloads.push({ name, mime, content });
        clearInterval(hook);
      }, 5);
    },
  });
  await page.setViewportSize({ width: 1280, height: 1300 });  // room for several groups
  await openAll(page, ['river-courier.txt', 'river-business-wire.txt']);
  await clickControl(page, 'ledger');
  let s = await state(page);
  // A control or row is usable when it is on screen (the list scrolls).
  const onScreen = (r) => r && r[1] >= 0 && r[3] <= 1290;
  // Pick a statement of another group than the first, whose Move button is in view.
  const first = s.ledger.groups[0];
  const pick = Object.entries(s.ledger.controls).find(([name, r]) =>
    name.startsWith('ledger.move.') && !name.startsWith(`ledger.move.${first.id}.`) && onScreen(r));
  assert.ok(pick, 'a Move button outside the first group is on screen');
  const [, gid, mi] = pick[0].split('.').slice(1);
  const movedKey = s.ledger.groups.find((g) => g.id === gid).members[Number(mi)].key;
  const stayingKey = first.members[0].key;
  await clickLedger(page, pick[0]);
  s = await state(page);
  assert.equal(s.ledger.picked, movedKey);
  // "Move here" on the first group.
  await clickLedger(page, `ledger.here.${first.id}`);
  s = await state(page);
  const holding = (ledger, key) => ledger.groups.find((g) => g.members.some((m) => m.key === key));
  assert.equal(holding(s.ledger, movedKey).id, holding(s.ledger, stayingKey).id, 'moved into the first group');
  assert.equal(s.ledger.edits_applied, 1);

  // Rename that group.
  const renamed = holding(s.ledger, stayingKey);
  await clickLedger(page, `ledger.rename.${renamed.id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Pollution of the Rill', { delay: 30 });
  await frames(page, 2);
  await page.keyboard.press('Enter');
  await frames(page, 4);
  s = await state(page);
  assert.equal(holding(s.ledger, stayingKey).label, 'Pollution of the Rill');

  // The edits are in the documents' native JSON.
  const edits = await page.evaluate(() => [0, 1].flatMap((i) => (window.claimlens.documentJson(i).ledger || { edits: [] }).edits));
  assert.deepEqual(edits.map((e) => e.kind).sort(), ['join', 'rename']);

  // Ledger downloads.
  await clickControl(page, 'ledger.export.json');
  await clickControl(page, 'ledger.export.csv');
  const downloads = await page.evaluate(() => window.__downloads);
  const json = downloads.find((d) => d.name === 'claim-ledger.json');
  const csv = downloads.find((d) => d.name === 'claim-ledger.csv');
  assert.ok(json && csv, 'both ledger files offered');
  const exported = JSON.parse(json.content);
  assert.ok(exported.groups.some((g) => g.label === 'Pollution of the Rill' && g.members.some((m) => m.key === movedKey)));
  assert.match(csv.content, /^group,label,stance,entity,document,quote,hedges\r\n/);
  assert.match(csv.content, /Pollution of the Rill/);

  // Reload: the documents come back from browser storage with their ledger edits.
  await page.waitForFunction(() => window.claimlens.storagePending() === 0 &&
    window.claimlens.state().storage.status.includes('2 document'), null, { timeout: 10000 });
  await page.reload();
  await page.waitForFunction(() => window.claimlens && window.claimlens.state && window.Module._claimlens_state);
  await page.evaluate(() => window.claimlens.ready);
  await page.waitForFunction(() => window.claimlens.state().documents.length === 2);
  await frames(page, 3);
  await clickControl(page, 'ledger');
  s = await state(page);
  const after = holding(s.ledger, stayingKey);
  assert.equal(after.label, 'Pollution of the Rill');
  assert.ok(after.members.some((m) => m.key === movedKey), 'the move survived the reload');
  assert.deepEqual(errors, []);
  await page.close();
});

// The two articles of ../shared, when that folder is beside the repository: a screenshot of
// their ledger for the README (their text is never copied into the project).
const sharedDir = [process.env.SHARED, path.join(root, '../shared'), path.join(root, '../../shared')]
  .filter(Boolean).map((d) => path.join(d, 'articles')).find((d) => fs.existsSync(d));
test('screenshot: the ledger of the shared articles', { skip: !sharedDir && 'no ../shared/articles' }, async () => {
  const { page, errors } = await openReader(env.browser.context, env.server.url);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const names = fs.readdirSync(sharedDir).filter((n) => /^(000|003)_.*\.txt$/.test(n)).sort();
  assert.equal(names.length, 2);
  for (const n of names) {
    await page.evaluate(([name, t]) => window.claimlens.open(name, t), [n, fs.readFileSync(path.join(sharedDir, n), 'utf8')]);
  }
  await frames(page, 3);
  await clickControl(page, 'ledger');
  const s = await state(page);
  await page.mouse.move(5, 990);  // no tooltip in the picture
  await frames(page, 3);
  const both = s.ledger.groups.filter((g) => new Set(g.members.map((m) => m.document)).size === 2);
  assert.ok(both.length >= 1, 'a proposition told in both articles');
  await page.screenshot({ path: path.join(shots, 'ledger-shared.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
