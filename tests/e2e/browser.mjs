// Launches Debian's Chromium headless through playwright-core, with the flags that work as
// root on a machine without internet (no sandbox, software WebGL, no background traffic).
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';

const site = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/wasm/site');

const CHROMIUM = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
         '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
};
export const VIEWPORT = { width: 1280, height: 800 };

export async function launch({ deviceScaleFactor = 1 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, viewport: VIEWPORT, deviceScaleFactor });
  const close = async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); };
  return { context, close };
}

// The same browser without a profile: each browser.newContext() is like a fresh incognito
// window (empty cache and storage), for the benchmark's first visits.
export async function launchBrowser() {
  return chromium.launch(CHROMIUM);
}

// Opens the reader at `url` and waits until the WebAssembly module is running. Each new
// tab starts with empty browser storage (tests share one profile); a reload in the same
// tab keeps it, as a person's reload does. `init` is a script run before the page's own.
export async function openReader(context, url, { init } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('claimlens-test-tab')) {
      sessionStorage.setItem('claimlens-test-tab', '1');
      indexedDB.deleteDatabase('claimlens');
    }
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  await page.waitForFunction(() => window.claimlens && window.claimlens.state && window.Module &&
    window.Module._claimlens_state, null, { timeout: 30000 });
  await page.evaluate(() => window.claimlens.ready);
  return { page, errors };
}

// Drops files onto the canvas with real DragEvents carrying a DataTransfer, as a person's
// drag from the file manager does. `files` is [{name, text | bytes}].
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const content = f.bytes ? new Uint8Array(f.bytes) : f.text;
      dt.items.add(new File([content], f.name, { type: 'text/plain' }));
    }
    const canvas = document.getElementById('canvas');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      canvas.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, files);
}

export const state = (page) => page.evaluate(() => window.claimlens.state());

// Waits for `n` animation frames, so what was opened has been laid out and drawn.
export const frames = (page, n = 3) => page.evaluate((n) => new Promise((resolve) => {
  let left = n;
  const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
}), n);

// Clicks the centre of control `name` as the reader last drew it (state().controls).
export async function clickControl(page, name) {
  const rect = (await state(page)).controls[name];
  if (!rect) throw new Error(`control ${name} is not drawn`);
  await page.mouse.click((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2);
  await frames(page, 3);
}

// For one test file: serves the built reader (build/wasm/site) and launches Chromium before
// its tests, closes both after them. `env.server.url` and `env.browser.context` are set
// once the tests run. `clipboard` lets the page read and write the clipboard.
export function readerSite({ clipboard = false } = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve(site);
    env.browser = await launch();
    if (clipboard) {
      await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'],
        { origin: env.server.url.replace(/\/$/, '') });
    }
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
