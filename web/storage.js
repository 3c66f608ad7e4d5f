// claimlens storage: keeps open documents and their annotations in this browser
// (IndexedDB) as they change, and brings them back on reload. If storage is unavailable
// or full, the reader says so and keeps working in memory. Nothing leaves the machine.
'use strict';

(function () {
  const cl = window.claimlens;
  const DB_NAME = 'claimlens', STORE = 'documents', SYNC_MS = 800;
  // Larger articles are not kept: their annotation file alone can take hundreds of
  // megabytes to build. They stay open; the status says to export them.
  const KEEP_MAX_BYTES = 8e6;
  let db = null;
  const saved = new Map();  // reader document id -> { key, revision } (key null: not kept)
  let nextKey = Date.now();
  let failed = false;

  function request(r) {
    return new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error || new Error('storage error'));
    });
  }

  function openDb() {
    return new Promise((resolve, reject) => {
      let r;
      try {
        r = indexedDB.open(DB_NAME, 1);
      } catch (e) {
        reject(e);
        return;
      }
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'key' });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error || new Error('cannot open storage'));
      r.onblocked = () => reject(new Error('storage is blocked by another tab'));
    });
  }

  const store = (mode) => db.transaction(STORE, mode).objectStore(STORE);

  function fail(e) {
    if (!failed) cl.notice('Browser storage is not available (' + (e && e.message || e) + '): your work stays in memory only', true);
    failed = true;
    cl.storageStatus(false, 'Not saved: browser storage is unavailable or full. Export to keep your work.');
  }

  // Saves new and changed documents, forgets closed ones.
  async function sync() {
    if (!db || failed) return;
    const docs = cl.state().documents;
    const live = new Set();
    try {
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        live.add(d.id);
        let entry = saved.get(d.id);
        if (!entry) {
          entry = { key: d.bytes > KEEP_MAX_BYTES ? null : nextKey++, revision: -1, tooLarge: d.bytes > KEEP_MAX_BYTES };
          saved.set(d.id, entry);
        }
        if (entry.key === null || entry.revision === d.revision) continue;
        await request(store('readwrite').put({
          key: entry.key, order: i, name: d.name, text: cl.documentText(i),
          annotations: JSON.stringify(cl.documentJson(i)), saved: Date.now(),
        }));
        entry.revision = d.revision;
      }
      for (const [id, entry] of saved) {
        if (live.has(id)) continue;
        if (entry.key !== null) await request(store('readwrite').delete(entry.key));
        saved.delete(id);
      }
      const kept = [...saved.values()].filter((e) => e.key !== null).length;
      const large = [...saved.values()].filter((e) => e.tooLarge).length;
      cl.storageStatus(true, (kept ? `Saved in this browser: ${kept} document${kept > 1 ? 's' : ''}` : 'Nothing saved') +
                       (large ? `; ${large} too large to keep here (over ${KEEP_MAX_BYTES / 1e6} MB): export to keep your work` : ''));
    } catch (e) {
      fail(e);
    }
  }

  async function restore() {
    const records = (await request(store('readonly').getAll())).sort((a, b) => a.order - b.order);
    for (const r of records) {
      const before = new Set(cl.state().documents.map((d) => d.id));
      if (!cl.restore(r.name, r.text, r.annotations)) continue;
      const doc = cl.state().documents.find((d) => !before.has(d.id));
      if (doc) saved.set(doc.id, { key: r.key, revision: doc.revision });
    }
    if (records.length) cl.notice(`Restored ${records.length} document${records.length > 1 ? 's' : ''} from this browser`, false);
  }

  // How many open documents have changes not yet saved (0 when storage is up to date).
  cl.storagePending = () => cl.state().documents.filter((d) => {
    const e = saved.get(d.id);
    return !failed && db && (!e || (e.key !== null && e.revision !== d.revision));
  }).length;

  cl._clearStorage = async () => {
    try {
      if (db) await request(store('readwrite').clear());
      // The open documents stay open but are no longer kept; new ones will be.
      for (const entry of saved.values()) entry.key = null;
      cl.notice('Saved documents cleared from this browser', false);
      cl.storageStatus(true, 'Nothing saved');
    } catch (e) {
      fail(e);
    }
  };

  cl.ready.then(async () => {
    try {
      db = await openDb();
      await restore();
    } catch (e) {
      fail(e);
      return;
    }
    // When the page is idle: saving a long article takes a while, and it can wait until the
    // person has seen it.
    const idle = (fn) => (window.requestIdleCallback ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 0));
    setInterval(() => idle(sync), SYNC_MS);
  });
})();
