// bench/node_bench.mjs — the claimlens engine as WebAssembly, wink-nlp and compromise, timed
// in this one node process on the same generated texts. Started by bench/run.mjs (with
// --expose-gc and a larger heap); prints one JSON object on stdout, progress on stderr.
//
//   node --expose-gc bench/node_bench.mjs build/wasm/claimlens_bench.js [--sizes N,N,...]
//
// The texts come from the wasm module's bench_generate (bench/newsgen.cpp), so the native
// bench, this process and the browser all see the very same bytes.
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const modulePath = path.resolve(args[0] || path.join(here, '..', 'build', 'wasm', 'claimlens_bench.js'));
const sizesArg = args.indexOf('--sizes');
const SIZES = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : [10240, 102400, 1024000, 10240000];
const SEED = 2026;
// A library whose predicted time for the next size exceeds this is not run at that size.
// Predicted from the previous size's best CPU time x 12.
const LIB_CAP_MS = Number(process.env.BENCH_LIB_CAP_MS || 45000);

const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
const log = (...a) => console.error('node bench:', ...a);
const gc = () => { if (global.gc) global.gc(); };
const median = (v) => { const s = [...v].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const now = () => performance.now();

function reps(bytes) {
  if (bytes <= 20000) return { min: 20, max: 300, budget: 400 };
  if (bytes <= 200000) return { min: 20, max: 150, budget: 800 };
  if (bytes <= 2000000) return { min: 8, max: 20, budget: 1500 };
  return { min: 5, max: 5, budget: 0 };
}
// The libraries are far slower: fewer repetitions.
function libReps(bytes) {
  if (bytes <= 20000) return { min: 10, max: 50, budget: 500 };
  if (bytes <= 200000) return { min: 3, max: 10, budget: 800 };
  // One run from 1 MB on, without a warm-up of its own (the smaller sizes warmed the JIT up).
  return { min: 1, max: 1, budget: 0, warmup: false };
}

// Wall time and process CPU time (user + system, all threads: V8's GC helpers included)
// of each repetition. CPU time is what the report compares: on a shared machine the wall
// time also counts the time this process waited for a core.
function timeIt(fn, { min, max, budget, warmup = true }) {
  if (warmup) fn();
  const times = [];
  const cpu = [];
  let last;
  const start = now();
  // No forced gc() in between: its concurrent sweeping would be counted in the next run's
  // CPU time. The libraries' own garbage collection is part of their cost.
  while (times.length < max && (times.length < min || now() - start < budget)) {
    const c0 = process.cpuUsage();
    const t0 = now();
    last = fn();
    times.push(now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { times, cpu, last };
}
const stats = (r) => ({ reps: r.times.length, best_ms: Math.min(...r.times), median_ms: median(r.times), times_ms: r.times,
                        best_cpu_ms: Math.min(...r.cpu), median_cpu_ms: median(r.cpu), cpu_ms: r.cpu });

// wink-nlp with the smallest pipeline that yields tokens, sentences and entities; all three
// are read out with .out() so the work is really done.
function makeWink() {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const pipe = ['sbd', 'ner'];
  const nlp = winkNLP(model, pipe);
  const its = nlp.its;
  return {
    name: 'wink-nlp',
    version: pkgVersion('wink-nlp'),
    model: `wink-eng-lite-web-model ${pkgVersion('wink-eng-lite-web-model')}`,
    does: `readDoc with pipe [${pipe.join(', ')}]; tokens().out(), sentences().out(), entities().out(its.detail)`,
    run(text) {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens().out();
      const sentences = doc.sentences().out();
      const entities = doc.entities().out(its.detail);
      return { tokens: tokens.length, sentences: sentences.length, entities: entities.length };
    },
  };
}

async function makeCompromise() {
  const nlp = (await import('compromise')).default;
  return {
    name: 'compromise',
    version: pkgVersion('compromise'),
    does: "nlp(text); sentences().out('array'), people().out('array'), organizations().out('array')",
    run(text) {
      const doc = nlp(text);
      const sentences = doc.sentences().out('array');
      const people = doc.people().out('array');
      const orgs = doc.organizations().out('array');
      return { sentences: sentences.length, people: people.length, organizations: orgs.length };
    },
  };
}

async function main() {
  const create = require(modulePath);
  const M = await create();
  const engineVersion = M.UTF8ToString(M._bench_engine_version());
  // Warm-up: let V8 tier the module up (Liftoff -> TurboFan) before anything is timed.
  M._bench_generate(102400, SEED + 1);
  const w0 = now();
  while (now() - w0 < 1500) M._bench_annotate_current();
  M._bench_release();

  // --engine-only: the extra measuring rounds of run.mjs time the engine alone.
  const libs = args.includes('--engine-only') ? [] : [makeWink(), await makeCompromise()];
  const out = {
    engine_version: engineVersion,
    node: process.version,
    memory_kind: 'claimlens: wasm linear memory (HEAP8.length) after the runs of a size, which only grows; ' +
      'libraries: process.memoryUsage().heapUsed after the last run, before it is collected (JS heap holding the result)',
    libraries: libs.map((l) => ({ name: l.name, version: l.version, model: l.model, does: l.does })),
    sizes: [],
  };
  // First the engine at every size, while nothing else runs in the process; then each library
  // at every size. (process.cpuUsage() counts all threads, so the libraries' background GC and
  // JIT work must not overlap the engine's runs.)
  const texts = [];
  for (const bytes of SIZES) {
    const heapBeforeText = M.HEAP8.length;
    const textPtr = M._bench_generate(bytes, SEED);
    const textLength = M._bench_text_length();
    // A view into the wasm memory: detached when the memory grows, so used right away.
    const sha256 = crypto.createHash('sha256').update(M.HEAPU8.subarray(textPtr, textPtr + textLength)).digest('hex');
    const text = M.UTF8ToString(textPtr, textLength);
    let annotations = 0;
    const engineRun = timeIt(() => (annotations = M._bench_annotate_current()), reps(bytes));
    const jsTokens = (text.match(/\w+/g) || []).length;
    const engine = { bytes: textLength, tokens: jsTokens, annotations,
                     per_layer: JSON.parse(M.UTF8ToString(M._bench_layers_current())), ...stats(engineRun),
                     heap8_length_before_text: heapBeforeText, heap8_length: M.HEAP8.length };
    M._bench_release();
    texts.push(text);
    out.sizes.push({ target_bytes: bytes, bytes: Buffer.byteLength(text), sha256, js_tokens: jsTokens, claimlens_wasm: engine, libraries: {} });
    log(`${bytes} bytes: claimlens wasm best ${engine.best_ms.toFixed(2)} ms (CPU ${engine.best_cpu_ms.toFixed(2)} ms)`);
  }
  for (const lib of libs) {
    let lastMs = 0;
    for (const [i, bytes] of SIZES.entries()) {
      const entry = out.sizes[i];
      const text = texts[i];
      const predicted = lastMs * 10 * 1.2;
      if (lastMs === null || predicted > LIB_CAP_MS) {
        entry.libraries[lib.name] = { skipped: true, note: lastMs === null ? 'not run: the smaller size was over the cap already'
          : `not run: the previous size took ${(lastMs / 1000).toFixed(1)} s of CPU, so about ${(predicted / 1000).toFixed(0)} s or more was expected (cap ${LIB_CAP_MS / 1000} s)` };
        lastMs = null;
        log(`${bytes} bytes: ${lib.name} skipped`);
        continue;
      }
      gc();
      const heapBefore = process.memoryUsage().heapUsed;
      let result;
      try {
        result = timeIt(() => lib.run(text), libReps(bytes));
      } catch (e) {
        entry.libraries[lib.name] = { error: String(e && e.message || e) };
        lastMs = null;
        continue;
      }
      const heapAfter = process.memoryUsage().heapUsed;
      const st = stats(result);
      entry.libraries[lib.name] = {
        ...st, output: result.last, heap_used_after_bytes: heapAfter, heap_used_before_bytes: heapBefore,
        ratio_to_claimlens_wasm: st.best_cpu_ms / entry.claimlens_wasm.best_cpu_ms,
      };
      lastMs = st.best_cpu_ms;
      log(`${bytes} bytes: ${lib.name} best ${st.best_ms.toFixed(1)} ms (CPU ${st.best_cpu_ms.toFixed(1)} ms)`);
    }
  }
  out.rss_peak_bytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
