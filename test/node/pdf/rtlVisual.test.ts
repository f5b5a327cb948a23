// Arabic, Persian, Urdu, Hebrew, Thai and mixed lines in our PDF look like Chromium's rendering of the same strings.
// Chromium (HarfBuzz + ICU bidi) is the reference; both use the bundled font files. Exact pixels differ
// (rasterisers, hinting), so each line is compared as its sequence of ink segments ("words") left to right:
// same count and each segment about as wide. Swapped words, unjoined letters or a wrong ligature change that.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookSchema } from '../../../core/book/schema';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { FONT_SOURCES } from '../../../node/pdf/fonts';
import { CHROMIUM_FLAGS, findChromium } from '../../e2e/harness/browser';
import { bilateralBook, clearedAsIs } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { doc, p } from '../../fixtures/books/nodes';
import { readPdf } from '../../fixtures/pdfPages';
import { testFontsDir } from './testFonts';

const LINES = [
  'Arabic: عبدالله بن محمد (أبو خالد) 2024',
  'Persian: محمدرضا کریمی',
  'Urdu: عمران خان پاکستان',
  'Hebrew: שָׁלוֹם דוד כהן',
  'Thai: สมชาย ใจดี น้ำ ปิ่น',
  'Mixed: Dr. عبدالله bin Ali, מר דוד 123',
];
/** 144 dpi: 2 px per point in both renderings (10.5 pt body text = 21 px). */
const SCALE = 2;
const SHOTS = path.join(process.cwd(), 'test-output', 'screenshots');

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  page = await browser.newPage({ deviceScaleFactor: SCALE * 0.75 });
});
afterAll(async () => {
  await browser?.close();
});

/** The same font files, as data: URLs (no file or network access from the page). */
function fontFaces(): string {
  const req = createRequire(path.join(process.cwd(), 'package.json'));
  const face = (family: string, file: string) =>
    `@font-face{font-family:"${family}";src:url(data:font/ttf;base64,${readFileSync(req.resolve(FONT_SOURCES[file]!)).toString('base64')})}`;
  return [
    face('Roboto', 'Roboto-Regular.ttf'),
    face('RobotoBold', 'Roboto-Medium.ttf'),
    face('NArabic', 'NotoSansArabic_400Regular.ttf'),
    face('NHebrew', 'NotoSansHebrew_400Regular.ttf'),
    face('NThai', 'NotoSansThai_400Regular.ttf'),
  ].join('');
}

/** Our PDF: the lines as paragraphs of a cleared book (no watermark), page rasterised by poppler. */
async function pdfImage(dir: string): Promise<{ png: Buffer; bands: Array<[number, number]> }> {
  const book = bilateralBook({ status: 'cleared' });
  book.tabs[0] = { ...book.tabs[0]!, content: doc(...LINES.map((l) => p('U', l))) };
  const { bytes } = await renderPdf(
    { books: [BookSchema.parse(clearedAsIs(book))], framework: fixtureFramework() },
    { fontsDir: testFontsDir() },
  );
  const pdf = await readPdf(bytes);
  const pageNo = pdf.pages.findIndex((pg) => pg.text.includes('(U) Arabic:')) + 1;
  const ys = LINES.map((l) => {
    const label = l.slice(0, l.indexOf(':') + 1);
    return pdf.pages[pageNo - 1]!.lines.find((x) => x.text.startsWith(`(U) ${label}`))!.y;
  });
  writeFileSync(path.join(dir, 'book.pdf'), bytes);
  execFileSync(
    'pdftoppm',
    ['-png', '-r', '144', '-f', `${pageNo}`, '-l', `${pageNo}`, '-singlefile', 'book.pdf', 'page'],
    {
      cwd: dir,
    },
  );
  // Baseline y (points from the bottom of a 792 pt page) to a pixel band: ascender above, descender below.
  const bands = ys.map((y): [number, number] => [
    Math.round((792 - y - 14) * SCALE),
    Math.round((792 - y + 6) * SCALE),
  ]);
  return { png: readFileSync(path.join(dir, 'page.png')), bands };
}

