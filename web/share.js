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
  function toBase64Url(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
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

  // Decoding (base64url, inflate, JSON) is the engine's: src/format/share_link.cpp, fuzzed.
  function openShared(encoded) {
    const payload = cl.decodeShareLink(encoded);
    if (!payload.ok) {
      cl.notice(payload.error, true);
      return;
    }
    if (typeof payload.text === 'string') {
      cl.restore(payload.name, payload.text, payload.annotations);
    } else {
      pending = { name: payload.name, annotations: payload.annotations };
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
