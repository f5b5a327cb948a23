// Export bench: generated books of 50, 200 and 500 pages; median wall and CPU time, peak RSS (a fresh child per run).
import { execFileSync } from 'node:child_process';
import type { BenchLine } from '../bench';

const CASES = [
  { pages: 50, runs: 5 },
  { pages: 200, runs: 3 },
  { pages: 500, runs: 3 },
];
const CHILD_ENV = 'BBB_EXPORT_BENCH';

interface ChildResult {
  pages: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Child mode: warm up with two 50-page exports (JIT, font files), then time one export of a `pages`-page book. */
async function child(pages: number): Promise<ChildResult> {
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
  return {
    pages: out.pages,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** Each run in a fresh `node --expose-gc --import tsx` child, so one run's garbage never inflates the next one's RSS. */
export async function run(): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  for (const { pages, runs } of CASES) {
    const results: ChildResult[] = [];
    for (let i = 0; i < runs; i++) {
      const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename], {
        env: { ...process.env, [CHILD_ENV]: String(pages) },
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      results.push(JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult);
    }
    const wall = median(results.map((r) => r.wallMs));
    lines.push({
      case: 'export',
      pages: results[0]!.pages,
      runs,
      medianMs: Math.round(wall),
      medianCpuMs: Math.round(median(results.map((r) => r.cpuMs))),
      msPerPage: Number((wall / results[0]!.pages).toFixed(1)),
      peakRssMb: Math.round(Math.max(...results.map((r) => r.peakRssMb))),
    });
  }
  return lines;
}

const spec = process.env[CHILD_ENV];
if (spec) {
  child(Number(spec)).then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
