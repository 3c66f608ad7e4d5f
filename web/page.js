// claimlens page glue: hands dropped or chosen files to the WebAssembly reader and exposes
// a small API (window.claimlens) so tests and scripts can ask what the reader shows.
// Deliberately thin: decoding, annotating and drawing all happen in the engine and app.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const fileInput = document.getElementById('file-input');
  const overlay = document.getElementById('drop-overlay');
  const status = document.getElementById('status');
  const mirror = document.getElementById('mirror');
  const progress = document.getElementById('progress');

  // Start-up: index.html's boot script has started fetching and compiling claimlens.wasm
  // and made the WebGL context (window.claimlensBoot). From file:// (one file, the .wasm
  // inside claimlens.js) Emscripten loads the module itself.
  const wasmModule = window.claimlensBoot && window.claimlensBoot.wasmModule;
  // Emscripten's hook for instantiating the module: the one the boot script compiled.
  function instantiateWasm(imports, receiveInstance) {
    wasmModule.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
      .catch((e) => { status.textContent = 'claimlens could not load its WebAssembly: ' + e; });
    return {};
  }

  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  // Copies bytes into the module's heap and hands them to `fn(namePtr, dataPtr, size)`.
  function withBytes(fn, name, bytes) {
    const nameSize = Module.lengthBytesUTF8(name) + 1;
    const namePtr = Module._malloc(nameSize);
    const dataPtr = Module._malloc(Math.max(bytes.length, 1));
    try {
      Module.stringToUTF8(name, namePtr, nameSize);
      Module.HEAPU8.set(bytes, dataPtr);
      return fn(namePtr, dataPtr, bytes.length) === 1;
    } finally {
      Module._free(dataPtr);
      Module._free(namePtr);
    }
  }
  const openBytes = (name, bytes) => withBytes(Module._claimlens_open, name, bytes);
  const importBytes = (name, bytes) => withBytes(Module._claimlens_import, name, bytes);
  // Annotation files attach to open articles; everything else opens as an article.
  const isAnnotationFile = (name) => /\.(json|jsonld)$/i.test(name);

  function state() {
    return JSON.parse(Module.UTF8ToString(Module._claimlens_state()));
  }

  // Lets the browser paint and handle input before the next piece of work.
  const breathe = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  // --- Long articles in a Web Worker ------------------------------------------------------
  // Files over WORKER_MIN_BYTES are read and annotated by web/engine_worker.js (its own
  // engine-only module), so the page keeps drawing and answering meanwhile; the result
  // comes back as bytes for claimlens_open_prepared. From file:// (the single-file
  // dist/claimlens.html) a worker cannot be started, and such files are read here.
  const WORKER_MIN_BYTES = 2e6;
  let worker = null, workerBroken = !window.Worker || location.protocol === 'file:';
  let nextJob = 1;
  const jobs = new Map();  // id -> {onStage, resolve}
  function getWorker() {
    if (worker || workerBroken) return worker;
    try {
      worker = new Worker('engine_worker.js');
    } catch (e) {
      workerBroken = true;
      return null;
    }
    worker.onmessage = (e) => {
      const job = jobs.get(e.data.id);
      if (!job) return;
      if (e.data.stage) job.onStage(e.data.stage);
      else job.resolve(e.data.error !== undefined ? { error: e.data.error } : { result: e.data.result });
    };
    // The worker's script or module failed to load: read files on this thread from now on.
    worker.onerror = (e) => {
      e.preventDefault();
      workerBroken = true;
      stopWorker({ failed: true });
    };
    return worker;
  }
  function stopWorker(outcome) {
    if (worker) worker.terminate();
    worker = null;
    for (const job of jobs.values()) job.resolve(outcome);
    jobs.clear();
  }
  // Resolves to {result: ArrayBuffer} | {error} | {cancelled: true} | {failed: true}.
  function prepareInWorker(name, bytes, onStage) {
    const w = getWorker();
    if (!w) return Promise.resolve({ failed: true });
    const id = nextJob++;
    return new Promise((resolve) => {
      jobs.set(id, { onStage, resolve: (r) => { jobs.delete(id); resolve(r); } });
      w.postMessage({ id, name, bytes: bytes.buffer }, [bytes.buffer]);
    });
  }

  // The progress line: what is being opened, for how long, and a Cancel button while a
  // worker reads a long file.
  const progressText = document.createElement('span');
  const cancelButton = document.createElement('button');
  cancelButton.type = 'button';
  cancelButton.textContent = 'Cancel';
  cancelButton.hidden = true;
  cancelButton.addEventListener('click', () => stopWorker({ cancelled: true }));
  progress.replaceChildren(progressText, cancelButton);
  const showProgress = (text) => { progress.hidden = false; progressText.textContent = text; };

  // Opens one article file through the worker; falls back to this thread when the worker
  // cannot run. Returns {ok, message}.
  async function openLong(file, bytes, label) {
    const started = performance.now();
    let stage = 'starting';
    const show = () => showProgress(`${label}: ${stage}\u2026 ${Math.round((performance.now() - started) / 1000)} s`);
    const timer = setInterval(show, 1000);
    cancelButton.hidden = false;
    show();
    try {
      const copy = bytes.slice();  // the original stays here in case the worker fails
      const r = await prepareInWorker(file.name, copy, (s) => { stage = s; show(); });
      if (r.failed) return { ok: openBytes(file.name, bytes) };
      if (r.cancelled) {
        window.claimlens.notice(`${file.name}: opening cancelled`, false);
        return { ok: false, message: 'cancelled' };
      }
      if (r.error) {
        window.claimlens.notice(`${file.name}: could not be annotated (${r.error})`, true);
        stopWorker({ failed: true });  // a module that failed once is not reused
        return { ok: false };
      }
      return { ok: withBytes(Module._claimlens_open_prepared, file.name, new Uint8Array(r.result)) };
    } finally {
      clearInterval(timer);
      cancelButton.hidden = true;
      // The worker's memory grew to fit the file and never shrinks: after a very long
      // one, let it go (the next long file starts a fresh worker).
      if (bytes.length > 16e6) stopWorker({ cancelled: true });
    }
  }

  // Opens every file in order; resolves to [{name, ok, message}] once all were handed over.
  // The page yields between files (at most every 50 ms), so it stays responsive and shows
  // how far it got; long files are annotated in the worker. Articles beyond the reader's
  // document limit are not tried one by one: they are counted and named in one message.
  async function openFiles(files) {
    await ready;
    const results = [];
    const list = Array.from(files);
    const big = list.length > 1 || list.some((f) => f.size > 2e6);
    const initial = state();
    const maxDocuments = initial.max_documents;  // the reader's limit (src/app/reader.h)
    let open = initial.documents.length;
    const skipped = [];
    let breathed = performance.now();
    for (const [i, file] of list.entries()) {
      const annotations = isAnnotationFile(file.name);
      if (!annotations && open >= maxDocuments) open = state().documents.length;  // recount
      if (!annotations && open >= maxDocuments) {
        skipped.push(file.name);
        results.push({ name: file.name, ok: false, message: 'document limit' });
        continue;
      }
      const label = `Opening ${list.length > 1 ? `${i + 1} of ${list.length}: ` : ''}${file.name} (${(file.size / 1e6).toFixed(1)} MB)`;
      if (big && (i === 0 || performance.now() - breathed > 50 || file.size >= WORKER_MIN_BYTES)) {
        showProgress(`${label}\u2026`);
        await breathe();
        breathed = performance.now();
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      let outcome;
      if (annotations) outcome = { ok: importBytes(file.name, bytes) };
      else if (bytes.length >= WORKER_MIN_BYTES && !workerBroken) outcome = await openLong(file, bytes, label);
      else outcome = { ok: openBytes(file.name, bytes) };
      const ok = outcome.ok;
      if (ok && !annotations) open += 1;
      results.push({ name: file.name, ok, message: ok ? '' : outcome.message || state().message });
      if (ok) window.claimlens.onOpened.forEach((fn) => fn(file.name));
    }
    if (skipped.length) {
      window.claimlens.notice(`${skipped.length} file${skipped.length > 1 ? 's' : ''} not opened (${skipped[0]}` +
        `${skipped.length > 1 ? ', …' : ''}): ${maxDocuments} documents are open already; close some first`, true);
    }
    progress.hidden = true;
    return results;
  }

  // --- Drag and drop onto the page --------------------------------------------------
  let dragDepth = 0;
  const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    dragDepth = 0;
    overlay.hidden = true;
    if (e.dataTransfer && e.dataTransfer.files.length) openFiles(e.dataTransfer.files);
    canvas.focus();
  });

  // --- Wheel --------------------------------------------------------------------------
  // Taken here, in the capture phase on window, before Emscripten's GLFW handlers on the
  // canvas see it (see claimlens_wheel in src/web/main.cpp). One step = one notch.
  window.addEventListener('wheel', (e) => {
    if (e.target !== canvas || !Module._claimlens_wheel) return;
    e.preventDefault();
    e.stopPropagation();
    const unit = e.deltaMode === 1 ? 3 : e.deltaMode === 2 ? 0.1 : 100;
    Module._claimlens_wheel(e.deltaX / unit, e.deltaY / unit);
  }, { capture: true, passive: false });
  window.addEventListener('mousewheel', (e) => { if (e.target === canvas) e.stopPropagation(); },
    { capture: true });

  fileInput.addEventListener('change', () => {
    openFiles(fileInput.files).then(() => { fileInput.value = ''; canvas.focus(); });
  });

  // --- Accessible mirror ----------------------------------------------------------------
  // Rebuilt from the reader's JSON whenever the active article or its highlights change.
  // Text goes in through text nodes only: nothing from an article can become markup.
  function buildMirror() {
    const data = JSON.parse(Module.UTF8ToString(Module._claimlens_mirror()));
    const nodes = [];
    if (data.name) {
      const heading = document.createElement('h1');
      heading.textContent = data.name;
      nodes.push(heading);
    }
    for (const block of data.blocks || []) {
      const el = document.createElement(block.kind === 'title' ? 'h2' : 'p');
      // Marks nest when spans nest; a mark crossing its parent's end is cut there.
      const stack = [{ el, end: block.text.length }];
      let pos = 0;
      const emit = (upTo) => {
        if (upTo > pos) stack[stack.length - 1].el.append(document.createTextNode(block.text.slice(pos, upTo)));
        pos = Math.max(pos, upTo);
      };
      const closeUntil = (at) => {
        while (stack.length > 1 && stack[stack.length - 1].end <= at) {
          emit(stack[stack.length - 1].end);
          stack.pop();
        }
      };
      for (const m of block.marks) {
        closeUntil(m.start);
        emit(m.start);
        const mark = document.createElement('mark');
        mark.className = 'cl-' + m.layer;
        mark.setAttribute('aria-label', m.label);
        mark.dataset.layer = m.layer;
        stack[stack.length - 1].el.append(mark);
        stack.push({ el: mark, end: Math.min(m.end, stack[stack.length - 1].end) });
      }
      closeUntil(Infinity);
      emit(block.text.length);
      nodes.push(el);
    }
    if (data.omitted_blocks) {
      const note = document.createElement('p');
      note.textContent = `The accessible copy of this very long article ends here: ${data.omitted_blocks} more paragraphs are not copied.`;
      nodes.push(note);
    }
    mirror.replaceChildren(...nodes);
  }

  // Paste: into the reader's focused text field, else as a new document.
  document.addEventListener('paste', (e) => {
    if (document.activeElement !== canvas || !Module._claimlens_paste) return;
    const text = e.clipboardData && e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    withString((p) => Module._claimlens_paste(p), text);
  });

  // Work that can wait until the page is idle (after the frames already due).
  const idle = (fn, timeout = 1000) => (window.requestIdleCallback ? requestIdleCallback(fn, { timeout }) : setTimeout(fn, 30));
  // A few runs of the engine on the bundled example, one per idle period, so the browser
  // optimizes it before the first real file (see claimlens_warm_up in src/web/main.cpp).
  let warmUps = 6;
  function warmUp() {
    if (warmUps-- <= 0 || !Module._claimlens_warm_up) return;
    Module._claimlens_warm_up();
    idle(warmUp);
  }

  let mirrorScheduled = false;
  let lastCopied = '';
  // The native 'copy' event (Ctrl/Cmd+C with the canvas focused) gets the reader's selection.
  document.addEventListener('copy', (e) => {
    if (document.activeElement === canvas && lastCopied) {
      e.clipboardData.setData('text/plain', lastCopied);
      e.preventDefault();
    }
  });

  // Keys the browser would otherwise take: Ctrl +/-/0 zoom the page (the reader changes its
  // type size instead), Ctrl+F opens the browser's find, which cannot see a canvas.
  window.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || !Module._claimlens_font_step) return;
    const step = { '+': 1, '=': 1, '-': -1, '_': -1, '0': 0 }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      Module._claimlens_font_step(step);
    } else if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
    }
  }, { capture: true });

  // Passes a JS string to `fn(ptr)` as a C string.
  function withString(fn, text) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    try {
      Module.stringToUTF8(text, ptr, size);
      return fn(ptr);
    } finally {
      Module._free(ptr);
    }
  }

  window.claimlens = {
    ready,
    state,
    openFiles,
    // Text of document `index` as the engine saw it.
    documentText(index) { return Module.UTF8ToString(Module._claimlens_document_text(index)); },
    // Reopens a document with exactly the given annotations (claimlens file JSON string).
    restore(name, text, annotationsJson) {
      const bytes = new TextEncoder().encode(text);
      return withString((a) => withBytes((n, d, size) => Module._claimlens_restore(n, d, size, a), name, bytes), annotationsJson);
    },
    // Decodes a share link's fragment (after "#share=") in the engine's tested decoder:
    // {ok, error} or {ok, name, text?, annotations (JSON text)}.
    decodeShareLink(encoded) { return JSON.parse(withString((p) => Module.UTF8ToString(Module._claimlens_decode_share(p)), encoded)); },
    // A message in the reader's status line.
    notice(message, isError) { withString((p) => Module._claimlens_notice(isError ? 1 : 0, p), message); },
    storageStatus(ok, text) { withString((p) => Module._claimlens_storage_status(ok ? 1 : 0, p), text); },
    // Opens a string or bytes as a document (for scripts and tests).
    open(name, content) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
      return openBytes(name, bytes);
    },
    chooseFiles() { fileInput.click(); },
    onOpened: [],  // callbacks run after a dropped or chosen file was opened
    // Document `index`'s annotations as claimlens JSON.
    documentJson(index) {
      const text = Module.UTF8ToString(Module._claimlens_document_json(index));
      return text ? JSON.parse(text) : null;
    },
    // Time (ms) of up to the last 600 frames, oldest first: for benchmarks. build: only the
    // part that computes the frame, without the WebGL calls that submit it.
    frameTimes(build) { return JSON.parse(Module.UTF8ToString(Module._claimlens_frame_times(build ? 1 : 0))); },
    // Imports an annotation file (string or bytes) onto the open article it belongs to.
    importAnnotations(name, content) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
      return importBytes(name, bytes);
    },
    // Rebuilt after the frame is on screen, and once for a burst of changes. A long
    // article's mirror takes longer than several frames, and the person should see the
    // article drawn first: that one waits until the page is idle.
    _mirrorChanged() {
      if (mirrorScheduled) return;
      mirrorScheduled = true;
      const active = state().documents.find((d) => d.active);
      const build = () => { mirrorScheduled = false; buildMirror(); };
      requestAnimationFrame(() => (active && active.bytes > 200000 ? idle(build, 2000) : setTimeout(build, 0)));
    },
    _download(name, mime, content) {
      const url = URL.createObjectURL(new Blob([content], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    _copy(text) {
      lastCopied = text;
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    },
    _onReady() {
      status.textContent = '';
      canvas.focus();
      resolveReady();
      requestAnimationFrame(() => idle(warmUp));
    },
  };

  // Emscripten reads this object when claimlens.js starts.
  window.Module = {
    canvas,
    ...(wasmModule ? { instantiateWasm } : {}),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => { status.textContent = 'claimlens stopped: ' + what; },
  };
  if (!window.WebAssembly) status.textContent = 'This browser cannot run WebAssembly.';
})();
