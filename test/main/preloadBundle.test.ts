// The preload bundle holds only the preload and core/ipc/names.ts: no zod, no schemas, no Node built-ins.
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('preload bundle', () => {
  it('pulls in nothing but the preload, the IPC names and electron', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['electron/preload/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      logLevel: 'silent',
      external: ['electron'],
    });
    const inputs = Object.keys(result.metafile.inputs).sort();
    expect(inputs).toEqual([
      'core/ipc/names.ts',
      'electron/preload/buildApi.ts',
      'electron/preload/index.ts',
    ]);
    const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports);
    expect(imports.filter((i) => i.external).map((i) => i.path)).toEqual(['electron']);
    expect(result.outputFiles[0]!.text).not.toMatch(/zod/i);
  });
});
