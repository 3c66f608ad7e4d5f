// Writes the distributable reader:
//   DIST/            the static site (index.html, page scripts, claimlens.js/.wasm), relative
//                    paths only, for any static host
//   DIST/claimlens.html  one self-contained file: styles, page scripts and the single-file
//                    engine (wasm and fonts inside) inlined, so it works opened from disk
// usage: node tools/make_dist.mjs SITE_DIR SINGLE_JS DIST_DIR
import fs from 'node:fs';
import path from 'node:path';

const [site, singleJs, dist] = process.argv.slice(2);
if (!site || !singleJs || !dist) {
  console.error('usage: node tools/make_dist.mjs SITE_DIR SINGLE_JS DIST_DIR');
  process.exit(2);
}
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
for (const name of fs.readdirSync(site)) fs.copyFileSync(path.join(site, name), path.join(dist, name));

// Inline text must not close the element it sits in.
const script = (code) => `<script>\n${code.replace(/<\/script/gi, '<\\/script')}\n</script>`;
const read = (name) => fs.readFileSync(path.join(site, name), 'utf8');
let html = read('index.html');
// The .wasm is inside the single script: nothing to preload.
html = html.replace(/<!--[^>]*make_dist[^>]*-->\n?|<link rel="preload"[^>]*>\n?/g, '');
html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, href) => `<style>\n${read(href).replace(/<\/style/gi, '<\\/style')}\n</style>`);
html = html.replace(/<script src="claimlens\.js" async><\/script>/, () => script(fs.readFileSync(singleJs, 'utf8')));
html = html.replace(/<script src="([^"]+)"><\/script>/g, (_, src) => script(read(src)));
if (/src="|href="[^#]/.test(html.replace(/<script>[\s\S]*?<\/script>/g, ''))) {
  console.error('make_dist: claimlens.html still refers to another file');
  process.exit(1);
}
fs.writeFileSync(path.join(dist, 'claimlens.html'), html);
const kb = (f) => Math.round(fs.statSync(path.join(dist, f)).size / 1024);
console.log(`dist: ${fs.readdirSync(dist).join(', ')}`);
console.log(`dist/claimlens.html: ${kb('claimlens.html')} KB, self-contained`);
