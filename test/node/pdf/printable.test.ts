// fonts:check's printProblem: names what the PDF cannot print, and agrees with the export's own refusals on every sample.
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../core/ipc/result';
import { printProblem } from '../../../node/pdf/printable';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { testFontsDir } from './testFonts';

const fontsDir = testFontsDir();

/** What a real export of a book whose counterpart has this native name does: printed, or the refusal's code. */
async function exportOutcome(nativeName: string): Promise<string> {
  const book = bilateralBook();
  book.meeting = { ...book.meeting, counterpart: { name: 'Counterpart', nativeName } };
  try {
    await renderPdf({ books: [book], framework: fixtureFramework() }, { fontsDir });
    return 'printed';
  } catch (e) {
    if (e instanceof AppFailure) return e.code;
    throw e;
  }
}

describe('printProblem', () => {
  it('names the kind of character: emoji, a script, a bidi control', () => {
    expect(printProblem('Sato 😀', fontsDir)?.message).toBe(
      'Emoji can\'t be printed yet ("😀", U+1F600): export would refuse this text.',
    );
    expect(printProblem('ሰላም', fontsDir)?.kind).toBe('Ethiopic script');
    expect(printProblem('ܫܠܡܐ', fontsDir)?.kind).toBe('Syriac script');
    expect(printProblem('ގ', fontsDir)?.kind).toBe('Thaana script');
    expect(printProblem('abc\u202Edef', fontsDir)?.message).toBe(
      "Bidirectional control characters can't be printed (U+202E): export would refuse this text.",
    );
    expect(printProblem('ქართული', fontsDir)?.kind).toBe('Georgian script');
  });

  it('passes what the bundled fonts print: Latin, Cyrillic, Arabic, Persian, Hebrew, Thai, Devanagari, CJK', () => {
    for (const text of [
      'Müller',
      'Иванов',
      'عبدالله',
      'پاکستان',
      'דוד כהן',
      'สมชาย',
      'नमस्ते',
      '佐藤 花子',
      '김민수',
    ]) {
      expect(printProblem(text, fontsDir), text).toBeNull();
    }
  });

  it('warns exactly when the export refuses the text', async () => {
    for (const text of ['Sato 😀', 'ሰላም', 'abc\u202Edef', 'عبدالله', 'สมชาย', '佐藤 花子']) {
      const warned = printProblem(text, fontsDir) !== null;
      expect(await exportOutcome(text), text).toBe(warned ? 'unsupported-script' : 'printed');
    }
  });
});
