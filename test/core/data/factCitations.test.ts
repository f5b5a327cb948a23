// Fact lines cite the authority and one human as-of date; weak data is flagged "verify"; authorities.json is the reference's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCountry, loadCountries } from '../../../core/data';
import { loadAuthorities } from '../../../core/data/authorities';
import { AuthoritiesFileSchema } from '../../../core/data/authoritiesSchema';
import { citeCountryFacts } from '../../../core/data/factCitations';
import { humanDate } from '../../../core/data/humanDate';

const file = loadCountries();
const authorities = loadAuthorities();
const cite = (code: string, label: string) =>
  citeCountryFacts(findCountry(file, code), file, authorities).find((f) => f.label === label)!;

describe('citeCountryFacts', () => {
  it('prints "Not a signatory (NASA, Artemis Accords signatories, as of 30 July 2026)" for Kenya', () => {
    expect(cite('KE', 'Artemis Accords').printed).toBe(
      'Artemis Accords: Not a signatory (NASA, Artemis Accords signatories, as of 30 July 2026).',
    );
    expect(cite('KE', 'Artemis Accords').verify).toBeNull();
  });

  it('dates a signing later than the roster by the signing, and flags an unconfirmed date', () => {
    const dj = cite('DJ', 'Artemis Accords');
    expect(dj.asOf).toBe('2026-09-14');
    expect(dj.printed).toContain('as of 14 September 2026');
    expect(dj.verify).toMatch(/confidence/);
  });

  it('never prints a repository path, an ISO date or a nested as-of statement', () => {
    for (const c of file.countries) {
      for (const f of citeCountryFacts(c, file, authorities)) {
        expect(f.printed, c.iso2).not.toMatch(/\d{4}-\d{2}|\.yaml|internacia|\(as of .*\(/);
        // The compiler's trail is kept for the app's detail view.
        expect(f.provenance.sources.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('authorities.json', () => {
  it('is the reference file, validated', () => {
    const bundled = JSON.parse(readFileSync('framework-data/authorities.json', 'utf8')) as unknown;
    const reference = JSON.parse(
      readFileSync('framework-data/sources/authorities.json', 'utf8'),
    ) as unknown;
    expect(bundled).toEqual(reference);
    expect(AuthoritiesFileSchema.safeParse(bundled).success).toBe(true);
    expect(
      AuthoritiesFileSchema.safeParse({
        ...(bundled as object),
        fields: { ...(bundled as { fields: object }).fields, mtcrPartner: { authority: '' } },
      }).success,
    ).toBe(false);
  });

  it('writes dates in one human style', () => {
    expect(humanDate('2026-07-30')).toBe('30 July 2026');
    expect(humanDate('2025-10')).toBe('October 2025');
    expect(humanDate('mixed')).toBe('mixed');
  });
});
