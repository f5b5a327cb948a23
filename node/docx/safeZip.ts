// A strict zip reader for returned Word files: caps on the file, the entry count, each entry and the total
// uncompressed size (checked while inflating, so a lying directory or a zip bomb stops early).
import { Inflate } from 'fflate';
import { AppFailure } from '../../core/ipc/result';

export const ZIP_LIMITS = {
  /** The .docx file itself. */
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 2000,
  /** One part, uncompressed (document.xml of a long book is a few MB). */
  maxEntryBytes: 16 * 1024 * 1024,
  /** All parts read, uncompressed. */
  maxTotalBytes: 48 * 1024 * 1024,
} as const;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const fail = (fileName: string, message: string): never => {
  throw new AppFailure('validation', `${fileName}: ${message}`);
};

/** The central directory: every entry's name, sizes and where its data starts. */
function directory(bytes: Uint8Array, fileName: string): Entry[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notZip = 'is not a Word document (.docx): it is not a zip file';
  if (bytes.length < 22 || dv.getUint32(0, true) !== 0x04034b50) fail(fileName, notZip);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail(fileName, `${notZip} (no zip directory found)`);
  const count = dv.getUint16(eocd + 10, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (dv.getUint16(eocd + 4, true) !== 0 || cdOffset === 0xffffffff || count === 0xffff)
    fail(fileName, 'uses a multi-part or ZIP64 archive, which a Word document never needs');
  if (count > ZIP_LIMITS.maxEntries)
    fail(
      fileName,
      `holds ${count} parts; a Word document this app reads has at most ${ZIP_LIMITS.maxEntries}`,
    );
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50)
      fail(fileName, 'has a damaged zip directory');
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const name = new TextDecoder('utf-8', { fatal: false }).decode(
      bytes.subarray(p + 46, p + 46 + nameLen),
    );
    entries.push({
      name,
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates one entry in slices, stopping as soon as it passes `cap` bytes. */
function inflateCapped(data: Uint8Array, cap: number, onTooBig: () => never): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) onTooBig();
    chunks.push(chunk);
  });
  const SLICE = 16 * 1024;
  for (let i = 0; i < data.length; i += SLICE)
    inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** A zip opened for reading named parts under the caps; `read` returns undefined for a missing part. */
export interface SafeZip {
  names: string[];
  read(name: string): Uint8Array | undefined;
}

/**
 * Opens `bytes` as a zip. Refuses (AppFailure 'validation', naming the file and the part) a file over
 * the size cap, a non-zip, encrypted or unusually compressed parts, and any part or total that inflates
 * past its cap or differs from the size its directory declares.
 */
export function openSafeZip(bytes: Uint8Array, fileName: string): SafeZip {
  if (bytes.length > ZIP_LIMITS.maxFileBytes)
    fail(
      fileName,
      `is ${bytes.length} bytes; a returned Word document may be at most ${ZIP_LIMITS.maxFileBytes} bytes`,
    );
  const entries = directory(bytes, fileName);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let totalRead = 0;
  return {
    names: entries.map((e) => e.name),
    read(name) {
      const e = byName.get(name);
      if (!e) return undefined;
      const part = `part "${name.slice(0, 80)}"`;
      if (e.flags & 1) fail(fileName, `${part} is encrypted`);
      if (e.size > ZIP_LIMITS.maxEntryBytes)
        fail(
          fileName,
          `${part} is ${e.size} bytes uncompressed; the cap is ${ZIP_LIMITS.maxEntryBytes}`,
        );
      const cap = Math.min(ZIP_LIMITS.maxEntryBytes, ZIP_LIMITS.maxTotalBytes - totalRead);
      const lh = e.localOffset;
      if (lh + 30 > bytes.length || dv.getUint32(lh, true) !== 0x04034b50)
        fail(fileName, `${part} points outside the file`);
      const start = lh + 30 + dv.getUint16(lh + 26, true) + dv.getUint16(lh + 28, true);
      const end = start + e.compressedSize;
      if (end > bytes.length) fail(fileName, `${part} runs past the end of the file`);
      const raw = bytes.subarray(start, end);
      const tooBig = (): never =>
        fail(
          fileName,
          ZIP_LIMITS.maxTotalBytes - totalRead < ZIP_LIMITS.maxEntryBytes
            ? `inflates past ${ZIP_LIMITS.maxTotalBytes} bytes in all (a zip bomb?) at ${part}`
            : `${part} inflates past ${cap} bytes (a zip bomb?)`,
        );
      let out: Uint8Array;
      if (e.method === 0) {
        if (raw.length > cap) tooBig();
        out = raw;
      } else if (e.method === 8) {
        try {
          out = inflateCapped(raw, cap, tooBig);
        } catch (error) {
          if (error instanceof AppFailure) throw error;
          return fail(fileName, `${part} is damaged (${(error as Error).message})`);
        }
      } else return fail(fileName, `${part} uses compression method ${e.method}, not deflate`);
      if (out.length !== e.size)
        fail(fileName, `${part} inflates to ${out.length} bytes but its directory says ${e.size}`);
      totalRead += out.length;
      return out;
    },
  };
}
