// Bundles the Node-side entry points (Electron main, preload, PDF worker, CLI) with esbuild into dist/.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const cliOnly = process.argv.includes('--cli-only');

/** Entry points: [source, output]. Electron and pdfmake stay external (pdfmake needs its own __dirname). */
const entries = [
  ['cli/brief.ts', 'dist/cli/brief.cjs'],
  ...(cliOnly
    ? []
    : [
        ['electron/main/index.ts', 'dist/electron/main.cjs'],
        ['electron/preload/index.ts', 'dist/electron/preload.cjs'],
        ['node/services/pdfExportWorker.ts', 'dist/electron/pdfExportWorker.cjs'],
      ]),
];

// A missing entry point is a broken tree, not something to skip: the app would ship without it.
const missing = entries.filter(([src]) => !existsSync(src)).map(([src]) => src);
if (missing.length > 0) {
  console.error(`build-node: entry point(s) not found: ${missing.join(', ')}`);
  process.exit(1);
}

// Fonts for PDF export: copy the TTFs listed in node/pdf/fonts.json into dist/fonts (skipping unchanged ones).
// The packaged app ships the same folder as extraResources "fonts".
const fontManifest = JSON.parse(readFileSync('node/pdf/fonts.json', 'utf8'));
const requireFromHere = createRequire(import.meta.url);
mkdirSync('dist/fonts', { recursive: true });
for (const [file, source] of Object.entries(fontManifest.files)) {
  const from = requireFromHere.resolve(source);
  const to = path.join('dist/fonts', file);
  if (existsSync(to) && statSync(to).size === statSync(from).size) continue;
  copyFileSync(from, to);
}

await Promise.all(
  entries.map(([src, out]) =>
    build({
      entryPoints: [src],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: false,
      logLevel: 'warning',
      external: [
        'electron',
        'pdfmake',
        'pdfmake/*',
        'electron-store',
        'conf',
        'pdf-lib',
        'pdfjs-dist',
      ],
    }),
  ),
);
