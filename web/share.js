// claimlens share links: the active article's annotations (and its text, where it fits)
// compressed into the URL's fragment, which browsers never send to a server. Opening such
// a link restores the view in the page itself.
'use strict';

(function () {
  const cl = window.claimlens;
  const PREFIX = '#share=';
  const MAX_LINK = 60000;  // characters: long links get cut by mail and chat programs
  let pending = null;      // shared annotations waiting for their article to be opened

  async function deflate(text) {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  async function inflate(bytes) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  }
  function toBase64Url(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64Url(text) {
    const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  }

  async function link(payload) {
    return location.origin + location.pathname + PREFIX + toBase64Url(await deflate(JSON.stringify(payload)));
  }

  cl._shareLink = async () => {
    const s = cl.state();
    if (s.active < 0) return;
    const doc = s.documents[s.active];
    const annotations = cl.documentJson(s.active);
    let url = await link({ v: 1, name: doc.name, text: cl.documentText(s.active), annotations });
    let note = '';
    if (url.length > MAX_LINK) {
      url = await link({ v: 1, name: doc.name, annotations });
      note = ' (annotations only: the article is too long; whoever opens it must open the article too)';
    }
    if (url.length > MAX_LINK) {
      cl.notice(`Too much for a link (${Math.round(url.length / 1000)}k characters): use Export… and share the file instead`, true);
      return;
    }
    cl.lastShareLink = url;
    try {
      await navigator.clipboard.writeText(url);
      cl.notice(`Link copied: ${url.length} characters${note}`, false);
    } catch (e) {
      cl.notice(`Link made (${url.length} characters) but the clipboard refused it${note}`, true);
    }
  };

  async function openShared(encoded) {
    let payload;
    try {
      payload = JSON.parse(await inflate(fromBase64Url(encoded)));
      if (!payload || payload.v !== 1 || !payload.annotations) throw new Error('not a claimlens link');
    } catch (e) {
      cl.notice('This share link is damaged (cut short when it was copied?): nothing was opened', true);
      return;
    }
    const annotations = JSON.stringify(payload.annotations);
    if (typeof payload.text === 'string') {
      cl.restore(payload.name || 'Shared article', payload.text, annotations);
    } else {
      pending = { name: payload.name, annotations };
      cl.notice(`This link carries annotations for “${payload.name}”: open that article to see them`, false);
    }
  }

  // When the article a link was waiting for is opened, attach the shared annotations.
  cl.onOpened.push(() => {
    if (pending && cl.importAnnotations('shared link', pending.annotations)) pending = null;
  });

  cl.ready.then(() => {
    if (location.hash.startsWith(PREFIX)) openShared(location.hash.slice(PREFIX.length));
  });
})();
