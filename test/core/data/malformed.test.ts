// Bad data files fail with one message naming the file, the JSON path and the problem.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFrameworkBundle, parseCountries, type FrameworkSources } from '../../../core/data';
import { DataValidationError } from '../../../core/validation/formatZodError';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../../..');
const DATA = path.join(REPO, 'framework-data/sfsd-2023');
const tmp = mkdtempSync(path.join(tmpdir(), 'bbb-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Key = string | number;
type Edit = [path: Key[], value: unknown];

/** Sets the value at `keys` inside parsed JSON (a tiny JSON-pointer). */
function setAt(root: unknown, keys: Key[], value: unknown): void {
  const parent = keys
    .slice(0, -1)
    .reduce<unknown>((node, k) => (node as Record<Key, unknown>)[k], root);
  (parent as Record<Key, unknown>)[keys[keys.length - 1]!] = value;
}

/** Copies the real version directory into a temp dir, applies `edits` (first key: file stem), and reads it all back. */
function sourcesWith(...edits: Edit[]): FrameworkSources {
  const dir = mkdtempSync(path.join(tmp, 'sfsd-'));
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(DATA))
    files[name.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(DATA, name), 'utf8'));
  for (const [keys, value] of edits) setAt(files, keys, value);
  for (const [stem, value] of Object.entries(files))
    writeFileSync(path.join(dir, `${stem}.json`), JSON.stringify(value));
  const read = (stem: string): unknown =>
    JSON.parse(readFileSync(path.join(dir, `${stem}.json`), 'utf8'));
  return {
    dir,
    framework: read('framework'),
    talkingPoints: read('talkingPoints'),
    policyFoundations: read('policyFoundations'),
    keyFactors: read('keyFactors'),
    quotations: read('quotations'),
    figures: read('figures'),
    artemisPrinciples: read('artemisPrinciples'),
    glossary: read('glossary'),
  };
}

function failure(run: () => unknown): DataValidationError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DataValidationError);
    return e as DataValidationError;
  }
  throw new Error('expected a DataValidationError');
}

describe('malformed framework data', () => {
  it('accepts the untouched copy', () => {
    expect(buildFrameworkBundle(sourcesWith()).objectives).toHaveLength(54);
  });

  it('names file, path and problem for a schema error', () => {
    const src = sourcesWith([['framework', 'objectives', 3, 'text'], '']);
    const e = failure(() => buildFrameworkBundle(src));
    expect(e.fileName).toBe(`${src.dir}/framework.json`);
    expect(e.message).toContain(`${src.dir}/framework.json: $.objectives[3].text: Too small`);
  });

  it('rejects an unknown key (the schemas are strict)', () => {
    const src = sourcesWith([['glossary', 'entries', 2, 'meaning'], 'x']);
    expect(failure(() => buildFrameworkBundle(src)).message).toMatch(
      /glossary\.json: \$\.entries\[2\]: Unrecognized key: "meaning"/,
    );
  });

  it('names the citation that does not resolve (fixture file)', () => {
    const fixture: unknown = JSON.parse(
      readFileSync(path.join(REPO, 'test/fixtures/data/talkingPoints.bad-cite.json'), 'utf8'),
    );
    const src = sourcesWith([['talkingPoints'], fixture]);
    const e = failure(() => buildFrameworkBundle(src));
    expect(e.message).toBe(
      `${src.dir}/talkingPoints.json: $.talkingPoints[0].cites[1]: cites unknown framework item "P1.G1.99"`,
    );
  });

  it('catches a duplicate ID', () => {
    const src = sourcesWith([['framework', 'objectives', 1, 'id'], 'P1.G1.1']);
    expect(failure(() => buildFrameworkBundle(src)).message).toContain(
      'framework.json: $.objectives[1].id: duplicate id "P1.G1.1"',
    );
  });

  it('catches a file of another framework version', () => {
    const src = sourcesWith([['quotations', 'frameworkVersion'], 'sfsd-2099']);
    expect(failure(() => buildFrameworkBundle(src)).message).toBe(
      `${src.dir}/quotations.json: $.frameworkVersion: is "sfsd-2099" but framework.json is version "sfsd-2023"`,
    );
  });
});

describe('malformed countries data', () => {
  const good: unknown = JSON.parse(
    readFileSync(path.join(REPO, 'framework-data/countries.json'), 'utf8'),
  );
  it('names file, path and problem', () => {
    const bad = structuredClone(good);
    setAt(bad, ['countries', 5, 'mtcrPartner'], 'yes');
    const e = failure(() => parseCountries(bad, 'countries.bad.json'));
    expect(e.message).toBe(
      'countries.bad.json: $.countries[5].mtcrPartner: Invalid input: expected boolean, received string',
    );
  });

  it('rejects duplicate codes and unknown source ids', () => {
    const bad = structuredClone(good);
    setAt(bad, ['countries', 1, 'iso2'], 'AF');
    setAt(bad, ['countries', 2, 'sourceIds', 6], 'no-such-source');
    const msg = failure(() => parseCountries(bad, 'c.json')).message;
    expect(msg).toContain('c.json: $.countries[1].iso2: duplicate country code "AF"');
    expect(msg).toContain(
      'c.json: $.countries[2].sourceIds[6]: unknown source id "no-such-source"',
    );
  });
});
