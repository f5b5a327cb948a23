// Export bench: generated books of 50, 200 and 500 pages (median wall and CPU time, peak RSS, a fresh child per run), Chromium's two-pass print of the 500-page book interleaved as the baseline, and re-export after a one-tab edit.
import { execFileSync } from 'node:child_process';
import type { Book } from '../../core/book/schema';
import type { BenchLine } from '../bench';
import { launchBrowser } from '../../test/e2e/harness';
import { generatedBook } from '../../test/fixtures/books/generated';
import { chromiumTwoPass } from './chromiumPrint';

/** `chromium`: a Chromium two-pass print of the same book after each run, for a load-robust ratio. */
const CASES = [
  { pages: 50, runs: 5, chromium: false },
  { pages: 200, runs: 3, chromium: false },
  { pages: 500, runs: 3, chromium: true },
];
const INCREMENTAL = { pages: 200, runs: 3 };
const CHILD_ENV = 'BBB_EXPORT_BENCH';
const EDIT_ENV = 'BBB_EXPORT_BENCH_EDIT';

interface ChildResult {
  pages: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** Edit mode: the re-export after one tab changed, in the same child as `wallMs`. */
  editedWallMs?: number;
}

/** The book with one tab changed: a sentence appended to the middle tab's first paragraph. */
export function editOneTab(book: Book): Book {
  const at = Math.floor(book.tabs.length / 2);
  const tabs = book.tabs.map((tab, i) => {
    if (i !== at) return tab;
    const [first, ...rest] = tab.content.root.children;
    const kids = first!.children ?? [];
    const text = { ...kids[0]!, text: 'An edited sentence. ' };
    const edited = { ...first!, children: [text, ...kids] };
    return { ...tab, content: { root: { ...tab.content.root, children: [edited, ...rest] } } };
  });
  return { ...book, tabs };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Child mode: warm up with two 50-page exports (JIT, font files), then time one export of a `pages`-page book. */
async function child(pages: number, edit: boolean): Promise<ChildResult> {
  const { renderPdf } = await import('../../node/pdf/renderPdf');
  const { generatedBook } = await import('../../test/fixtures/books/generated');
  const { fixtureFramework } = await import('../../test/fixtures/books/framework');
  const framework = fixtureFramework();
  for (let i = 0; i < 2; i++) await renderPdf({ books: [generatedBook(50)], framework });
  const book = generatedBook(pages);
  global.gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await renderPdf({ books: [book], framework });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // maxRSS is in KiB and covers the whole child: warm-up, book generation and the export.
  let editedWallMs: number | undefined;
  if (edit) {
    // The app's case: the same book exported again after the officer changed one tab.
    const edited = editOneTab(book);
    global.gc?.();
    const t1 = performance.now();
    await renderPdf({ books: [edited], framework });
    editedWallMs = performance.now() - t1;
  }
  return {
    pages: out.pages,
    wallMs,
    ...(editedWallMs === undefined ? {} : { editedWallMs }),
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** Each run in a fresh `node --expose-gc --import tsx` child, so one run's garbage never inflates the next one's RSS. */
function runChild(pages: number, edit = false): ChildResult {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename], {
    env: { ...process.env, [CHILD_ENV]: String(pages), ...(edit ? { [EDIT_ENV]: '1' } : {}) },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult;
}

export async function run(): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  const browser = await launchBrowser();
  try {
    for (const { pages, runs, chromium } of CASES) {
      const results: ChildResult[] = [];
      const baseline: Array<{ ms: number; pages: number }> = [];
      for (let i = 0; i < runs; i++) {
        results.push(runChild(pages));
        // Interleaved with the runs above, so both see the same machine load.
        if (chromium) baseline.push(await chromiumTwoPass(browser, generatedBook(pages)));
      }
      const wall = median(results.map((r) => r.wallMs));
      const msPerPage = wall / results[0]!.pages;
      const line: BenchLine = {
        case: 'export',
        pages: results[0]!.pages,
        runs,
        medianMs: Math.round(wall),
        medianCpuMs: Math.round(median(results.map((r) => r.cpuMs))),
        msPerPage: Number(msPerPage.toFixed(1)),
        peakRssMb: Math.round(Math.max(...results.map((r) => r.peakRssMb))),
      };
      if (chromium) {
        const chromiumMsPerPage = median(baseline.map((b) => b.ms / b.pages));
        Object.assign(line, {
          chromiumPages: baseline[0]!.pages,
          chromiumMedianMs: Math.round(median(baseline.map((b) => b.ms))),
          chromiumMsPerPage: Number(chromiumMsPerPage.toFixed(1)),
          vsChromium: Number((msPerPage / chromiumMsPerPage).toFixed(2)),
        });
      }
      lines.push(line);
    }
  } finally {
    await browser.close();
  }
  const edits = Array.from({ length: INCREMENTAL.runs }, () => runChild(INCREMENTAL.pages, true));
  const full = median(edits.map((r) => r.wallMs));
  const again = median(edits.map((r) => r.editedWallMs!));
  lines.push({
    case: 'export-after-one-tab-edit',
    name: 'export-after-one-tab-edit',
    pages: edits[0]!.pages,
    runs: INCREMENTAL.runs,
    medianMs: Math.round(again),
    fullMedianMs: Math.round(full),
    ratio: Number((again / full).toFixed(2)),
  });
  return lines;
}

const spec = process.env[CHILD_ENV];
if (spec) {
  child(Number(spec), process.env[EDIT_ENV] === '1').then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
