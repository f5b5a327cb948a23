// The CLI end to end with Arabic, Persian, Hebrew and Thai names: `brief new` then `brief export`, name read back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actualTexts } from '../fixtures/pdfActualText';
import { pdfPages } from '../fixtures/pdfPages';
import { brief, buildCli } from './run';

let dir: string;
beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'brief-scripts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES = [
  ['Arabic', 'SA', 'Riyadh', 'Abdullah Al-Saud', 'عبدالله'],
  ['Persian', 'IR', 'Tehran', 'Mohammad Reza Karimi', 'محمدرضا کریمی'],
  ['Hebrew', 'IL', 'Jerusalem', 'David Cohen', 'דוד כהן'],
  ['Thai', 'TH', 'Bangkok', 'Somchai Jaidee', 'สมชาย ใจดี'],
] as const;

describe('brief new + export with native-script names', () => {
  it.each(CASES)(
    'exports a book whose counterpart is named in %s',
    async (_s, country, city, latin, name) => {
      const book = `${country}.json`;
      const made = brief(
        [
          'new',
          '--template',
          'bilateral-space-dialogue',
          '--country',
          country,
          '--date',
          '2026-05-04',
        ]
          .concat(['--city', city, '--counterpart', latin, '--counterpart-native', name])
          .concat(['--out', book]),
        dir,
      );
      expect(made.code, made.stderr).toBe(0);
      const r = brief(['export', book, '--out', `${country}.pdf`], dir);
      expect(r.code, r.stderr).toBe(0);
      const bytes = readFileSync(join(dir, `${country}.pdf`));
      // Right-to-left names are drawn as glyphs in visual order with the logical name as ActualText
      // (one span per name); each Thai word is a span too (SARA AM is drawn decomposed).
      const spans = actualTexts(bytes);
      if (country === 'TH') for (const word of name.split(' ')) expect(spans).toContain(word);
      else expect(spans).toContain(name);
      // pdfjs ignores ActualText and reorders the glyphs itself; Arabic dots drawn as separate glyphs
      // have no Unicode mapping and come out as control characters (dropped here), spacing varies.
      const squash = (s: string) => s.replace(/[\p{Cc}\s]/gu, '');
      const cover = squash((await pdfPages(bytes))[0]!);
      expect(cover).toContain(squash(`Counterpart ${latin} (`));
      expect(cover).toContain(squash(name));
    },
  );
});
