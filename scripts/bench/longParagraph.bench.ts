// Long-paragraph bench: export time of a book whose one paragraph holds 50k to 400k characters (layout must stay linear).
import type { BenchLine } from '../bench';

const LENGTHS = (process.env.BBB_LONG_CHARS ?? '50000,100000,200000,400000').split(',').map(Number);
const RUNS = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Words of 4 to 9 letters and a space, like prose: `chars` characters in one text run. */
function prose(chars: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const word = `w${i.toString(36)}`.padEnd(4 + (i % 6), 'x');
    out.push(word);
    n += word.length + 1;
  }
  return out.join(' ').slice(0, chars);
}

export async function run(): Promise<BenchLine[]> {
  const { renderPdf } = await import('../../node/pdf/renderPdf');
  const { BookSchema } = await import('../../core/book/schema');
  const { bilateralBook } = await import('../../test/fixtures/books/bilateral');
  const { fixtureFramework } = await import('../../test/fixtures/books/framework');
  const { doc, p } = await import('../../test/fixtures/books/nodes');
  const { testFontsDir } = await import('../../test/node/pdf/testFonts');
  const framework = fixtureFramework();
  const fontsDir = testFontsDir();
  const bookOf = (chars: number) => {
    const b = bilateralBook({ status: 'cleared' });
    b.tabs = [{ ...b.tabs[0]!, content: doc(p('U', prose(chars))) }];
    return BookSchema.parse(b);
  };
  await renderPdf({ books: [bookOf(20_000)], framework }, { fontsDir }); // warm-up: JIT and fonts
  const lines: BenchLine[] = [];
  for (const chars of LENGTHS) {
    const book = bookOf(chars);
    const times: number[] = [];
    let pages = 0;
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      pages = (await renderPdf({ books: [book], framework }, { fontsDir })).pages;
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    lines.push({
      case: 'long-paragraph',
      chars,
      pages,
      runs: RUNS,
      medianMs: Math.round(ms),
      msPer10kChars: Number(((ms / chars) * 10_000).toFixed(1)),
    });
  }
  return lines;
}
