// bench/browser_bench.mjs — the reader in headless Chromium: time to first frame, drop to
// annotated frame, frame CPU time while scrolling. Uses the browser tests' launcher and
// static server (tests/e2e/browser.mjs, server.mjs) as they are.
//
// How frames are seen: an init script wraps window.requestAnimationFrame before the page
// runs. Emscripten's main loop schedules every frame through it, so the wrapper knows when
// each of the reader's frames *ends* (performance.now() right after frame() returned,
// i.e. after the frame's WebGL commands were issued). Only Emscripten's main-loop runner
// counts (the page's own callbacks and the benchmark's are not frames of the reader).
// performance.now() counts from navigation start.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const e2e = path.join(root, 'tests', 'e2e');

const INIT_SCRIPT = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const b = window.__bench = { frames: 0, firstFrameEnd: null, lastFrameEnd: null, dropAt: null, frameEnds: [] };
  b.scrollY = () => { const d = window.claimlens.state().documents[0]; return d ? d.scroll_y : 0; };
  // Only Emscripten's main-loop runner is a reader frame: page.js schedules callbacks of its
  // own (warm-up, mirror), which run in the same animation frame, often before the reader's
  // and would otherwise end "the first frame" before the reader drew anything.
  window.requestAnimationFrame = (cb) => raf((t) => {
    cb(t);
    if (cb.__bench || cb.name !== 'Browser_mainLoop_runner') return;
    const end = performance.now();
    b.frames++;
    b.lastFrameEnd = end;
    b.frameEnds.push(end);
    if (b.frameEnds.length > 64) b.frameEnds.shift();
    if (b.firstFrameEnd === null) b.firstFrameEnd = end;
  });
  window.addEventListener('drop', () => { b.dropAt = performance.now(); }, { capture: true });
  // Milestones of the start: the page's Module object and claimlens API are caught as
  // page.js assigns them, and their callbacks wrapped.
  const trap = (name, wrap) => {
    let value;
    Object.defineProperty(window, name, { configurable: true, enumerable: true, get: () => value,
                                          set: (v) => { value = v && typeof v === 'object' ? wrap(v) || v : v; } });
  };
  trap('Module', (m) => {
    const init = m.onRuntimeInitialized;
    m.onRuntimeInitialized = function () { b.runtimeInitializedAt = performance.now(); if (init) return init.apply(this, arguments); };
  });
  trap('claimlens', (c) => {
    const ready = c._onReady;
    c._onReady = function () { b.readyAt = performance.now(); return ready.apply(this, arguments); };
  });
})();`;

const median = (v) => { const s = [...v].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : null; };
const percentile = (v, p) => { const s = [...v].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)] : null; };

// Timing of the page load that openReader just finished.
async function loadTimes(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const started = performance.now();
    const done = () => {
      const nav = performance.getEntriesByType('navigation')[0];
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const times = window.claimlens.frameTimes();
      const firstMark = performance.getEntriesByName('claimlens:first-frame')[0];
      resolve({
        // main() draws the first frame itself (src/web/main.cpp), before the main loop's
        // first animation frame: its mark is the end of that frame().
        first_frame_ms: firstMark ? firstMark.startTime : window.__bench.firstFrameEnd,
        runtime_initialized_ms: window.__bench.runtimeInitializedAt ?? null,
        ready_ms: window.__bench.readyAt ?? null,
        first_frame_cpu_ms: times.length ? times[0] : null,
        dom_content_loaded_ms: nav ? nav.domContentLoadedEventEnd : null,
        wasm_response_end_ms: wasm ? wasm.responseEnd : null,
        // performance.mark()s of src/web/main.cpp: main() starts, WebGL context made,
        // fonts baked, shaders compiled, first frame done.
        marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('claimlens:'))
          .map((m) => [m.name.slice(10), m.startTime])),
      });
    };
    // The first frame is drawn on the animation frame after claimlens.ready resolved.
    const wait = () => {
      if (window.__bench.firstFrameEnd !== null) done();
      else if (performance.now() - started > 30000) reject(new Error('no frame drawn within 30 s of claimlens.ready'));
      else requestAnimationFrame(wait);
    };
    wait.__bench = true;
    wait();
  }));
}

// Drops `text` as a file (the browser tests' dropFiles: real DragEvents with a
// DataTransfer) and polls every animation frame until the document is laid out and
// highlights were drawn. Returns ms from the drop event to the end of that frame.
async function dropToAnnotatedFrame(page, dropFiles, name, text) {
  // A person drops a file a moment after the page appeared, not within its first frames:
  // wait 1.5 s and for an idle period (the page uses idle time after its first frame to
  // bake the remaining glyphs and to warm the engine up; see web/page.js).
  await page.waitForTimeout(1500);
  await page.evaluate(() => new Promise((resolve) => (window.requestIdleCallback ? requestIdleCallback(() => resolve(), { timeout: 3000 }) : resolve())));
  // Where the time goes: claimlens_open (engine + model, synchronous) and the accessible
  // mirror's rebuild (page.js, DOM), wrapped for this run; frames counted from the drop.
  await page.evaluate(() => {
    const b = window.__bench;
    b.open_ms = null; b.mirror_ms = 0; b.dropFrames = null;
    const open = Module._claimlens_open;
    Module._claimlens_open = (...a) => { const t0 = performance.now(); const r = open(...a); b.open_ms = performance.now() - t0; b.open_end = performance.now(); return r; };
    const mirror = window.claimlens._mirrorChanged;
    window.claimlens._mirrorChanged = () => { const t0 = performance.now(); mirror(); b.mirror_ms += performance.now() - t0; };
    window.addEventListener('drop', () => { b.dropFrames = b.frames; }, { capture: true, once: true });
  });
  const dropped = dropFiles(page, [{ name, text }]);
  const polled = page.evaluate(() => new Promise((resolve, reject) => {
    const b = window.__bench;
    let checks = 0;
    const started = performance.now();
    const tick = () => {
      checks++;
      const s = window.claimlens.state();
      const d = s.documents[0];
      if (b.dropAt !== null && d && d.laid_out && s.drawn.length > 0) {
        const n = b.frames - b.dropFrames;
        const times = window.claimlens.frameTimes();
        resolve({ drop_at: b.dropAt, frame_end: b.lastFrameEnd, seen_at: performance.now(), checks,
                  open_ms: b.open_ms, open_end_after_drop_ms: b.open_end - b.dropAt, mirror_ms: b.mirror_ms,
                  frames_until_annotated: n, frame_ms: times.slice(times.length - n),
                  // When each of those frames ended, from the drop; how many ended after the
                  // open returned (the frames the reader itself needed to show the article).
                  frame_ends_after_drop_ms: b.frameEnds.slice(-n).map((t) => t - b.dropAt),
                  frames_after_open: b.frameEnds.slice(-n).filter((t) => t > b.open_end).length,
                  drawn: s.drawn.length, annotations: d.annotations, lines: d.lines, bytes: d.bytes });
      } else if (performance.now() - started > 60000) {
        reject(new Error('no annotated frame within 60 s: ' + JSON.stringify(s.message)));
      } else {
        requestAnimationFrame(tick);
      }
    };
    tick.__bench = true;
    requestAnimationFrame(tick);
  }));
  await dropped;
  const r = await polled;
  return { ...r, ms: r.frame_end - r.drop_at };
}

// Scrolls the open document with the mouse wheel for `seconds` and returns the CPU times
// of the frames drawn meanwhile (claimlens.frameTimes()).
// CPU time (ms, user + system) of the Chromium renderer processes this node process started
// (the page's main thread lives there; the GPU process, which runs SwiftShader, does not).
function rendererCpuMs() {
  let ticks = 0;
  for (const pid of rendererPids()) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch { /* gone */ }
  }
  return ticks * 1000 / CLK_TCK;
}
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

// CPU time (ms, nanosecond resolution from /proc/PID/task/PID/schedstat) of the main
// threads of the renderer processes this node process started: the thread that runs the
// page's JavaScript and WebAssembly, and Blink's side of its WebGL calls.
function rendererMainThreadCpuMs() {
  let ns = 0;
  for (const pid of rendererPids()) {
    try { ns += Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]); } catch { /* gone */ }
  }
  return ns / 1e6;
}
// The renderer processes this node process started (found through /proc's parent links).
function rendererPids() {
  const parent = new Map();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone */ }
  }
  const mine = (pid) => { for (let p = pid, i = 0; p > 1 && i < 20; p = parent.get(p) ?? 0, i++) if (p === process.pid) return true; return false; };
  return [...parent.keys()].filter((pid) => {
    if (!mine(pid)) return false;
    try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer'); } catch { return false; }
  });
}

async function scrollFrames(page, seconds, wheel = true) {
  await page.mouse.move(640, 420);
  const before = await page.evaluate(() => ({ frames: window.__bench.frames, scroll: window.__bench.scrollY() }));
  const cpu0 = rendererCpuMs();
  const main0 = rendererMainThreadCpuMs();
  const load0 = os.loadavg()[0];
  const t0 = Date.now();
  let wheels = 0;
  while (Date.now() - t0 < seconds * 1000) {
    if (wheel) {
      await page.mouse.wheel(0, 100);
      wheels++;
    }
    await page.waitForTimeout(8);
  }
  const after = await page.evaluate(() => ({ frames: window.__bench.frames, times: window.claimlens.frameTimes(),
                                             build: window.claimlens.frameTimes(true), scroll: window.__bench.scrollY() }));
  const cpu = rendererCpuMs() - cpu0;
  const mainCpu = rendererMainThreadCpuMs() - main0;
  const n = Math.min(after.frames - before.frames, after.times.length);
  const times = after.times.slice(after.times.length - n);
  const build = after.build.slice(after.build.length - n);
  return { seconds: (Date.now() - t0) / 1000, wheel_events: wheels, frames: n, scrolled_css_px: after.scroll - before.scroll,
           median_ms: median(times), p95_ms: percentile(times, 95), max_ms: Math.max(...times), times_ms: times,
           build_median_ms: median(build), build_p95_ms: percentile(build, 95), build_max_ms: Math.max(...build), build_ms: build,
           renderer_cpu_ms: cpu, renderer_cpu_ms_per_frame: n ? cpu / n : null,
           main_thread_cpu_ms: mainCpu, main_thread_cpu_ms_per_frame: n ? mainCpu / n : null,
           load_average_1min: [load0, os.loadavg()[0]] };
}

// texts: { '100 KB': string, '1 MB': string }; site: folder to serve.
export async function browserBench(options) {
  // Never hang make bench: a stuck browser fails this section after 5 minutes.
  let timer;
  const limit = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('browser measurements took over 5 minutes')), 300000); });
  try {
    return await Promise.race([measure(options), limit]);
  } finally {
    clearTimeout(timer);
  }
}

// First visits: a browser that is running already (it has shown a blank page, as a
// person's browser has, with its GPU process up), then each sample in a fresh context -- empty HTTP cache, no
// compiled code cached, empty storage -- so the page is loaded cold but the browser's own
// start (process launch, GPU process set-up) is not counted. The very first load of a
// freshly launched browser is reported beside it (loads[0] of measure()).
async function firstVisits(url, samples, log) {
  const { launchBrowser, VIEWPORT } = await import(pathToFileURL(path.join(e2e, 'browser.mjs')).href);
  const browser = await launchBrowser();
  const out = [];
  try {
    // A running browser has its GPU process up (a desktop browser composites with it from
    // the start); headless Chromium starts its software GPU's WebGL on first use, so the
    // blank page makes one WebGL context and clears it (no shaders: nothing the reader
    // uses is compiled or cached by this).
    const started = await browser.newContext();
    const blank = await started.newPage();
    await blank.goto('about:blank');
    await blank.evaluate(() => {
      const gl = document.body.appendChild(document.createElement('canvas')).getContext('webgl2');
      if (gl) { gl.clearColor(1, 1, 1, 1); gl.clear(gl.COLOR_BUFFER_BIT); gl.finish(); }
    });
    await started.close();
    for (let i = 0; i < samples; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript(INIT_SCRIPT);
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.claimlens && window.claimlens.frameTimes, null, { timeout: 30000 });
      const t = await loadTimes(page);
      out.push(t);
      log(`first visit ${i + 1}: first frame ${t.first_frame_ms.toFixed(0)} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function measure({ site, texts, dropReps = 3, scrollSeconds = 3, firstVisitSamples = 5, log = () => {} }) {
  const { launch, openReader, dropFiles } = await import(pathToFileURL(path.join(e2e, 'browser.mjs')).href);
  const { serve } = await import(pathToFileURL(path.join(e2e, 'server.mjs')).href);
  const server = await serve(site);
  const visits = await firstVisits(server.url, firstVisitSamples, log);
  const { context, close } = await launch();
  const out = { loads: [], drops: {}, scroll: null };
  try {
    await context.addInitScript(INIT_SCRIPT);
    // Every measurement gets a fresh page; each load is also a first-frame sample
    // (the first one cold: fresh profile, empty cache).
    const load = async () => {
      const { page, errors } = await openReader(context, server.url);
      const t = await loadTimes(page);
      out.loads.push(t);
      return { page, errors };
    };
    // Baseline: the empty page, idle, on this machine as loaded as it is now.
    {
      const { page } = await load();
      out.idle_empty = await scrollFrames(page, 2, false);
      log(`idle empty page: ${out.idle_empty.frames} frames, median ${out.idle_empty.median_ms} ms`);
      await page.close();
    }
    for (const [label, text] of Object.entries(texts)) {
      out.drops[label] = { bytes: Buffer.byteLength(text), runs: [] };
      for (let i = 0; i < dropReps; i++) {
        const { page, errors } = await load();
        const r = await dropToAnnotatedFrame(page, dropFiles, `bench-${label.replace(/\W/g, '')}.txt`, text);
        out.drops[label].runs.push(r);
        log(`drop ${label}: ${r.ms.toFixed(0)} ms`);
        const last = label === Object.keys(texts).at(-1) && i === dropReps - 1;
        if (last) {
          // What a fresh document costs once (its accessible mirror, the save to browser
          // storage) runs in the page's first idle periods after the drop: let it finish, so
          // the scroll measures scrolling.
          await page.waitForTimeout(3000);
          await page.evaluate(() => new Promise((resolve) => (window.requestIdleCallback ? requestIdleCallback(() => resolve(), { timeout: 5000 }) : resolve())));
          out.scroll = await scrollFrames(page, scrollSeconds);
          out.scroll.document_bytes = Buffer.byteLength(text);
          log(`scroll: ${out.scroll.frames} frames, median ${out.scroll.median_ms} ms`);
        }
        if (errors.length) out.page_errors = (out.page_errors || []).concat(errors);
        await page.close();
      }
      const ms = out.drops[label].runs.map((r) => r.ms);
      out.drops[label].median_ms = median(ms);
      out.drops[label].best_ms = Math.min(...ms);
    }
  } finally {
    await close();
    server.close();
  }
  const firsts = out.loads.map((l) => l.first_frame_ms);
  const visitMs = visits.map((l) => l.first_frame_ms);
  out.first_visits = visits;
  out.first_frame = { cold_ms: firsts[0], warm_median_ms: median(firsts.slice(1)), all_ms: firsts,
                      first_visit_median_ms: median(visitMs), first_visit_ms: visitMs };
  return out;
}
