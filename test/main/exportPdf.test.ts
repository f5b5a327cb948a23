// export:pdf end to end: a real worker bundle rendering a real PDF (read back with pdfjs), cancel, dialog cancel, failures.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerExportRunner, failureFromWorker } from '../../node/services/exportRunner';
import { readPdf } from '../fixtures/pdfPages';
import { makeBook } from '../node/storage/bookFixture';
import { useTestApps } from './servicesHarness';

let workDir = '';
let workerPath = '';

beforeAll(async () => {
  // Inside the repo so the bundle resolves pdfmake from node_modules, as dist/electron does.
  mkdirSync(resolve('test-output'), { recursive: true });
  workDir = mkdtempSync(resolve('test-output/worker-'));
  workerPath = join(workDir, 'pdfExportWorker.cjs');
  await build({
    entryPoints: ['node/services/pdfExportWorker.ts'],
    outfile: workerPath,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    external: ['electron', 'pdfmake', 'pdfmake/*', 'pdf-lib', 'pdfjs-dist'],
  });
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const startApp = useTestApps();
const start = () => startApp({ exportRunner: createWorkerExportRunner(workerPath) });

describe('export:pdf', () => {
  it('renders in a worker, writes the chosen file, opens it, and reports progress to done', async () => {
    const app = start();
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'JP',
      meeting: { date: '2026-09-15', city: 'Tokyo' },
    });
    app.nextDialogAnswer = 'out.pdf';
    const result = await app.value('export:pdf', { jobId: 'job-1', bookIds: [book.id] });
    expect(result?.path).toBe(join(app.userDataDir, 'out.pdf'));
    expect(app.dialogCalls[0]).toMatchObject({
      title: 'Export book as PDF',
      defaultPath: expect.stringMatching(/\.pdf$/),
    });
    const bytes = new Uint8Array(readFileSync(result!.path));
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const read = await readPdf(bytes);
    expect(read.pages).toHaveLength(result!.pages);
    expect(read.pages[0]!.text).toMatch(/UNCLASSIFIED/);
    expect(app.opened).toEqual([result!.path]);
    expect(app.progress.every((p) => p.jobId === 'job-1')).toBe(true);
    expect(app.progress.some((p) => p.phase === 'render')).toBe(true);
    expect(app.progress.at(-1)).toEqual({ jobId: 'job-1', phase: 'done', fraction: 1 });
  });

  it('export:cancel terminates the worker: cancelled, no file written', async () => {
    const app = start();
    await app.value('books:save', { book: makeBook({ id: 'big' }, 100) });
    app.nextDialogAnswer = 'cancelled.pdf';
    const running = app.call('export:pdf', { jobId: 'job-c', bookIds: ['big'], open: false });
    while (app.progress.length === 0) await new Promise((r) => setTimeout(r, 5));
    await app.value('export:cancel', { jobId: 'job-c' });
    const result = await running;
    expect(!result.ok && result.error.code).toBe('cancelled');
    expect(existsSync(join(app.userDataDir, 'cancelled.pdf'))).toBe(false);
    expect(readdirSync(app.userDataDir).filter((n) => n.includes('cancelled'))).toEqual([]);
  });

  it('returns null when the save dialog is cancelled, rendering nothing', async () => {
    const app = start();
    await app.value('books:save', { book: makeBook() });
    app.nextDialogAnswer = null;
    expect(await app.value('export:pdf', { jobId: 'j', bookIds: ['book-1'] })).toBeNull();
    expect(app.progress).toEqual([]);
  });

  it('refuses unmarked portions before asking for a file', async () => {
    const app = start();
    const book = makeBook();
    const unmarked = { type: 'paragraph', children: [{ type: 'text', text: 'No mark here.' }] };
    book.tabs[0]!.content.root.children.push(unmarked);
    await app.value('books:save', { book });
    const result = await app.call('export:pdf', { jobId: 'j', bookIds: ['book-1'] });
    expect(!result.ok && result.error.code).toBe('unmarked-portions');
    expect(!result.ok && result.error.message).toMatch(/No mark here/);
    expect(app.dialogCalls).toEqual([]);
  });

  it('refuses classified markings in any export, and a final export of a draft, before asking for a file', async () => {
    const app = start();
    // The store refuses a classified title outright; a marking split across formatted runs gets
    // past the store's string-by-string check, and export refuses it.
    const spill = makeBook({ title: 'TOP SECRET//NOFORN Japan dialogue' });
    const saved = await app.call('books:save', { book: spill });
    expect(!saved.ok && saved.error.message).toMatch(/classification marking "TOP SECRET/);
    const para = makeBook({ id: 'book-2' });
    para.tabs[0]!.content.root.children[0]!.children = [
      { type: 'text', text: '(S', format: 1 },
      { type: 'text', text: '//REL TO USA) A spilled line.', format: 0 },
    ];
    await app.value('books:save', { book: para });
    const refused = await app.call('export:pdf', { jobId: 'j2', bookIds: ['book-2'] });
    expect(!refused.ok && refused.error.message).toMatch(
      /classification marking.*\(S\/\/REL TO USA\)/,
    );
    const draft = makeBook({ id: 'book-3' });
    draft.tabs[0]!.content.root.children[0]!.children![0]!.text = 'Meet at [Drafter: time].';
    await app.value('books:save', { book: draft });
    const final = await app.call('export:pdf', { jobId: 'j3', bookIds: ['book-3'], final: true });
    expect(!final.ok && final.error.message).toMatch(
      /Not ready for a final export.*Placeholder left: \[Drafter: time\].*Clearance is not complete/,
    );
    expect(app.dialogCalls).toEqual([]);
    // The same draft exports as a draft (the gate is not simply closed).
    app.nextDialogAnswer = 'draft.pdf';
    const drafted = await app.call('export:pdf', { jobId: 'j5', bookIds: ['book-3'] });
    expect(drafted.ok).toBe(true);
  });

  it('reports a missing book as not-found', async () => {
    const app = start();
    const result = await app.call('export:pdf', { jobId: 'j', bookIds: ['ghost'] });
    expect(!result.ok && result.error.code).toBe('not-found');
  });
});

describe('export:pageCounts in the worker', () => {
  it("brings each tab's pages back from the worker, and a newer request stops the older one", async () => {
    const app = start();
    await app.value('books:save', { book: makeBook({}, 8) });
    const older = app.call('export:pageCounts', { bookId: 'book-1' });
    const newer = await app.value('export:pageCounts', { bookId: 'book-1' });
    const stale = await older;
    expect(!stale.ok && stale.error.code).toBe('cancelled');
    expect(newer.tabs.map((t) => t.tabId)).toEqual(['tab-1', 'tab-2']);
    expect(newer.tabs[0]!.pages).toBeGreaterThan(1);
    expect(newer.pages).toBe(2 + newer.tabs[0]!.pages + newer.tabs[1]!.pages);
  });

  it('renders one request after another in the same warm worker, with the same answer', async () => {
    const runner = createWorkerExportRunner(workerPath);
    const app = startApp({ exportRunner: runner });
    try {
      await app.value('books:save', { book: makeBook({}, 8) });
      const first = await app.value('export:pageCounts', { bookId: 'book-1' });
      const second = await app.value('export:pageCounts', { bookId: 'book-1' });
      expect(second).toEqual(first);
      expect(first.tabs[0]!.pages).toBeGreaterThan(1);
      expect(runner.workersStarted).toBe(1);
    } finally {
      await runner.close();
    }
  });
});

describe('worker runner failures', () => {
  it('a worker that dies is an internal error, not a hang', async () => {
    const dying = join(workDir, 'dying.cjs');
    writeFileSync(dying, 'process.exit(3);\n');
    const runner = createWorkerExportRunner(dying);
    const attempt = runner.render(
      { books: [makeBook()], framework: {} as never },
      { onProgress: () => undefined, signal: new AbortController().signal },
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/exit code 3/),
    });
  });

  it('keeps known error codes from the worker and maps unknown ones to internal', () => {
    expect(failureFromWorker('unsupported-script', 'RTL')).toMatchObject({
      code: 'unsupported-script',
      message: 'RTL',
    });
    expect(failureFromWorker('EACCES', 'denied')).toMatchObject({
      code: 'internal',
      message: 'The PDF export failed: denied',
    });
  });
});
