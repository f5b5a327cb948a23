// The release tool (scripts/sign-packs.ts) run as a release would, with a key pair made by the test: its pack imports; a wrong key is refused.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundledPayload } from '../../../node/packs/bundledPacks';
import { PackLibrary } from '../../../node/packs/packLibrary';
import { countriesPayloadKenyaSigned, makeTestKey, trustedWith } from '../../fixtures/packs';
import { REPO } from '../../cli/run';

const key = makeTestKey('script-test-key');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbb-sign-'));
  writeFileSync(join(dir, 'release.key.pem'), key.privateKeyPem, { mode: 0o600 });
  const data = join(dir, 'data');
  mkdirSync(data);
  // TEST DATA: the bundled facts with Kenya's fictitious signing (test/fixtures/packs.ts).
  const payload = countriesPayloadKenyaSigned() as { countries: unknown; authorities: unknown };
  writeFileSync(join(data, 'countries.json'), JSON.stringify(payload.countries, null, 1));
  writeFileSync(join(data, 'authorities.json'), JSON.stringify(payload.authorities));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sign = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/sign-packs.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });

it('builds a pack from a folder of data files that the app imports', async () => {
  const out = join(dir, 'countries-v2.pack.json');
  const said = sign(
    'pack',
    '--kind',
    'countries',
    '--version',
    '2',
    '--from',
    join(dir, 'data'),
    '--out',
    out,
    '--key',
    join(dir, 'release.key.pem'),
    '--key-id',
    key.id,
  );
  expect(said).toMatch(/wrote countries pack v2 \(key "script-test-key"\)/);
  const library = new PackLibrary({ userDataDir: join(dir, 'ud'), trustedKeys: trustedWith(key) });
  await library.importText(readFileSync(out, 'utf8'), 'countries-v2.pack.json');
  expect(library.countries().countries.find((c) => c.iso2 === 'KE')!.artemisAccords).not.toBeNull();
  // Same content as the payload given: the folder's formatting does not matter.
  expect(library.authorities()).toEqual(bundledPayload('countries').authorities);
  // The same pack is refused by an app that does not trust the key.
  const plain = new PackLibrary({ userDataDir: join(dir, 'ud2') });
  await expect(plain.importText(readFileSync(out, 'utf8'), 'p')).rejects.toThrow(
    /signed by key "script-test-key", which this app does not trust/,
  );
});
