// E2E: the app's own screens draw Arabic, Hebrew, Thai, Devanagari and CJK with the bundled Noto fonts (no empty boxes on a bare system).
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';

const app = useApp();

const SAMPLES = [
  // No spaces: a space is outside the fonts' unicode-range and measures in the next font.
  ['Bundled Noto Sans Arabic', 'عبداللهپاکستان'],
  ['Bundled Noto Sans Hebrew', 'דודכהן'],
  ['Bundled Noto Sans Thai', 'สมชายน้ำ'],
  ['Bundled Noto Sans Devanagari', 'नरेन्द्र'],
  ['Bundled Noto Sans JP', 'やまだたろう'],
  ['Bundled Noto Sans KR', '김민준'],
  // Simplified characters the Japanese font lacks fall through to the SC font.
  ['Bundled Noto Sans SC', '张伟'],
] as const;

describe('script fonts in the app', () => {
  it('types Arabic, Hebrew, Thai, Devanagari, Japanese, Korean and Chinese names and draws them with the bundled fonts', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New book', exact: true }).first().click();
    await page.getByRole('heading', { name: 'New briefing book' }).waitFor();
    const field = page.getByLabel('Counterpart name in native script');
    await field.fill(SAMPLES.map(([, text]) => text).join(' '));
    const result = await field.evaluate(async (input, samples) => {
      await document.fonts.ready;
      const style = getComputedStyle(input);
      const faces: FontFace[] = [];
      document.fonts.forEach((f) => faces.push(f));
      const ctx = document.createElement('canvas').getContext('2d')!;
      const width = (family: string, text: string) => {
        ctx.font = `${style.fontSize} ${family}`;
        return ctx.measureText(text).width;
      };
      return samples.map(([family, text]) => ({
        family,
        // Loaded only because text in its unicode-range was drawn.
        status: faces.find((f) => f.family.replace(/"/g, '') === family)?.status,
        // The field's own font stack measures exactly like the bundled font alone.
        same: width(style.fontFamily, text) === width(`"${family}"`, text),
      }));
    }, SAMPLES);
    expect(result).toEqual(SAMPLES.map(([family]) => ({ family, status: 'loaded', same: true })));
    await screenshot(page, 'native-scripts');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('made no network request', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
