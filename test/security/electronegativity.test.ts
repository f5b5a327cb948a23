// electronegativity over the shipped sources and the built index.html: no unreviewed finding of medium severity or above.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt, rendererDist } from '../e2e/harness/buildRenderer';
import { SOURCE_DIRS } from './helpers/astRules';

interface Finding {
  check: string;
  severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
  confidence: string;
  file: string;
  line: number;
  sample: string | null;
}
interface Report {
  tool: string;
  checks: { global: number; atomic: number };
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  findings: Finding[];
}
interface Reviewed {
  check: string;
  file: string;
  reason: string;
}

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'bbb-electronegativity-'));
const reviewed = (
  JSON.parse(readFileSync('test/security/electronegativity-reviewed.json', 'utf8')) as {
    reviewed: Reviewed[];
  }
).reviewed;

/** Runs the offline driver on `dir` and reads the JSON it writes (the CLI itself always exits 0). */
async function scan(dir: string): Promise<Report> {
  const out = path.join(work, `${path.basename(dir)}.json`);
  await run(process.execPath, ['scripts/electronegativity.mjs', dir, out], { timeout: 120_000 });
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

const atLeastMedium = (f: Finding): boolean => f.severity === 'MEDIUM' || f.severity === 'HIGH';
const covers = (entry: Reviewed, f: Finding): boolean =>
  entry.check === f.check && entry.file === f.file;
/** The gate: findings of medium severity or above that no reviewed entry covers. */
const unreviewed = (report: Report): Finding[] =>
  report.findings.filter(atLeastMedium).filter((f) => !reviewed.some((r) => covers(r, f)));

let app: Report;
let hostile: Report;

beforeAll(async () => {
  await ensureRendererBuilt();
  // The app as it ships: the source layers, package.json (the Electron version) and the built page.
  const appDir = path.join(work, 'app');
  for (const dir of SOURCE_DIRS) cpSync(dir, path.join(appDir, dir), { recursive: true });
  cpSync('package.json', path.join(appDir, 'package.json'));
  mkdirSync(path.join(appDir, 'dist', 'renderer'), { recursive: true });
  cpSync(
    path.join(rendererDist, 'index.html'),
    path.join(appDir, 'dist', 'renderer', 'index.html'),
  );
  // A known-bad app, to show the tool and the gate can fail here.
  const badDir = path.join(work, 'hostile');
  mkdirSync(badDir);
  writeFileSync(
    path.join(badDir, 'package.json'),
    JSON.stringify({ name: 'bad', devDependencies: { electron: '45.5.0' } }),
  );
  writeFileSync(
    path.join(badDir, 'main.js'),
    `const { BrowserWindow, shell } = require('electron');
const win = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false } });
win.webContents.on('did-create-window', (w, d) => shell.openExternal(d.url));\n`,
  );
  writeFileSync(path.join(badDir, 'index.html'), '<html><head></head><body></body></html>');
  [app, hostile] = await Promise.all([scan(appDir), scan(badDir)]);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('electronegativity on the app', () => {
  it('ran its checks and parsed every file', () => {
    expect(app.tool).toMatch(/^@doyensec\/electronegativity \d/);
    expect(app.checks.atomic).toBeGreaterThan(30);
    expect(app.checks.global).toBeGreaterThan(3);
    expect(app.errors).toEqual([]);
  });

  it('reads the Electron version from package.json and finds the CSP of the built page', () => {
    expect(app.findings.map((f) => f.check)).toContain('ELECTRON_VERSION_JSON_CHECK');
    // "No CSP" would be MEDIUM at no file; a policy it read is reported per page, at LOW at most.
    const csp = app.findings.filter((f) => f.check === 'CSP_GLOBAL_CHECK');
    expect(csp.map((f) => f.file)).toContain('dist/renderer/index.html');
    expect(csp.filter(atLeastMedium)).toEqual([]);
  });

  it('has no finding of medium severity or above that is not on the reviewed list', () => {
    expect(unreviewed(app)).toEqual([]);
  });

  it('has a reason for every reviewed entry, and every entry still matches a finding', () => {
    for (const entry of reviewed) {
      expect(entry.reason.length, `${entry.check} ${entry.file}`).toBeGreaterThan(40);
      expect(
        app.findings.some((f) => atLeastMedium(f) && covers(entry, f)),
        `stale entry ${entry.check} ${entry.file}`,
      ).toBe(true);
    }
  });
});

describe('electronegativity on a known-bad app (the gate can fail)', () => {
  it('reports it, and the gate refuses it', () => {
    const checks = unreviewed(hostile).map((f) => f.check);
    expect(checks).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'OPEN_EXTERNAL_JS_CHECK',
        'CSP_GLOBAL_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
  });
});
