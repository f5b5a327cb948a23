// Replaces pdfkit's per-operator Buffer allocation in content streams with one string per stream: the same bytes, less time and memory.
import * as pdfDocumentModule from 'pdfmake/js/PDFDocument';

/**
 * Why: pdfkit's PDFReference.write turned every content operator (about eight per word drawn: BT,
 * Tm, Tf, TJ, ET, q, cm, Q) into its own small Buffer, kept until the page ended. A CPU profile of a
 * 500-page export put about a tenth of the time in those Buffer.from calls, and the tiny Buffers
 * (each pinning a slice of an 8 KB pool) were a large part of the RSS growth while pages were drawn.
 * Here consecutive string writes are appended to one pending string (V8 joins them as a rope) and
 * turned into bytes once, with the same 'binary' (latin1) encoding, when a Uint8Array chunk
 * arrives or the stream is finalized. `data.Length` is kept as pdfkit keeps it (one byte per char).
 * test/node/pdf/fastContent.test.ts checks that a document's bytes are unchanged.
 */

interface Ref {
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  /** Strings written since the last byte chunk, each with its newline. */
  pending?: string;
}
export interface RefProto extends Record<string | symbol, unknown> {
  write(this: Ref, chunk: unknown): void;
  finalize(this: Ref): void;
}

/** Where the install keeps pdfkit's own methods (tests compare the output of both). */
export const ORIGINALS = Symbol.for('briefing-book-builder.fastContent');

/** pdfkit's own PDFReference methods. */
export interface ReferenceMethods {
  write: RefProto['write'];
  finalize: RefProto['finalize'];
}

type DocCtor = new (...args: unknown[]) => { ref(data?: unknown): object };

/** pdfmake's PDFDocument class (esbuild and Node ESM expose a CJS default export differently). */
export function documentClass(): DocCtor {
  const d = (pdfDocumentModule as unknown as { default: DocCtor | { default: DocCtor } }).default;
  return typeof d === 'function' ? d : d.default;
}

/** pdfkit's PDFReference prototype, taken from a throwaway document (pdfkit does not export it). */
export function referencePrototype(): RefProto {
  const Doc = documentClass();
  const probe = new Doc({}, {}, {}, {}, { autoFirstPage: false });
  return Object.getPrototypeOf(probe.ref()) as RefProto;
}

function flush(ref: Ref): void {
  if (ref.pending === undefined) return;
  ref.buffer.push(Buffer.from(ref.pending, 'binary'));
  ref.pending = undefined;
}

/** Installs the string-batching write (idempotent). */
export function installFastContent(): void {
  const proto = referencePrototype();
  if (proto[ORIGINALS]) return;
  const { write, finalize } = proto;
  proto.write = function (this: Ref, chunk: unknown): void {
    if (chunk instanceof Uint8Array) {
      flush(this);
      write.call(this, chunk);
      return;
    }
    const text = `${String(chunk)}\n`;
    this.pending = this.pending === undefined ? text : this.pending + text;
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function (this: Ref): void {
    flush(this);
    finalize.call(this);
  };
  proto[ORIGINALS] = { write, finalize } satisfies ReferenceMethods;
}
