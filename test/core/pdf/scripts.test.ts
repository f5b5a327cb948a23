// Script detection: runs per bundled font, CJK font choice, RTL and unsupported scripts found.
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

describe('findUnsupportedScript', () => {
  it('names right-to-left scripts and uncovered scripts, and passes printable text', () => {
    expect(findUnsupportedScript('Ahmed أحمد')).toBe('Arabic (right-to-left) text');
    expect(findUnsupportedScript('שלום')).toBe('Hebrew (right-to-left) text');
    expect(findUnsupportedScript('a\u202Eb')).toMatch(/^right-to-left text/);
    expect(findUnsupportedScript('สมชาย')).toMatch(/U\+0E2A/);
    expect(findUnsupportedScript('Иван रवि 王伟 김민준 Νίκος café')).toBeNull();
  });
});
