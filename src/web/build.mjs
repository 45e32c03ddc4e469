/**
 * `npm run build:web`: the clerk's page as ONE file, dist/web/index.html, that works opened from
 * disk with no network. esbuild bundles the worker (the linter, importers and annotator) and the
 * page; both are inlined into the HTML with the stylesheet; the page starts the worker from its
 * own text through a Blob URL.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const OUT = join(ROOT, 'dist', 'web', 'index.html');

async function bundle(entry) {
  const result = await build({
    entryPoints: [join(HERE, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome109',
    minify: true,
    legalComments: 'none',
    loader: { '.yaml': 'text' },
    // exceljs's browser build without its polyfills for old browsers
    alias: { exceljs: 'exceljs/dist/exceljs.bare.min.js' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** text inside a <script> element must not close it */
function scriptSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const [worker, page] = await Promise.all([bundle('worker.ts'), bundle('page.ts')]);
const html = readFileSync(join(HERE, 'index.html'), 'utf8')
  .replace('/*STYLE*/', () => readFileSync(join(HERE, 'page.css'), 'utf8'))
  .replace('/*WORKER*/', () => scriptSafe(worker))
  .replace('/*PAGE*/', () => scriptSafe(page));
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, html);
console.log(`${OUT.slice(ROOT.length + 1)}: ${(statSync(OUT).size / 1024 / 1024).toFixed(1)} MiB (worker ${(worker.length / 1024).toFixed(0)} KiB, page ${(page.length / 1024).toFixed(0)} KiB)`);
