// Country-fact predicates and the short, cited fact lines shown on the background tab and the new-book screen.
import type { CountriesFile, Country } from '../countries/schema';
import type { CountryCondition } from '../framework/conditions';
import { notesFor, sourcesFor, type CountryFactFamily } from './countrySources';

/** One fact, ready to print: a short phrase from the data only, its sources, and the as-of date of its fact family. */
export interface CountryFactLine {
  label: string;
  /** The fact family (which authority the fact is cited to: core/data/factCitations.ts). */
  family: CountryFactFamily;
  value: string;
  sources: { id: string; title: string }[];
  asOf: string;
  /** Artemis only: the file's dateConfidence for the signing date. */
  confidence?: string;
  /** The data's caveats for this fact, family prefix ("OST:", ...) removed. */
  notes?: string[];
}

export const isArtemisSignatory = (c: Country): boolean => c.artemisAccords !== null;
export const isCopuosMember = (c: Country): boolean => c.copuosMember !== false;
/** A party (not merely a signatory) to the Outer Space Treaty. */
export const isOstParty = (c: Country): boolean => c.outerSpaceTreaty === 'party';

/** Whether every key present in `cond` holds for `c`; an absent or empty condition always holds. */
export function matchesCondition(c: Country, cond?: CountryCondition): boolean {
  if (!cond) return true;
  const actual: Record<keyof CountryCondition, boolean> = {
    artemisSignatory: isArtemisSignatory(c),
    mtcrPartner: c.mtcrPartner,
    copuosMember: isCopuosMember(c),
    ostParty: isOstParty(c),
  };
  return (Object.keys(actual) as Array<keyof CountryCondition>).every(
    (k) => cond[k] === undefined || cond[k] === actual[k],
  );
}

function artemisValue(c: Country): string {
  const a = c.artemisAccords;
  if (!a) return 'Not a signatory';
  const order = a.order !== null ? `signatory no. ${a.order}` : 'signatory number not on file';
  if (a.signed) return `Signed ${a.signed} (${order})`;
  const [from, to] = a.signedBetween!;
  return `Signatory; date not on file, signed between ${from} and ${to} (${order})`;
}

const TREATY: Record<Country['outerSpaceTreaty'], string> = {
  party: 'Party',
  signatory: 'Signatory, not ratified',
  // The reference README: "none" means only that the country was not found in the compiled roster.
  none: 'Not found among parties or signatories',
  unknown: 'Status unknown',
};

/**
 * The country's facts as short lines, each with its sources and the as-of date of its fact family:
 * Artemis Accords, MTCR, COPUOS, Outer Space Treaty, Registration Convention (when on file), Space agency.
 * Values are phrases built from the data only; nothing is inferred.
 */
export function describeCountryFacts(c: Country, file: CountriesFile): CountryFactLine[] {
  const line = (
    label: string,
    family: CountryFactFamily,
    value: string,
    asOf: string,
  ): CountryFactLine => {
    const notes = notesFor(c, family);
    return {
      label,
      family,
      value,
      sources: sourcesFor(c, file, family),
      asOf,
      ...(notes ? { notes } : {}),
    };
  };
  const artemis = line('Artemis Accords', 'artemis', artemisValue(c), file.asOf.artemisAccords);
  if (c.artemisAccords) artemis.confidence = c.artemisAccords.dateConfidence;
  const copuos =
    c.copuosMember === false
      ? 'Not a member'
      : c.copuosMember.since !== null
        ? `Member since ${c.copuosMember.since}`
        : 'Member (joining year not on file)';
  const agency = c.spaceAgency
    ? c.spaceAgency.acronym
      ? `${c.spaceAgency.name} (${c.spaceAgency.acronym})`
      : c.spaceAgency.name
    : 'None on file';
  const lines = [
    artemis,
    line('MTCR', 'mtcr', c.mtcrPartner ? 'Partner' : 'Not a partner', file.asOf.mtcr),
    line('COPUOS', 'copuos', copuos, file.asOf.copuos),
    line('Outer Space Treaty', 'ost', TREATY[c.outerSpaceTreaty], file.asOf.outerSpaceTreaty),
  ];
  if (c.registrationConvention !== undefined) {
    lines.push(
      line(
        'Registration Convention',
        'regconv',
        TREATY[c.registrationConvention],
        file.asOf.registrationConvention,
      ),
    );
  }
  lines.push(line('Space agency', 'agency', agency, file.asOf.spaceAgency));
  return lines;
}
