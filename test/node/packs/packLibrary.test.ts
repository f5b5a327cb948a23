// Signed data packs on a real temp user-data folder: verify, refuse (unsigned, altered, unknown key, old, malformed), install atomically, serve.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledPayload, releaseTrustedKeys } from '../../../node/packs/bundledPacks';
import { PackLibrary, packsDir } from '../../../node/packs/packLibrary';
import {
  countriesPayloadKenyaSigned,
  makeTestKey,
  signedPack,
  TEST_KENYA_SIGNING,
  trustedWith,
} from '../../fixtures/packs';

const key = makeTestKey();
let dir: string;
let library: PackLibrary;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbb-packs-'));
  library = new PackLibrary({ userDataDir: dir, trustedKeys: trustedWith(key) });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const kenya = (lib: PackLibrary) => lib.countries().countries.find((c) => c.iso2 === 'KE')!;
const refusal = (text: string, lib = library) =>
  lib.importText(text, 'pack.json').then(
    () => 'imported',
    (e: Error) => e.message,
  );

describe('bundled packs', () => {
  it('are v1, verified against the committed signature with the app’s release key', () => {
    const plain = new PackLibrary({ userDataDir: dir });
    expect(plain.status().packs.map((p) => [p.kind, p.version, p.source])).toEqual([
      ['countries', 1, 'bundled'],
      ['framework', 1, 'bundled'],
    ]);
    expect(plain.status().packs[0]!.keyId).toBe(releaseTrustedKeys().keys[0]!.id);
    expect(kenya(plain).artemisAccords).toBeNull();
  });

  it('refuse to load when the signing key is not trusted', () => {
    const untrusting = new PackLibrary({
      userDataDir: dir,
      trustedKeys: { keys: [{ id: key.id, publicKeyPem: key.publicKeyPem }] },
    });
    expect(() => untrusting.countries()).toThrow(/does not match its signature/);
  });
});

describe('importing a pack', () => {
  it('installs a newer signed pack atomically and serves its data', async () => {
    const info = await library.importText(
      signedPack(key, 'countries', 2, countriesPayloadKenyaSigned()),
      'countries-v2.pack.json',
    );
    expect(info).toMatchObject({ kind: 'countries', version: 2, source: 'imported' });
    expect(kenya(library).artemisAccords).toEqual(TEST_KENYA_SIGNING);
    // Stored as one file, no temp left; a fresh library (next start) verifies and uses it.
    expect(readdirSync(packsDir(dir))).toEqual(['countries.pack.json']);
    const restarted = new PackLibrary({ userDataDir: dir, trustedKeys: trustedWith(key) });
    expect(restarted.versions()).toEqual({ countries: 2, framework: 1 });
    expect(kenya(restarted).artemisAccords).toEqual(TEST_KENYA_SIGNING);
  });

  it('refuses an unsigned pack', async () => {
    const pack = JSON.parse(signedPack(key, 'countries', 2, bundledPayload('countries')));
    delete pack.signature;
    expect(await refusal(JSON.stringify(pack))).toMatch(/country facts pack v2 is unsigned/);
  });

  it('refuses a pack with one altered byte in its data, and one in its signature', async () => {
    const text = signedPack(key, 'countries', 2, countriesPayloadKenyaSigned());
    const at = text.indexOf('"Kenya Space Agency"') + 1;
    const altered = `${text.slice(0, at)}C${text.slice(at + 1)}`;
    expect(altered.length).toBe(text.length);
    expect(await refusal(altered)).toMatch(
      /does not match the SHA-256 its signed manifest records: the pack was altered/,
    );
    const sig = text.indexOf('"signature": "') + 14;
    const flipped = text[sig] === 'A' ? 'B' : 'A';
    expect(await refusal(`${text.slice(0, sig)}${flipped}${text.slice(sig + 1)}`)).toMatch(
      /signature of the country facts pack v2 does not match its manifest/,
    );
    // A whitespace byte changed: same content, but not the bytes that were signed.
    const nl = text.indexOf('\n');
    expect(await refusal(`${text.slice(0, nl)}\r${text.slice(nl + 1)}`)).toMatch(
      /not byte-for-byte as it was signed/,
    );
    expect(existsSync(packsDir(dir))).toBe(false);
    expect(kenya(library).artemisAccords).toBeNull();
  });

  it('refuses a pack signed by a key the app does not trust', async () => {
    const stranger = makeTestKey('stranger');
    expect(
      await refusal(signedPack(stranger, 'countries', 2, bundledPayload('countries'))),
    ).toMatch(/signed by key "stranger", which this app does not trust/);
  });

  it('refuses a pack that is not newer than the one in use', async () => {
    expect(await refusal(signedPack(key, 'countries', 1, bundledPayload('countries')))).toMatch(
      /pack is v1, the same version as the v1 in use/,
    );
    await library.importText(signedPack(key, 'framework', 3, bundledPayload('framework')), 'f3');
    expect(await refusal(signedPack(key, 'framework', 2, bundledPayload('framework')))).toMatch(
      /framework pack is v2, older than the v3 in use/,
    );
  });

  it('refuses malformed packs, naming the problem', async () => {
    expect(await refusal('{ not json')).toMatch(/not a data pack: the file is not JSON/);
    expect(await refusal('{"format":"zip"}')).toMatch(
      /"format" must be "briefing-book-data-pack\/1"/,
    );
    const badVersion = JSON.parse(signedPack(key, 'countries', 2, bundledPayload('countries')));
    badVersion.manifest.version = 'two';
    expect(await refusal(JSON.stringify(badVersion))).toMatch(/malformed pack.*manifest\.version/);
    // Signed correctly, but the data fails the same zod validation as the bundled file.
    const payload = countriesPayloadKenyaSigned() as {
      countries: { countries: Array<Record<string, unknown>> };
    };
    payload.countries.countries[0]!.mtcrPartner = 'yes';
    expect(await refusal(signedPack(key, 'countries', 2, payload))).toMatch(
      /countries: .*countries\[0\]\.mtcrPartner/,
    );
    expect(await refusal(signedPack(key, 'countries', 2, { countries: {} }))).toMatch(
      /missing authorities/,
    );
  });

  it('sets aside an installed pack that no longer verifies, with the reason, and uses the bundled one', async () => {
    await library.importText(signedPack(key, 'countries', 2, countriesPayloadKenyaSigned()), 'p');
    const file = join(packsDir(dir), 'countries.pack.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"order": 999', '"order": 998'));
    const restarted = new PackLibrary({ userDataDir: dir, trustedKeys: trustedWith(key) });
    const status = restarted.status().packs[0]!;
    expect(status).toMatchObject({ version: 1, source: 'bundled' });
    expect(status.problem).toMatch(/installed country facts pack: .*altered.*bundled pack is used/);
    expect(kenya(restarted).artemisAccords).toBeNull();
  });
});
