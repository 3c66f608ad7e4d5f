// claimlens engine worker: annotates one file at a time off the page's main thread, with
// the engine-only module claimlens-engine.js (src/web/worker/engine_worker.cpp), so the
// page keeps drawing and answering while a long article is read.
//
// Messages in:  {id, name, bytes}          bytes: ArrayBuffer (transferred)
// Messages out: {id, stage}                'starting' | 'annotating' | 'handing over'
//               {id, result}               ArrayBuffer: the prepared article (transferred)
//               {id, error}                the module failed (e.g. out of memory)
'use strict';

importScripts('claimlens-engine.js');
const engine = ClaimlensEngine();  // a promise of the module

onmessage = async (event) => {
  const { id, name, bytes } = event.data;
  try {
    postMessage({ id, stage: 'starting' });
    const m = await engine;
    postMessage({ id, stage: 'annotating' });
    const data = new Uint8Array(bytes);
    const nameSize = m.lengthBytesUTF8(name) + 1;
    const namePtr = m._malloc(nameSize);
    const dataPtr = m._malloc(Math.max(data.length, 1));
    let result;
    try {
      m.stringToUTF8(name, namePtr, nameSize);
      m.HEAPU8.set(data, dataPtr);
      const out = m._claimlens_worker_prepare(namePtr, dataPtr, data.length);
      postMessage({ id, stage: 'handing over' });
      result = m.HEAPU8.slice(out, out + m._claimlens_worker_size()).buffer;
    } finally {
      m._free(dataPtr);
      m._free(namePtr);
      m._claimlens_worker_release();
    }
    postMessage({ id, result }, [result]);
  } catch (e) {
    postMessage({ id, error: String((e && e.message) || e) });
  }
};
