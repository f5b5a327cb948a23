// Bundles the Node-side entry points (Electron main, preload, PDF worker, CLI) with esbuild into dist/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const cliOnly = process.argv.includes('--cli-only');

/** Entry points: [source, output]. Electron and pdfmake stay external (pdfmake needs its own __dirname). */
const entries = [
  ['cli/brief.ts', 'dist/cli/brief.cjs'],
  ...(cliOnly
    ? []
    : [
        ['electron/main/index.ts', 'dist/electron/main.cjs'],
        ['electron/preload/index.ts', 'dist/electron/preload.cjs'],
        ['electron/main/services/pdfExportWorker.ts', 'dist/electron/pdfExportWorker.cjs'],
      ]),
];

const missing = entries.filter(([src]) => !existsSync(src));
for (const [src] of missing) console.warn(`build-node: skipping ${src} (not present yet)`);

await Promise.all(
  entries
    .filter(([src]) => existsSync(src))
    .map(([src, out]) =>
      build({
        entryPoints: [src],
        outfile: out,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        sourcemap: false,
        logLevel: 'warning',
        external: ['electron', 'pdfmake', 'pdfmake/*', 'electron-store', 'conf', 'pdf-lib', 'pdfjs-dist'],
      }),
    ),
);
