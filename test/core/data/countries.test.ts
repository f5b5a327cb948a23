// The bundled country facts: a faithful copy of the reference file, its counts, and findCountry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findCountry,
  isArtemisSignatory,
  isCopuosMember,
  isOstParty,
  loadCountries,
} from '../../../core/data';
import { AppFailure } from '../../../core/ipc/result';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REFERENCE = path.resolve(HERE, '../../../framework-data/sources/space-diplomacy-facts.json');
const file = loadCountries();

describe('countries.json', () => {
  it('is the reference file, copied faithfully', () => {
    const reference: unknown = JSON.parse(readFileSync(REFERENCE, 'utf8'));
    expect(file).toEqual(reference);
  });

  it('holds 196 unique ISO codes', () => {
    const codes = file.countries.map((c) => c.iso2);
    expect(codes).toHaveLength(196);
    expect(new Set(codes).size).toBe(196);
  });

  it('matches the counts the reference README states', () => {
    const count = (p: (c: (typeof file.countries)[number]) => boolean) =>
      file.countries.filter(p).length;
    expect(count(isArtemisSignatory)).toBe(72);
    expect(count((c) => c.mtcrPartner)).toBe(35);
    expect(count(isCopuosMember)).toBe(110);
    expect(count(isOstParty)).toBe(120);
    expect(count((c) => c.outerSpaceTreaty === 'signatory')).toBe(20);
    expect(count((c) => c.registrationConvention === 'party')).toBe(78);
  });
});

describe('findCountry', () => {
  it('finds a country case-insensitively', () => {
    expect(findCountry(file, 'jp').name).toBe('Japan');
    expect(findCountry(file, ' Fr ').iso2).toBe('FR');
  });

  it('names an unknown code and suggests close matches', () => {
    const attempt = () => findCountry(file, 'UK');
    expect(attempt).toThrow(AppFailure);
    // Caught outside the try, so the checks below cannot be skipped by a call that does not throw.
    let error: unknown = null;
    try {
      attempt();
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(
        /^Unknown country code "UK"\. Did you mean: GB \(United Kingdom\), /,
      ) as unknown,
    });
    expect(() => findCountry(file, 'germany')).toThrow(/Did you mean: DE \(Germany\)/);
  });
});
