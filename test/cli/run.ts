// Test helper: builds the CLI bundle once and runs `bin/brief.cjs` as a child process in a temp folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/brief.cjs', import.meta.url));

/** Bundles cli/brief.ts to dist/cli/brief.cjs exactly as `npm run brief` does. */
export function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs', '--cli-only'], {
    cwd: REPO,
    stdio: 'pipe',
  });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `brief ...args` with `cwd` as the working directory. */
export function brief(args: string[], cwd: string): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Asserts-friendly view of a failure: exactly one stderr line and no stack frames. */
export function stderrLines(r: RunResult): string[] {
  return r.stderr.split('\n').filter((l) => l !== '');
}

/** What `brief new` drafts: the template (default the bilateral dialogue), country, date, file, more options. */
export interface NewBookArgs {
  template?: string;
  country: string;
  date: string;
  out: string;
  /** Further options (city, counterpart ...), passed before --out. */
  options?: string[];
}

/** Runs `brief new` for `book` in `cwd`. */
export function briefNew(book: NewBookArgs, cwd: string): RunResult {
  const { template = 'bilateral-space-dialogue', country, date, out, options = [] } = book;
  const args = ['new', '--template', template, '--country', country, '--date', date];
  return brief([...args, ...options, '--out', out], cwd);
}
