// Framework search bench: minisearch over the real bundled framework (index build once, then typical queries).
import type { BenchLine } from '../bench';
import { loadFramework } from '../../core/data';
import { buildFrameworkIndex } from '../../renderer/features/framework/frameworkSearch';

/** What an officer types: words, prefixes as they type, a typo, IDs, and a topic-filtered query. */
const QUERIES: Array<{ q: string; topic?: string }> = [
  { q: 'artemis' },
  { q: 'art' },
  { q: 'export controls' },
  { q: 'cyber' },
  { q: 'earth observ' },
  { q: 'debris mitigaton' },
  { q: 'P1.G3' },
  { q: 'P1.G3.4.2' },
  { q: 'workforce diversity' },
  { q: 'space', topic: 'ssa-stm' },
  { q: '', topic: 'commercial' },
];
const ROUNDS = 200;

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Median and p95 of a single search (target: median <= 10 ms), plus the one-time index build. */
export async function run(): Promise<BenchLine[]> {
  const framework = loadFramework();
  const b0 = performance.now();
  const index = buildFrameworkIndex(framework);
  const buildMs = performance.now() - b0;
  for (const { q, topic } of QUERIES) index.search(q, { topic }); // warm-up (JIT)
  const times: number[] = [];
  let hits = 0;
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const { q, topic } of QUERIES) {
      const t0 = performance.now();
      hits += index.search(q, { topic }).length;
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const medianMs = quantile(times, 0.5);
  return [
    {
      case: 'framework-search',
      items: index.entries.size,
      searches: times.length,
      meanHits: Math.round(hits / times.length),
      indexBuildMs: Number(buildMs.toFixed(2)),
      medianMs: Number(medianMs.toFixed(3)),
      p95Ms: Number(quantile(times, 0.95).toFixed(3)),
      maxMs: Number(times.at(-1)!.toFixed(3)),
      targetMs: 10,
      pass: medianMs <= 10,
    },
  ];
}
