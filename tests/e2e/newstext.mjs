// Generated news-like articles for the browser tests, made inside the page (so megabytes
// need not cross the test protocol). Own word lists, seeded: the same text every run.

// Runs in the page: defines window.__newsText(bytes, seed), a seeded generator of
// news-like paragraphs (attributed claims, denials, hedges) written for these tests, and
// window.__dropTexts([{name, bytes, seed}]), which drops such files with real DragEvents
// without sending megabytes through the test protocol.
export const GENERATOR = () => {
  const names = ['Ilse Marten', 'Tomas Reyes', 'Anika Dahl', 'Pavel Sorin', 'Greta Holm', 'Luis Obrero'];
  const roles = ['the harbour master', 'a council spokeswoman', 'the union leader', 'the finance officer'];
  const things = ['the bridge repairs', 'the water tariff', 'the night ferry', 'the school budget', 'the depot lease'];
  const verbs = ['would cost more than planned', 'was approved in secret', 'had been delayed twice', 'will save money', 'breaks the rules'];
  window.__newsText = (bytes, seed) => {
    let x = seed >>> 0 || 1;
    const pick = (list) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return list[(x >>> 8) % list.length]; };
    const parts = [`Report ${seed}: what the town was told`];
    let size = parts[0].length;
    while (size < bytes) {
      const sentences = [];
      for (let i = 0; i < 4; i++) {
        const who = pick(names), role = pick(roles), what = pick(things), how = pick(verbs);
        const kind = (x >>> 4) % 4;
        sentences.push(kind === 0 ? `"${what[0].toUpperCase()}${what.slice(1)} ${how}," ${who} said on Tuesday.`
          : kind === 1 ? `${who}, ${role}, denied that ${what} ${how}.`
          : kind === 2 ? `According to ${role}, ${what} probably ${how}.`
          : `${who} told reporters that ${what} ${how}, and ${role} rejected the claim as baseless.`);
      }
      const paragraph = sentences.join(' ');
      parts.push(paragraph);
      size += paragraph.length + 2;
    }
    return parts.join('\n\n');
  };
  window.__dropTexts = (files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([window.__newsText(f.bytes, f.seed)], f.name, { type: 'text/plain' }));
    const canvas = document.getElementById('canvas');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      canvas.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  };
};

