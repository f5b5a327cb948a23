// Country facts as a desk officer cites them: the authority and its as-of date, a "verify" flag for weak data.
import type { CountriesFile, Country } from '../countries/schema';
import type { AuthoritiesFile, Authority, AuthorityField } from './authoritiesSchema';
import { describeCountryFacts, type CountryFactLine } from './countryFacts';
import type { CountryFactFamily } from './countrySources';
import { humanDate, humanDatesIn } from './humanDate';

/** One fact ready to print, and the compiler's provenance behind it for the app's detail view. */
export interface CitedFact {
  label: string;
  /** The value with dates in the human style ("Signed 13 October 2020 (signatory no. 1)"). */
  value: string;
  authority: Authority;
  /** The date the fact holds as of (YYYY-MM-DD or YYYY-MM), or null when the data has no one date. */
  asOf: string | null;
  /** Why the fact needs verifying before a principal relies on it, or null. */
  verify: string | null;
  /** The line printed in the Background tab. */
  printed: string;
  /** The compiled line: sources, compiler's as-of statement, notes (app detail view only). */
  provenance: CountryFactLine;
}

const FIELD: Record<CountryFactFamily, AuthorityField> = {
  artemis: 'artemisAccords',
  mtcr: 'mtcrPartner',
  copuos: 'copuosMember',
  ost: 'outerSpaceTreaty',
  regconv: 'registrationConvention',
  agency: 'spaceAgency',
};

/** A signing later than the authority's roster is as of its own date, not the roster's. */
function asOfFor(c: Country, family: CountryFactFamily, authority: Authority): string | null {
  if (authority.asOf === 'mixed') return null;
  const signed = family === 'artemis' ? c.artemisAccords?.signed : null;
  return signed && signed > authority.asOf ? signed : authority.asOf;
}

/** The data's own doubts: an Artemis date not confirmed, or an OST status from recollection. */
function verifyReason(c: Country, family: CountryFactFamily): string | null {
  const artemis = c.artemisAccords;
  if (family === 'artemis' && artemis && artemis.dateConfidence !== 'confirmed') {
    return `the signing date's confidence is "${artemis.dateConfidence}"`;
  }
  if (family === 'ost' && c.notes?.some((n) => n.startsWith('OST:') && /recollection/i.test(n))) {
    return 'the treaty status rests on the compiler’s recollection';
  }
  return null;
}

/** "Not a signatory (NASA, Artemis Accords signatories, as of 30 July 2026)." */
function printedLine(label: string, value: string, authority: Authority, asOf: string | null) {
  const when = asOf ? `, as of ${humanDate(asOf)}` : '';
  return `${label}: ${value} (${authority.authority}${when}).`;
}

/** The country's facts, each cited to its authority with one as-of date, in describeCountryFacts order. */
export function citeCountryFacts(
  c: Country,
  file: CountriesFile,
  authorities: AuthoritiesFile,
): CitedFact[] {
  return describeCountryFacts(c, file).map((line) => {
    const authority = authorities.fields[FIELD[line.family]];
    const value = humanDatesIn(line.value);
    const asOf = asOfFor(c, line.family, authority);
    return {
      label: line.label,
      value,
      authority,
      asOf,
      verify: verifyReason(c, line.family),
      printed: printedLine(line.label, value, authority, asOf),
      provenance: line,
    };
  });
}
