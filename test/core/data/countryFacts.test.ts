// Country-fact predicates, condition matching and the cited fact lines.
import { describe, expect, it } from 'vitest';
import {
  SOURCE_FAMILIES,
  describeCountryFacts,
  findCountry,
  loadCountries,
  matchesCondition,
} from '../../../core/data';

const file = loadCountries();
const country = (code: string) => findCountry(file, code);
const lineOf = (code: string, label: string) =>
  describeCountryFacts(country(code), file).find((l) => l.label === label);

describe('matchesCondition', () => {
  it('holds when every given key matches and for an empty condition', () => {
    const us = country('US');
    expect(matchesCondition(us)).toBe(true);
    expect(matchesCondition(us, {})).toBe(true);
    expect(
      matchesCondition(us, {
        artemisSignatory: true,
        mtcrPartner: true,
        copuosMember: true,
        ostParty: true,
      }),
    ).toBe(true);
    expect(matchesCondition(us, { artemisSignatory: true, mtcrPartner: false })).toBe(false);
    const af = country('AF');
    expect(
      matchesCondition(af, { artemisSignatory: false, copuosMember: false, ostParty: true }),
    ).toBe(true);
    expect(matchesCondition(country('TW'), { ostParty: false })).toBe(true);
  });
});

describe('describeCountryFacts', () => {
  it('gives the six fact lines in order, with as-of dates from the file', () => {
    const lines = describeCountryFacts(country('JP'), file);
    expect(lines.map((l) => l.label)).toEqual([
      'Artemis Accords',
      'MTCR',
      'COPUOS',
      'Outer Space Treaty',
      'Registration Convention',
      'Space agency',
    ]);
    expect(lines[0]!.asOf).toBe(file.asOf.artemisAccords);
    expect(lines[5]!.asOf).toBe(file.asOf.spaceAgency);
  });

  it('phrases values from the data only', () => {
    const us = country('US');
    const a = us.artemisAccords!;
    expect(lineOf('US', 'Artemis Accords')).toMatchObject({
      value: `Signed ${a.signed} (signatory no. ${a.order})`,
      confidence: a.dateConfidence,
    });
    expect(lineOf('AF', 'Artemis Accords')!.value).toBe('Not a signatory');
    expect(lineOf('AF', 'Artemis Accords')!.confidence).toBeUndefined();
    const lv = country('LV').artemisAccords!;
    expect(lineOf('LV', 'Artemis Accords')!.value).toBe(
      `Signatory; date not on file, signed between ${lv.signedBetween![0]} and ${lv.signedBetween![1]} (signatory number not on file)`,
    );
    expect(lineOf('AL', 'COPUOS')!.value).toBe('Member since 1959');
    expect(lineOf('TW', 'Outer Space Treaty')!.value).toBe('Status unknown');
    expect(lineOf('TW', 'Outer Space Treaty')!.notes![0]).toMatch(/^ROC signed 27 Jan 1967/);
    expect(lineOf('US', 'Space agency')!.value).toBe(
      'National Aeronautics and Space Administration (NASA)',
    );
  });

  it('cites sources of the right family, with titles, on every line', () => {
    for (const c of file.countries) {
      for (const l of describeCountryFacts(c, file)) {
        expect(l.sources.length, `${c.iso2} ${l.label}`).toBeGreaterThan(0);
        for (const s of l.sources)
          expect(file.sources.find((x) => x.id === s.id)?.title).toBe(s.title);
      }
    }
    expect(lineOf('US', 'MTCR')!.sources.map((s) => s.id)).not.toContain('internacia-artemis');
  });

  it('drops none of a country’s sources (names and codes aside)', () => {
    for (const src of file.sources) expect(SOURCE_FAMILIES[src.id], src.id).toBeDefined();
    for (const c of file.countries) {
      const cited = new Set(
        describeCountryFacts(c, file).flatMap((l) => l.sources.map((s) => s.id)),
      );
      const dropped = c.sourceIds.filter((id) => id !== 'world-countries' && !cited.has(id));
      expect(dropped, c.iso2).toEqual([]);
    }
  });
});
