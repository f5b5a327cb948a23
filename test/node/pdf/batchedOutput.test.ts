// The batched document output (node/pdf/batchedOutput.ts) changes no byte of an export, and really batches.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CHUNK_BYTES,
  installBatchedOutput,
  ORIGINAL_OUTPUT,
  outputPrototype,
  type OutputMethods,
} from '../../../node/pdf/batchedOutput';
import { documentClass } from '../../../node/pdf/fastContent';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { fixtureFramework } from '../../fixtures/books/framework';
import { generatedBook } from '../../fixtures/books/generated';
import { readPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

installBatchedOutput();
const proto = outputPrototype();
const batched: OutputMethods = { _write: proto._write, _read: proto._read, push: proto.push };
const original = proto[ORIGINAL_OUTPUT] as OutputMethods;

function use(methods: OutputMethods): void {
  proto._write = methods._write;
  proto._read = methods._read;
  proto.push = methods.push;
}

async function exportWith(methods: OutputMethods): Promise<Uint8Array> {
  use(methods);
  try {
    const book = generatedBook(30, 'batched-output');
    const out = await renderPdf(
      { books: [book], framework: fixtureFramework() },
      // reuse off: each export must lay out and draw with the engine under test
      { fontsDir: testFontsDir(), reuse: false },
    );
    return out.bytes;
  } finally {
    use(batched);
  }
}

/** Writes lines and a byte chunk straight to a pdfkit document, then ends its stream. */
async function writeDirect(
  methods: OutputMethods,
): Promise<{ bytes: Buffer; chunks: number; offset: number }> {
  use(methods);
  try {
    const Doc = documentClass();
    const pdf = new Doc(
      {},
      {},
      {},
      {},
      { autoFirstPage: false },
    ) as unknown as NodeJS.ReadableStream & {
      _write(data: unknown): void;
      push(chunk: null): boolean;
      _offset: number;
    };
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => pdf.on('end', resolve));
    const start = pdf._offset;
    for (let i = 0; i < 3000; i++) {
      pdf._write(`${i} 0 obj <</Type /Caf\xe9 /N ${i * 1.5}>> endobj`);
      if (i === 1500) pdf._write(Buffer.from([0xff, 0x00, 0x0a, 0x41]));
    }
    const offset = pdf._offset - start;
    pdf.push(null);
    await ended;
    return { bytes: Buffer.concat(chunks), chunks: chunks.length, offset };
  } finally {
    use(batched);
  }
}

beforeAll(() => {
  // One clock for both exports: pdfkit puts the creation time in the Info dictionary and the file ID.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-01T12:00:00Z') });
});
afterAll(() => vi.useRealTimers());

describe('batched document output', () => {
  it('installs over pdfkit own methods, so the comparisons compare two different outputs', () => {
    expect(original._write).not.toBe(batched._write);
    expect(original._read).not.toBe(batched._read);
    expect(original.push).not.toBe(batched.push);
  });

  it('writes the same bytes and xref offsets, in a few large chunks instead of one per line', async () => {
    const slow = await writeDirect(original);
    const quick = await writeDirect(batched);
    expect(slow.chunks).toBeGreaterThanOrEqual(3001); // plus the header pdfkit writes first
    expect(quick.bytes.equals(slow.bytes)).toBe(true);
    expect(quick.offset).toBe(slow.offset);
    expect(quick.bytes.length - quick.offset).toBe(slow.bytes.length - slow.offset);
    expect(quick.chunks).toBeLessThanOrEqual(Math.ceil(slow.bytes.length / CHUNK_BYTES) + 1);
    expect(quick.bytes.toString('latin1')).toContain(
      '/Caf\xe9 /N 2250>> endobj\n\xff\x00\nA1501 0 obj',
    );
  });

  it('exports the same file, byte for byte', async () => {
    // (An encrypted export is not compared: its keys and salts are random by design.)
    const slow = await exportWith(original);
    const quick = await exportWith(batched);
    expect(quick.length).toBe(slow.length);
    expect(Buffer.from(quick).equals(Buffer.from(slow))).toBe(true);
    const text = (await readPdf(quick)).pages.map((p) => p.text).join('\n');
    expect(text).toContain('Background part');
  });
});
