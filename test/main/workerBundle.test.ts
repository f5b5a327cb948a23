// A missing PDF worker bundle fails loudly: createAppServices refuses to start, build-node refuses to skip an entry.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../node/services/createAppServices';
import { memoryKeyProvider } from '../node/storage/memoryKeyProvider';

const dir = mkdtempSync(join(tmpdir(), 'bbb-worker-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ports = {
  keyProvider: memoryKeyProvider(),
  userDataDir: dir,
  dialogs: { showSaveDialog: () => Promise.resolve(null) },
  shell: { openPath: () => Promise.resolve() },
};

describe('PDF worker bundle', () => {
  it('createAppServices throws a clear error naming the missing bundle', () => {
    const missing = join(dir, 'dist', 'pdfExportWorker.cjs');
    expect(() => createAppServices({ ...ports, pdfWorkerPath: missing })).toThrow(
      `The PDF export worker bundle is missing: ${missing}. Build it with "npm run build:node"`,
    );
  });

  it('createAppServices starts when the bundle is there', () => {
    const present = join(dir, 'pdfExportWorker.cjs');
    writeFileSync(present, '');
    expect(createAppServices({ ...ports, pdfWorkerPath: present }).exports).toBeDefined();
  });

  it('build-node exits non-zero and names every missing entry point instead of skipping it', () => {
    const cwd = mkdtempSync(join(dir, 'empty-tree-'));
    let failure: { status: number; stderr: string } | null = null;
    try {
      execFileSync(process.execPath, [resolve('scripts/build-node.mjs')], { cwd, stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stderr: Buffer };
      failure = { status: e.status, stderr: e.stderr.toString() };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain(
      'build-node: entry point(s) not found: cli/brief.ts, electron/main/index.ts, ' +
        'electron/preload/index.ts, node/services/pdfExportWorker.ts',
    );
    expect(existsSync(join(cwd, 'dist'))).toBe(false);
  });
});
