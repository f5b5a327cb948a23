// Export bench: generated books of 50, 200 and 500 pages exported as the app does (its worker runner, the built worker bundle, a fresh plain-node child per run): median wall and CPU time, peak RSS; Chromium's two-pass print of the 500-page book interleaved as the baseline; re-export after a one-tab edit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { buildSync } from 'esbuild';
import type { Book } from '../../core/book/schema';
import type { BenchLine } from '../bench';
import { launchBrowser } from '../../test/e2e/harness';
import { fixtureFramework } from '../../test/fixtures/books/framework';
import { generatedBook } from '../../test/fixtures/books/generated';
import { chromiumTwoPass } from './chromiumPrint';
import type { ExportChildResult } from './exportChild';

/** `chromium`: a Chromium two-pass print of the same book after each run, for a load-robust ratio. */
const CASES = [
  { pages: 50, runs: 5, chromium: false },
  { pages: 200, runs: 3, chromium: false },
  { pages: 500, runs: 3, chromium: true },
];
const INCREMENTAL = { pages: 200, runs: 3 };
const ROOT = path.resolve(__dirname, '../..');
/** The worker the app ships (`npm run build`), and the fonts the build copies beside it. */
const WORKER = path.join(ROOT, 'dist/electron/pdfExportWorker.cjs');
const FONTS = path.join(ROOT, 'dist/fonts');
/** What `peakRssMb` covers, printed with it. */
const RSS_COVERS =
  "whole plain-node child: main thread holding the request + the app's export worker (built bundle, app's resource limits, kept warm between exports as the app does), two 50-page warm-up exports, then the measured export";

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

/** A temp folder with the bundled child (scripts/bench/exportChild.ts) and the requests it reads. */
interface ChildKit {
  dir: string;
  script: string;
  requests: Map<string, string>;
}

function childKit(): ChildKit {
  if (!existsSync(WORKER)) {
    throw new Error(`The PDF worker bundle is missing: ${WORKER}. Run "npm run build" first.`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bbb-export-bench-'));
  const script = path.join(dir, 'exportChild.cjs');
  // Bundled like the app's node entries, so the child runs without tsx (tsx adds a thread and
  // ~200 MB of its own to a process's RSS).
  buildSync({
    entryPoints: [path.join(__dirname, 'exportChild.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return { dir, script, requests: new Map() };
}

/** Writes `book`'s render request once (v8-serialized: what a worker receives is a structured clone). */
function requestFile(kit: ChildKit, key: string, book: () => Book): string {
  let file = kit.requests.get(key);
  if (!file) {
    file = path.join(kit.dir, `${key}.bin`);
    writeFileSync(file, serialize({ books: [book()], framework: fixtureFramework() }));
    kit.requests.set(key, file);
  }
  return file;
}

/** Each run in a fresh plain `node` child, so one run's garbage never inflates the next one's RSS. */
function runChild(kit: ChildKit, pages: number, edit = false): ExportChildResult {
  const args = [
    kit.script,
    WORKER,
    FONTS,
    // Other topics than the measured book: no tab of it is drawn before its own first export.
    requestFile(kit, 'warm-50', () => generatedBook(50, 'warm-50', 'Warm-up topic')),
    requestFile(kit, `book-${pages}`, () => generatedBook(pages)),
    ...(edit ? [requestFile(kit, `edited-${pages}`, () => editOneTab(generatedBook(pages)))] : []),
  ];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ExportChildResult;
}

export async function run(): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  const kit = childKit();
  const browser = await launchBrowser();
  try {
    for (const { pages, runs, chromium } of CASES) {
      const results: ExportChildResult[] = [];
      const baseline: Array<{ ms: number; pages: number }> = [];
      for (let i = 0; i < runs; i++) {
        results.push(runChild(kit, pages));
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
        medianPeakRssMb: Math.round(median(results.map((r) => r.peakRssMb))),
        peakRssCovers: RSS_COVERS,
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
  let edits: ExportChildResult[];
  try {
    edits = Array.from({ length: INCREMENTAL.runs }, () => runChild(kit, INCREMENTAL.pages, true));
  } finally {
    rmSync(kit.dir, { recursive: true, force: true });
  }
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
