// `brief facts status|import` and `brief check --user-data`: signed packs into a real user-data folder, refusals from the real bundle.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadinessProblem } from '../../core/readiness';
import { runCli } from '../../cli/main';
import { bundledPayload } from '../../node/packs/bundledPacks';
import {
  countriesPayloadKenyaSigned,
  makeTestKey,
  signedPack,
  trustedWith,
} from '../fixtures/packs';
import { brief, buildCli, stderrLines } from './run';

const key = makeTestKey();
let dir: string;
const path = (name: string) => join(dir, name);

/** runCli in this process, trusting the test key as well as the release key (the binary trusts only the release key). */
async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    { trustedPackKeys: trustedWith(key) },
  );
  return { code, stdout, stderr };
}

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'bbb-cli-facts-'));
  writeFileSync(
    path('ke-v2.pack.json'),
    signedPack(key, 'countries', 2, countriesPayloadKenyaSigned()),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brief facts', () => {
  it('status shows the bundled packs v1 of a fresh user-data folder (real bundle)', () => {
    const r = brief(['facts', 'status', '--user-data', path('fresh')], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^country facts: v1 \(bundled\), signed \d+ \w+ 2026, \d+ days old, key "release-2026-11"$/m,
    );
    expect(r.stdout).toMatch(/^framework: v1 \(bundled\)/m);
  });

  it('the real bundle refuses a pack signed by a key the app does not trust (the test key)', () => {
    const r = brief(['facts', 'import', path('ke-v2.pack.json'), '--user-data', path('ud1')], dir);
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([
      expect.stringMatching(
        /^brief: ke-v2\.pack\.json: the country facts pack v2 is signed by key "test-key", which this app does not trust/,
      ),
    ]);
    expect(readdirSync(dir)).not.toContain('ud1');
  });

  it('imports a signed pack into the user-data folder, then refuses the same version again', async () => {
    const ud = path('ud2');
    const first = await run(['facts', 'import', path('ke-v2.pack.json'), '--user-data', ud]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe(
      `Imported the country facts pack v2 (was v1) into ${join(ud, 'packs')}\n`,
    );
    expect(readdirSync(join(ud, 'packs'))).toEqual(['countries.pack.json']);
    const status = await run(['facts', 'status', '--user-data', ud]);
    expect(status.stdout).toMatch(
      /^country facts: v2 \(imported\), signed 25 November 2026, \d+ days old, key "test-key"$/m,
    );
    const again = await run(['facts', 'import', path('ke-v2.pack.json'), '--user-data', ud]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/v2, the same version as the v2 in use/);
    const pack = JSON.parse(signedPack(key, 'framework', 2, bundledPayload('framework')));
    delete pack.signature;
    writeFileSync(path('unsigned.json'), JSON.stringify(pack));
    const unsigned = await run(['facts', 'import', path('unsigned.json'), '--user-data', ud]);
    expect(unsigned.stderr).toMatch(/framework pack v2 is unsigned/);
    const text = readFileSync(path('ke-v2.pack.json'), 'utf8');
    const at = text.indexOf('"Kenya"') + 2;
    writeFileSync(path('altered.pack.json'), `${text.slice(0, at)}X${text.slice(at + 1)}`);
    const altered = await run([
      'facts',
      'import',
      path('altered.pack.json'),
      '--user-data',
      path('ud4'),
    ]);
    expect(altered.code).toBe(1);
    expect(altered.stderr).toMatch(
      /^brief: altered\.pack\.json: the data in the country facts pack v2 does not match the SHA-256 its signed manifest records/,
    );
  });

  it('check --user-data lists the drift of a drafted Kenya book against the imported pack', async () => {
    const ud = path('ud3');
    const book = path('ke.json');
    const drafted = await run([
      'new',
      '--template',
      'bilateral-space-dialogue',
      '--country',
      'KE',
      '--date',
      '2027-03-10',
      '--out',
      book,
    ]);
    expect(drafted.code).toBe(0);
    const before = await run(['check', book, '--json', '--user-data', ud]);
    expect(
      (JSON.parse(before.stdout) as ReadinessProblem[]).filter((p) => p.kind === 'fact-drift'),
    ).toEqual([]);
    await run(['facts', 'import', path('ke-v2.pack.json'), '--user-data', ud]);
    const after = await run(['check', book, '--json', '--user-data', ud]);
    expect(after.code).toBe(1);
    const drift = (JSON.parse(after.stdout) as ReadinessProblem[]).filter(
      (p) => p.kind === 'fact-drift',
    );
    expect(drift.map((p) => p.message)).toContainEqual(
      expect.stringMatching(
        /^Kenya signed the Artemis Accords on 20 November 2026 \(country facts pack v2\); Points to Make still invites Kenya to sign/,
      ),
    );
  });
});
