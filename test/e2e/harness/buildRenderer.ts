// Builds dist/renderer with Vite when it is missing or older than its sources (one build at a time).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const rendererDist = path.join(repoRoot, 'dist', 'renderer');
const lockDir = path.join(repoRoot, 'dist', '.renderer-build.lock');

/** Newest modification time (ms) of any file under `dir`, skipping node_modules. */
export function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(dir, entry.name)));
  }
  return newest;
}

function isStale(): boolean {
  const index = path.join(rendererDist, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = ['renderer', 'core', 'vite.config.ts', 'package.json'].map((p) =>
    newestMtime(path.join(repoRoot, p)),
  );
  return Math.max(...sources) > built;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `vite build` if the renderer bundle is missing or stale. Parallel vitest workers share one
 * dist/ folder, so a mkdir lock serialises builds (a lock older than 2 minutes is considered dead).
 */
export async function ensureRendererBuilt(): Promise<void> {
  await buildUnderLock(lockDir, isStale, () => {
    const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
  }).catch((error: unknown) => {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`vite build of the renderer failed:\n${stderr}`, { cause: error });
  });
}

/** Runs `build` when `isStale()`, holding the mkdir lock `lockDir` so parallel workers build once. */
export async function buildUnderLock(
  lockDir: string,
  isStale: () => boolean,
  build: () => void,
): Promise<void> {
  if (!isStale()) return;
  mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      const held = statSync(lockDir, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) {
        rmdirSync(lockDir, { recursive: true });
      } else {
        await sleep(200);
      }
      if (!isStale()) return;
    }
  }
  try {
    if (isStale()) build();
  } finally {
    rmdirSync(lockDir);
  }
}
