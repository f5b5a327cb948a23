// Which fact family each countries.json source supports, so every fact line cites only the sources behind it.
import type { CountriesFile, Country } from '../countries/schema';

export type CountryFactFamily = 'artemis' | 'mtcr' | 'copuos' | 'ost' | 'regconv' | 'agency';

/**
 * Fact families per source id (read from the source titles in countries.json). `world-countries`
 * backs names and codes only; `compiler-notes` is assigned per country by `compilerNoteFamilies`.
 * A source missing from this table is cited on every line, so a new source is never dropped.
 */
export const SOURCE_FAMILIES: Readonly<Record<string, readonly CountryFactFamily[]>> = {
  'internacia-artemis': ['artemis'],
  'nasa-artemis': ['artemis'],
  'wikipedia-artemis-2026-01': ['artemis'],
  'wikimili-artemis-2024-12': ['artemis'],
  'news-artemis-2020-2023': ['artemis'],
  'nasa-releases-2024': ['artemis'],
  'news-artemis-2024h2': ['artemis'],
  'news-artemis-2025': ['artemis'],
  'news-artemis-2026': ['artemis'],
  'tua-turkiye-2026': ['artemis'],
  'secondary-djibouti-2026': ['artemis'],
  'latvia-2025': ['artemis', 'ost', 'copuos'],
  'internacia-mtcr': ['mtcr'],
  'mofa-japan-mtcr-2012': ['mtcr'],
  'internacia-copuos': ['copuos'],
  'copuos-history': ['copuos'],
  'internacia-ost': ['ost'],
  'verdragenbank-ost': ['ost'],
  'olemiss-signatories': ['ost'],
  'fas-ost': ['ost'],
  'malaysia-ost-2025': ['ost', 'regconv'],
  'philsa-2025': ['ost', 'regconv'],
  'internacia-regconv': ['regconv'],
  'spaceapps-agencies': ['agency'],
  'agency-updates': ['agency'],
  'world-countries': [],
  'compiler-notes': [],
};

/** The roster a negative fact ("not a signatory") rests on when the country lists no source of that family. */
const ROSTER: Record<CountryFactFamily, string> = {
  artemis: 'internacia-artemis',
  mtcr: 'internacia-mtcr',
  copuos: 'internacia-copuos',
  ost: 'internacia-ost',
  regconv: 'internacia-regconv',
  agency: 'spaceapps-agencies',
};

/**
 * The families the compiler's unverified notes may concern for this country, following the
 * reference README's "Known gaps": recollected Artemis dates, recollected OST signatures, agencies.
 */
export function compilerNoteFamilies(c: Country): CountryFactFamily[] {
  const out: CountryFactFamily[] = [];
  if (c.artemisAccords?.dateConfidence === 'recollection') out.push('artemis');
  if (c.notes?.some((n) => n.startsWith('OST:') && n.includes('recollection'))) out.push('ost');
  if (c.spaceAgency !== null) out.push('agency');
  return out;
}

/** The sources behind one fact family of one country, as `{ id, title }`, in the file's order. */
export function sourcesFor(
  c: Country,
  file: CountriesFile,
  family: CountryFactFamily,
): { id: string; title: string }[] {
  const compiler = compilerNoteFamilies(c);
  const ids = c.sourceIds.filter((id) => {
    if (id === 'compiler-notes') return compiler.includes(family);
    const families = SOURCE_FAMILIES[id];
    return families === undefined || families.includes(family);
  });
  if (ids.length === 0) ids.push(ROSTER[family]);
  return ids.flatMap((id) => {
    const s = file.sources.find((src) => src.id === id);
    return s ? [{ id: s.id, title: s.title }] : [];
  });
}

const NOTE_PREFIX: Record<CountryFactFamily, string | undefined> = {
  artemis: 'Artemis:',
  ost: 'OST:',
  copuos: 'COPUOS:',
  agency: 'Agency:',
  mtcr: undefined,
  regconv: undefined,
};

/** The country's notes for one family, prefix removed; undefined when there are none. */
export function notesFor(c: Country, family: CountryFactFamily): string[] | undefined {
  const prefix = NOTE_PREFIX[family];
  if (!prefix || !c.notes) return undefined;
  const notes = c.notes
    .filter((n) => n.startsWith(prefix))
    .map((n) => n.slice(prefix.length).trim());
  return notes.length > 0 ? notes : undefined;
}
