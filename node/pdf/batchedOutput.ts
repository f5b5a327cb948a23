// Batches pdfkit's document output into 64 KB chunks instead of one small Buffer per object line: the same bytes, a fraction of the chunk objects.
import { documentClass } from './fastContent';

/**
 * Why: pdfkit's PDFDocument._write pushes every line it writes (object header, dictionary,
 * `endobj`, each xref entry ...) as its own Buffer onto the document's Readable queue. Nothing reads
 * that queue until the export ends, so a 500-page tagged export held about 140,000 small Buffers,
 * each a JS object plus a queue entry, right when the final PDF is assembled (the peak of the
 * export's memory). Here consecutive strings join into one latin1 string (pdfkit's 'binary') and
 * are pushed as one chunk of at least CHUNK_BYTES; `_offset` (the xref positions) still advances
 * per write, exactly as before. Whatever is pending is pushed when a consumer reads (`_read`) and
 * before the end of the stream, so a reader never waits on a partial batch.
 * test/node/pdf/batchedOutput.test.ts checks that an export's bytes are unchanged.
 */

/** Pushed once at least this many bytes are pending. */
export const CHUNK_BYTES = 64 * 1024;

interface Pending {
  /** Strings written since the last byte piece, each with its newline. */
  text: string;
  pieces: Uint8Array[];
  bytes: number;
}

interface DocThis {
  _offset: number;
  push(chunk: Uint8Array | null): boolean;
}

export interface DocProto extends Record<string | symbol, unknown> {
  _write(this: DocThis, data: unknown): void;
  _read(this: DocThis, size: number): void;
  push(this: DocThis, chunk: Uint8Array | null): boolean;
}

/** Where the install keeps pdfkit's own methods (tests compare the output of both). */
export const ORIGINAL_OUTPUT = Symbol.for('briefing-book-builder.batchedOutput');

export interface OutputMethods {
  _write: DocProto['_write'];
  _read: DocProto['_read'];
  push: DocProto['push'];
}

/** The pdfkit prototype that defines `_write` (pdfmake's PDFDocument extends pdfkit's). */
export function outputPrototype(): DocProto {
  let proto = documentClass().prototype as DocProto;
  while (!Object.prototype.hasOwnProperty.call(proto, '_write')) {
    proto = Object.getPrototypeOf(proto) as DocProto;
  }
  return proto;
}

const pending = new WeakMap<object, Pending>();

/** Pushes what is pending as one chunk, through pdfkit's own push. */
function flush(doc: DocThis, push: DocProto['push']): void {
  const p = pending.get(doc);
  if (!p || p.bytes === 0) return;
  if (p.text) p.pieces.push(Buffer.from(p.text, 'binary'));
  const chunk = p.pieces.length === 1 ? p.pieces[0]! : Buffer.concat(p.pieces, p.bytes);
  pending.set(doc, { text: '', pieces: [], bytes: 0 });
  push.call(doc, chunk);
}

/** Installs the batching output (idempotent). */
export function installBatchedOutput(): void {
  const proto = outputPrototype();
  if (proto[ORIGINAL_OUTPUT]) return;
  const { _write, _read, push } = proto;
  proto._write = function (this: DocThis, data: unknown): void {
    let p = pending.get(this);
    if (!p) pending.set(this, (p = { text: '', pieces: [], bytes: 0 }));
    if (Buffer.isBuffer(data)) {
      if (p.text) p.pieces.push(Buffer.from(p.text, 'binary'));
      p.text = '';
      p.pieces.push(data);
      p.bytes += data.length;
      this._offset += data.length;
    } else {
      // Same conversion as pdfkit: `${data}\n` in latin1, one byte per char.
      const line = `${String(data)}\n`;
      p.text += line;
      p.bytes += line.length;
      this._offset += line.length;
    }
    if (p.bytes >= CHUNK_BYTES) flush(this, push);
  };
  proto._read = function (this: DocThis, size: number): void {
    flush(this, push);
    _read.call(this, size);
  };
  proto.push = function (this: DocThis, chunk: Uint8Array | null): boolean {
    if (chunk === null) flush(this, push);
    return push.call(this, chunk);
  };
  proto[ORIGINAL_OUTPUT] = { _write, _read, push } satisfies OutputMethods;
}