/** Chromium: the same lines in the same fonts and size, one block each; returns a screenshot and bands. */
async function chromiumImage(): Promise<{ png: Buffer; bands: Array<[number, number]> }> {
  const html = `<style>${fontFaces()} body{margin:0;background:#fff}
    p{font:10.5pt Roboto,NArabic,NHebrew,NThai;margin:0;padding:6pt 0 0 60pt;height:22pt;white-space:nowrap}b{font-family:RobotoBold;font-weight:400}</style>
    ${LINES.map((l) => `<p><b>(U)</b> ${l}</p>`).join('')}`;
  await page.setViewportSize({ width: 612 * (4 / 3), height: 800 });
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  const rects = await page.$$eval('p', (ps) => ps.map((el) => el.getBoundingClientRect().top));
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 816, height: 560 } });
  // Each <p> box is 28 pt tall with 6 pt of padding on top: the line sits in 4..26 pt of it.
  const px = (cssPx: number) => Math.round(cssPx * SCALE * 0.75);
  const bands = rects.map((top): [number, number] => [px(top) + 4 * SCALE, px(top) + 26 * SCALE]);
  return { png, bands };
}

/** Per band: ink segments [x0, x1) left to right, gaps narrower than `gap` px merged (letters of a word). */
async function segments(png: Buffer, bands: Array<[number, number]>, gap: number) {
  return page.evaluate(
    async ({ src, bands, gap }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return bands.map(([top, bottom]) => {
        const data = ctx.getImageData(0, top, img.width, bottom - top).data;
        const inked: boolean[] = [];
        for (let x = 0; x < img.width; x++) {
          let ink = false;
          for (let y = 0; y < bottom - top && !ink; y++) {
            const i = (y * img.width + x) * 4;
            ink = data[i]! + data[i + 1]! + data[i + 2]! < 3 * 140;
          }
          inked.push(ink);
        }
        const segs: Array<[number, number]> = [];
        for (let x = 0; x < inked.length; x++) {
          if (!inked[x]) continue;
          const last = segs[segs.length - 1];
          if (last && x - last[1] < gap) last[1] = x + 1;
          else segs.push([x, x + 1]);
        }
        return segs;
      });
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, bands, gap },
  );
}

/** Crops each band of both images and stacks them (PDF line above its Chromium line) into one PNG. */
async function sideBySide(
  pdf: { png: Buffer; bands: Array<[number, number]> },
  chrome: typeof pdf,
) {
  const rows = LINES.map((_, i) => {
    const crop = (img: typeof pdf, label: string) => {
      const [top, bottom] = img.bands[i]!;
      return `<div class="row"><span>${label}</span><div class="crop" style="height:${bottom - top}px">
        <img src="data:image/png;base64,${img.png.toString('base64')}" style="top:${-top}px"></div></div>`;
    };
    return crop(pdf, 'PDF') + crop(chrome, 'Chromium');
  });
  const shot = await browser.newPage({ deviceScaleFactor: 1 });
  await shot.setContent(`<style>body{margin:8px;font:12px sans-serif;background:#fff}
    .row{display:flex;align-items:center;border-bottom:1px solid #ddd}.row span{width:70px;color:#555}
    .crop{position:relative;overflow:hidden;width:900px}.crop img{position:absolute;left:-100px}</style>${rows.join('')}`);
  const png = await shot.screenshot({ fullPage: true });
  await shot.close();
  return png;
}

describe('right-to-left and Thai lines against Chromium', () => {
  it('prints each line with the same words, in the same order and about the same widths', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bbb-rtl-visual-'));
    try {
      const pdf = await pdfImage(dir);
      const chrome = await chromiumImage();
      mkdirSync(SHOTS, { recursive: true });
      writeFileSync(path.join(SHOTS, 'rtl-pdf.png'), pdf.png);
      writeFileSync(path.join(SHOTS, 'rtl-chromium.png'), chrome.png);
      writeFileSync(path.join(SHOTS, 'rtl-side-by-side.png'), await sideBySide(pdf, chrome));
      // A space is 5-6 px at this size; gaps inside words (Latin, Hebrew, Thai letters) are narrower.
      const ours = await segments(pdf.png, pdf.bands, 5);
      const theirs = await segments(chrome.png, chrome.bands, 5);
      LINES.forEach((line, i) => {
        const a = ours[i]!.map(([x0, x1]) => x1 - x0);
        const b = theirs[i]!.map(([x0, x1]) => x1 - x0);
        expect(
          a.length,
          `${line}: words in PDF ${JSON.stringify(a)} vs Chromium ${JSON.stringify(b)}`,
        ).toBe(b.length);
        a.forEach((w, k) =>
          expect(
            Math.abs(w - b[k]!),
            `${line}: word ${k} is ${w} px in PDF, ${b[k]} px in Chromium`,
          ).toBeLessThanOrEqual(Math.max(4, 0.1 * b[k]!)),
        );
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
