// Bench runner (`npm run bench`): runs every scripts/bench/*.bench.ts module and prints one JSON line per case.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One measured case; modules add whatever numeric facts they measure (medianMs, peakRssMb, pages, ...). */
export interface BenchLine {
  case: string;
  [fact: string]: string | number | boolean | null;
}

/** A bench module: `run()` measures its cases and returns one line each. */
export interface BenchModule {
  run(): Promise<BenchLine[]>;
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, 'bench');
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  console.error(
    `bench: ${files.length} module(s) on ${os.cpus().length} CPU(s), load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  let failed = false;
  for (const file of files) {
    try {
      const mod = (await import(
        pathToFileURL(path.join(dir, file)).href
      )) as Partial<BenchModule> & { default?: Partial<BenchModule> };
      const run = mod.run ?? mod.default?.run;
      if (typeof run !== 'function') throw new Error('exports no run()');
      for (const line of await run()) console.log(JSON.stringify(line));
    } catch (e) {
      failed = true;
      console.error(`bench: ${file} failed: ${(e as Error).stack ?? String(e)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

void main();
