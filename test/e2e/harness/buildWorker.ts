// Builds dist/electron (scripts/build-node.mjs) when the PDF worker bundle is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildUnderLock, newestMtime, repoRoot } from './buildRenderer';

/** The real worker the app ships: e2e exports run in it, as in the app. */
export const pdfWorkerBundle = path.join(repoRoot, 'dist', 'electron', 'pdfExportWorker.cjs');
const lockDir = path.join(repoRoot, 'dist', '.node-build.lock');

function isStale(): boolean {
  if (!existsSync(pdfWorkerBundle)) return true;
  const built = statSync(pdfWorkerBundle).mtimeMs;
  const sources = ['node', 'core', 'scripts/build-node.mjs', 'package.json'].map((p) =>
    newestMtime(path.join(repoRoot, p)),
  );
  return Math.max(...sources) > built;
}

/** Runs `npm run build:node`'s script if the worker bundle is missing or stale. */
export async function ensureWorkerBuilt(): Promise<void> {
  await buildUnderLock(lockDir, isStale, () => {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-node.mjs')], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
  }).catch((error: unknown) => {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`build-node (PDF worker bundle) failed:\n${stderr}`, { cause: error });
  });
}
