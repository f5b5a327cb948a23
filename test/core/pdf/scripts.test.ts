// Script detection: runs per bundled font, CJK font choice, RTL islands in visual order, Thai words, unsupported scripts.
import { describe, expect, it } from 'vitest';
import { cjkFontFor, findUnsupportedScript, splitByScript } from '../../../core/pdf/scripts';

describe('splitByScript', () => {
  it('keeps ASCII and Latin/Cyrillic/Greek in Roboto, one run', () => {
    expect(splitByScript('Ivan (Иван, Ιβάν)')).toEqual([
      { text: 'Ivan (Иван, Ιβάν)', font: 'Roboto' },
    ]);
  });

  it('splits Devanagari and CJK into their fonts, keeping combining marks with their base', () => {
    expect(splitByScript('Ravi (रवि)')).toEqual([
      { text: 'Ravi (', font: 'Roboto' },
      { text: 'रवि', font: 'NotoDevanagari' },
      { text: ')', font: 'Roboto' },
    ]);
    expect(splitByScript('Wang 王伟', 'CN').map((r) => r.font)).toEqual(['Roboto', 'NotoSC']);
  });

  it('picks the Japanese or Korean font from kana, hangul or the meeting country', () => {
    expect(cjkFontFor('山田たろう')).toBe('NotoJP');
    expect(cjkFontFor('김민준')).toBe('NotoKR');
    expect(cjkFontFor('山田', 'JP')).toBe('NotoJP');
    expect(cjkFontFor('王伟', 'CN')).toBe('NotoSC');
  });
});

const NBSP = '\u00a0';

describe('splitByScript: right-to-left islands', () => {
  it('gives an Arabic name in a Latin line its own unbreakable run, logical order kept for fontkit', () => {
    expect(splitByScript('Dr. عبدالله bin Ali')).toEqual([
      { text: 'Dr. ', font: 'Roboto' },
      { text: 'عبدالله', font: 'NotoArabic', logical: 'عبدالله', noWrap: true, island: 0 },
      { text: ' bin Ali', font: 'Roboto' },
    ]);
  });

  it('orders a right-to-left island by the bidi algorithm: numbers left of the words, brackets mirrored', () => {
    // Visual order is "2024 (أبو خالد) عبدالله": the number piece first; fontkit reverses the Arabic piece itself.
    expect(splitByScript('عبدالله (أبو خالد) 2024')).toEqual([
      { text: '2024', font: 'Roboto', noWrap: true, island: 0 }, // LTR, drawn as typed: no ActualText
      {
        text: `عبدالله${NBSP})أبو${NBSP}خالد(${NBSP}`,
        font: 'NotoArabic',
        logical: 'عبدالله (أبو خالد) ',
        noWrap: true,
        island: 0,
      },
    ]);
  });

  it('pre-reverses Arabic-Indic digits, which fontkit would otherwise reverse as Arabic script', () => {
    const runs = splitByScript('ب ١٢٣ ج');
    expect(runs.map((r) => [r.text, r.logical])).toEqual([
      [`${NBSP}ج`, ' ج'],
      ['٣٢١', '١٢٣'],
      [`ب${NBSP}`, 'ب '],
    ]);
  });

  it('numbers separate islands and keeps punctuation between Hebrew words in the Hebrew run', () => {
    const runs = splitByScript('Say שלום, דוד and مرحبا');
    expect(runs.map((r) => [r.text, r.font, r.island])).toEqual([
      ['Say ', 'Roboto', undefined],
      [`שלום,${NBSP}דוד`, 'NotoHebrew', 0],
      [' and ', 'Roboto', undefined],
      ['مرحبا', 'NotoArabic', 1],
    ]);
  });

  it('takes a right-to-left base direction from the first strong character: the whole line is one island', () => {
    const runs = splitByScript('שלום! and مرحبا');
    expect(new Set(runs.map((r) => r.island))).toEqual(new Set([0]));
    expect(runs.map((r) => r.logical ?? r.text)).toEqual(['مرحبا', ' ', 'and', 'שלום! ']);
  });

  it('reverses a neutral-only odd-level piece itself (fontkit would not)', () => {
    // "، -" between Arabic and Arabic-Indic digits is R-level but has no Arabic letter in its piece.
    const runs = splitByScript('أ ١ - ٢ ب');
    expect(runs.map((r) => r.logical).join('|')).toBe(' ب|٢| - |١|أ ');
    expect(runs.find((r) => r.logical === ' - ')?.text).toBe(`${NBSP}-${NBSP}`);
  });
});

describe('splitByScript: Thai', () => {
  it('makes each Thai word an unbreakable run and draws SARA AM as NIKHAHIT before the tone mark', () => {
    expect(splitByScript('สมชาย น้ำ')).toEqual([
      { text: 'สมชาย', font: 'NotoThai', noWrap: true },
      { text: ' ', font: 'Roboto' },
      { text: 'น\u0E4D\u0E49\u0E32', font: 'NotoThai', noWrap: true, logical: 'น้ำ' },
    ]);
  });
});

describe('findUnsupportedScript', () => {
  it('passes Arabic, Persian, Urdu, Hebrew and Thai; refuses other RTL scripts and bidi controls', () => {
    for (const ok of [
      'Ahmed أحمد',
      'محمدرضا',
      'عمران خان ے',
      'שלום',
      'สมชาย',
      'Иван रवि 王伟 김민준 Νίκος café',
    ])
      expect(findUnsupportedScript(ok)).toBeNull();
    expect(findUnsupportedScript('ܫܠܡܐ')).toBe('Syriac (right-to-left) text');
    expect(findUnsupportedScript('a\u202Eb')).toMatch(/bidirectional control character/);
    expect(findUnsupportedScript('a\u200Fb')).toMatch(/bidirectional control character/);
    expect(findUnsupportedScript('ᚠᚢᚦ')).toMatch(/U\+16A0/);
  });
});
