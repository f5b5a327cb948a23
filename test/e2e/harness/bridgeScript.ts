// The e2e init script: pagePreload.ts (the real electron/preload/buildApi.ts and its imports) bundled by esbuild for the page.
import { buildSync } from 'esbuild';
import path from 'node:path';

export { EVENT_HOOK, INVOKE_BINDING } from './bridgeNames';

let cached: string | null = null;

/** Source of the init script, bundled once per test process (an IIFE: no module loader in an init script). */
export function bridgeInitScript(): string {
  if (cached !== null) return cached;
  const result = buildSync({
    entryPoints: [path.join(import.meta.dirname, 'pagePreload.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  cached = result.outputFiles[0]!.text;
  return cached;
}
