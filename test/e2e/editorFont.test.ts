// E2E: the editor's page text (body and headings) is drawn with the PDF's own bundled Roboto files, served with the renderer.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE } from '../../core/pdf/styles';
import { FONT_FAMILIES, FONT_SOURCES } from '../../node/pdf/fonts';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { rendererDist, repoRoot } from './harness/buildRenderer';
import { openBook, SEED } from './editorHelpers';

const app = useApp({ seedBooks: [SEED], viewport: { width: 1440, height: 960 } });

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The bytes of the PDF's file for a style of its body font (what pdfmake embeds). */
function pdfFontFile(style: 'normal' | 'bold'): Buffer {
  const file = FONT_FAMILIES[DEFAULT_STYLE.font as 'Roboto'][style];
  const req = createRequire(path.join(repoRoot, 'package.json'));
  return readFileSync(req.resolve(FONT_SOURCES[file]!));
}

describe('editor typography', () => {
  it('ships the PDF body font files with the renderer, byte for byte', () => {
    const assets = readdirSync(path.join(rendererDist, 'assets'));
    const served = (stem: string) => {
      const name = assets.find((a) => a.startsWith(`${stem}-`) && a.endsWith('.ttf'));
      if (!name) throw new Error(`${stem} is not among the renderer's assets`);
      return readFileSync(path.join(rendererDist, 'assets', name));
    };
    expect(sha(served('Roboto-Regular'))).toBe(sha(pdfFontFile('normal')));
    // pdfmake's "bold" is Roboto Medium: headings and bold text use that file in the editor too.
    expect(sha(served('Roboto-Medium'))).toBe(sha(pdfFontFile('bold')));
  });

  it('draws body text and headings in the bundled Roboto, not a system font', async () => {
    const { page } = app;
    await openBook(page, app.seeded[0]!.title);
    const content = page.locator('.bbe-content');
    await content.locator('p').first().waitFor();
    const heading = content.locator('h1, h2, h3').first();
    await heading.waitFor();
    const result = await content.evaluate(async (root) => {
      await document.fonts.ready;
      const ctx = document.createElement('canvas').getContext('2d')!;
      const sample = 'Bilateral Space Dialogue: points to make';
      const measure = (el: Element) => {
        const style = getComputedStyle(el);
        const width = (family: string) => {
          ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${family}`;
          return ctx.measureText(sample).width;
        };
        return {
          family: style.fontFamily,
          // The element's own stack measures exactly as the bundled face alone, and unlike the system's.
          sameAsBundled: width(style.fontFamily) === width('"Bundled Roboto"'),
          unlikeSerif: width(style.fontFamily) !== width('serif'),
          unlikeSans: width(style.fontFamily) !== width('sans-serif'),
        };
      };
      const faces: Array<{ weight: string; status: string }> = [];
      document.fonts.forEach((f) => {
        if (f.family.replace(/"/g, '') === 'Bundled Roboto' && f.style === 'normal')
          faces.push({ weight: f.weight, status: f.status });
      });
      return {
        body: measure(root.querySelector('p')!),
        heading: measure(root.querySelector('h1, h2, h3')!),
        faces,
      };
    });
    expect(result.body.family).toContain('"Bundled Roboto"');
    expect(result.body).toMatchObject({ sameAsBundled: true, unlikeSerif: true, unlikeSans: true });
    expect(result.heading).toMatchObject({
      sameAsBundled: true,
      unlikeSerif: true,
      unlikeSans: true,
    });
    // Regular (body) and Medium (headings) were loaded because they were drawn.
    expect(result.faces).toEqual(
      expect.arrayContaining([
        { weight: '400', status: 'loaded' },
        { weight: '500 700', status: 'loaded' },
      ]),
    );
    // The app's chrome keeps the system UI font.
    const chrome = await page
      .locator('.bbe-toolbar')
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(chrome).not.toContain('Bundled Roboto');
    await screenshot(page, 'editor-font');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('made no network request', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
