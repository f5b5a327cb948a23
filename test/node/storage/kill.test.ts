// Kill test: a child saves alternating generations of a 100-page book (and journals concurrently) and is SIGKILLed at random moments.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookRepository } from '../../../node/storage/bookRepository';
import { DataCipher } from '../../../node/storage/cipher';
import { RecoveryJournal } from '../../../node/storage/journal';
import { filesUnder, scanForPlaintext } from './plaintextScan';
import { killBook, killGenerationOf, sameContent } from './killBook';

const ITERATIONS = 200;
/** A known sentence of the book's content, and its title prefix: neither may appear on disk. */
const KNOWN = ['Kill-test prose sentence used only to fill pages', 'Kill test generation'];

let work: string;
let bundle: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bbb-kill-'));
  bundle = join(work, 'killChild.cjs');
  // One bundle, so each of the 200 starts costs a plain `node` start, not a TypeScript loader.
  await build({
    entryPoints: [join(__dirname, 'killChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    minify: true,
    logLevel: 'silent',
  });
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  lines: string[];
  /** Milliseconds from "ready" to the first "ack", when the child acknowledged a save before it died. */
  firstAckMs?: number;
}

/** The median of the observed save times, so a loaded machine widens the kill window instead of starving it. */
function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

/** Starts the child; kills it `delayMs` after it printed "ready" (or after spawn, when `early`). */
function runChild(env: NodeJS.ProcessEnv, delayMs: number, early: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { lines: [] };
    let buffer = '';
    let stderr = '';
    let readyAt = 0;
    const kill = (): void => void setTimeout(() => child.kill('SIGKILL'), delayMs);
    if (early) kill();
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        run.lines.push(line);
        if (line === 'ready') readyAt = performance.now();
        if (line.startsWith('ack ') && run.firstAckMs === undefined && readyAt > 0)
          run.firstAckMs = performance.now() - readyAt;
        if (line === 'ready' && !early) kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL')
        reject(
          new Error(`child exited ${code} ${signal}: ${run.lines.join(' / ')} ${buffer} ${stderr}`),
        );
      else resolve(run);
    });
  });
}

describe('kill test', () => {
  it(`${ITERATIONS} SIGKILLs at random moments: every book readable, equal to the last acknowledged save or the one in flight`, async () => {
    const userDataDir = join(work, 'userData');
    const key = randomBytes(32);
    const env = { ...process.env, KILL_USER_DATA: userDataDir, KILL_DATA_KEY: key.toString('hex') };
    // What may be on disk: the last acknowledged generation, or the one whose save was in flight.
    let acked: number | null = null;
    let inflight: number | null = 1;
    let ackedJournal: number | null = null;
    let inflightJournal: number | null = 2;
    const figures = {
      kills: 0,
      acks: 0,
      foundInflight: 0,
      foundAcked: 0,
      orphanTemps: 0,
      early: 0,
    };
    const saveTimes: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const early = i % 10 === 9; // every tenth kill lands during start-up (sweep, load)
      if (early) figures.early++;
      // The window covers a few saves at this machine's current speed (at least 300 ms), so kills
      // land before, during and after saves whether the machine is idle or heavily loaded.
      const window = Math.max(300, 3 * medianOf(saveTimes));
      const delay = early ? Math.random() * 100 : Math.random() * window;
      figures.orphanTemps += filesUnder(work).filter((p) => p.endsWith('.tmp')).length;
      const { lines, firstAckMs } = await runChild(env, delay, early);
      if (firstAckMs !== undefined) saveTimes.push(firstAckMs);
      figures.kills++;
      for (const line of lines) {
        const [word, a, b, c, d] = line.split(' ');
        if (word === 'error') throw new Error(line);
        if (word === 'found') {
          // A fresh process opened what the killed one left: readable, no backup needed, content exact.
          const gen = a === 'none' ? null : Number(a);
          expect([acked, inflight], `iteration ${i}: ${line}`).toContain(gen);
          expect(b, `iteration ${i}: content of generation ${gen}`).toBe('ok');
          expect(c, `iteration ${i}: fell back to a backup`).toBe('0');
          const journalGen = d === 'none' ? null : Number(d);
          expect([ackedJournal, inflightJournal], `iteration ${i}: journal ${line}`).toContain(
            journalGen,
          );
          expect(line).not.toMatch(/notices:/);
          if (gen === acked) figures.foundAcked++;
          else figures.foundInflight++;
          acked = gen;
          inflight = (gen ?? 0) + 1;
          ackedJournal = journalGen;
          inflightJournal = (gen ?? 0) + 2;
        } else if (word === 'ack') {
          expect(Number(a)).toBe(inflight);
          acked = Number(a);
          inflight = acked + 1;
          figures.acks++;
        } else if (word === 'jack') {
          expect(Number(a)).toBe(inflightJournal);
          ackedJournal = Number(a);
          inflightJournal = ackedJournal + 1;
        }
      }
    }
    // Final check in this process, with the same code the app runs.
    const cipher = new DataCipher(key);
    const outcome = await new BookRepository({ userDataDir, cipher }).load('kill-book');
    expect(outcome.recovery).toBeNull();
    const gen = killGenerationOf(outcome.book);
    expect([acked, inflight]).toContain(gen);
    expect(sameContent(outcome.book, killBook(gen))).toBe(true);
    const entry = await new RecoveryJournal({ userDataDir, cipher }).get('kill-book');
    if (entry) expect([ackedJournal, inflightJournal]).toContain(killGenerationOf(entry.book));
    // The opens above swept every temp file a kill left behind.
    expect(filesUnder(userDataDir).filter((p) => p.endsWith('.tmp'))).toEqual([]);
    // One more save settles a rotation a kill interrupted: the history is then consecutive.
    const repo = new BookRepository({ userDataDir, cipher });
    await repo.save(killBook(gen + 1));
    const dir = join(userDataDir, 'books', 'kill-book');
    // Up to three backups: as many as there were earlier generations.
    const expectedGens = [gen + 1, gen, gen - 1, gen - 2].filter((g) => g >= 1);
    const names = ['book.json', 'book.json.bak1', 'book.json.bak2', 'book.json.bak3'].slice(
      0,
      expectedGens.length,
    );
    expect(readdirSync(dir).sort()).toEqual(names);
    const history = names.map(
      (name) =>
        /generation (\d+)/.exec(
          cipher.open(readFileSync(join(dir, name)), 'book:kill-book', name).toString('utf8'),
        )?.[1],
    );
    expect(history).toEqual(expectedGens.map(String));
    const scan = scanForPlaintext(userDataDir, KNOWN);
    expect(scan.hits).toEqual([]);
    expect(scan.plaintextBytes).toBe(0);
    // Enough saves were acknowledged to test something (a loaded machine acknowledges fewer).
    expect(figures.acks).toBeGreaterThan(ITERATIONS / 10);
    console.log(
      `[kill] ${figures.kills} kills (${figures.early} during start-up), ${figures.acks} acknowledged saves, ` +
        `book found at last ack ${figures.foundAcked}x / in-flight save ${figures.foundInflight}x, ` +
        `${figures.orphanTemps} orphan temp files seen between kills (all swept), ` +
        `${scan.files} files / ${scan.bytesScanned} bytes scanned, ${scan.plaintextBytes} bytes of plaintext, ` +
        `median save ${Math.round(medianOf(saveTimes))} ms`,
    );
  }, 600_000);
});
