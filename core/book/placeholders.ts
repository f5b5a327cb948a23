// Template placeholders ({{country.name}}, {{meeting.date}}, ...): the known names, their values, and filling them in as text or fields.
import { AppFailure } from '../ipc/result';
import type { Country } from '../countries/schema';
import type { SerializedNode } from './lexical';
import type { Meeting } from './schema';
import { ask, fieldNode, fieldValues, isFieldName, longDate } from './fields';
import { textNode } from './lexicalBuilders';

export { longDate };

/** Every placeholder a template may use, with what it becomes. */
export const PLACEHOLDERS = {
  'country.name': 'the country name, e.g. Japan',
  'country.code': 'the ISO 3166-1 alpha-2 code, e.g. JP',
  'country.agency': 'the national space agency (acronym), if known',
  'meeting.date': 'the meeting date written out, e.g. March 12, 2026',
  'meeting.isoDate': 'the meeting date as YYYY-MM-DD',
  'meeting.city': 'the meeting city',
  'counterpart.name': 'the counterpart (their principal)',
  'counterpart.title': "the counterpart's title",
  'counterpart.nativeName': "the counterpart's name in native script",
  'principal.name': 'our principal',
  'principal.title': "our principal's title",
  delegation: 'the U.S. delegation, "Name, Title; ..."',
} as const;
export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Record<PlaceholderName, string>;

const PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** The names of every placeholder used in `text`, known or not. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[1] ?? '');
}

/** True when `name` is a placeholder the engine can fill. */
export function isKnownPlaceholder(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** The values for one country and meeting; absent facts become "[Drafter: ...]" prompts. */
export function placeholderValues(
  country: Country,
  meeting: Omit<Meeting, 'countryCode' | 'countryName'>,
): PlaceholderValues {
  const agency = country.spaceAgency;
  return {
    ...fieldValues({ ...meeting, countryCode: country.iso2, countryName: country.name }),
    'country.agency': agency
      ? agency.acronym
        ? `${agency.name} (${agency.acronym})`
        : agency.name
      : ask('space agency'),
  };
}

/**
 * Replaces every {{name}} in `text`. An unknown name is a template bug: it throws
 * AppFailure('validation') naming the placeholder and the known ones, rather than printing "{{".
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PATTERN, (_whole, name: string) => values[known(name)]);
}

function known(name: string): PlaceholderName {
  if (!isKnownPlaceholder(name)) {
    throw new AppFailure(
      'validation',
      `unknown placeholder {{${name}}}; known placeholders: ${Object.keys(PLACEHOLDERS).join(', ')}`,
    );
  }
  return name;
}

/**
 * `text` as inline nodes: placeholders bound to the book's details become field nodes (so they
 * follow later changes); the others (e.g. {{country.agency}}, from country facts) are filled in as
 * text. Unknown names throw as in fillPlaceholders.
 */
export function fillInline(text: string, values: PlaceholderValues): SerializedNode[] {
  const out: SerializedNode[] = [];
  let pending = '';
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    pending += text.slice(last, m.index);
    last = m.index + m[0].length;
    const name = known(m[1] ?? '');
    // Inside a "[Drafter: …]" prompt the country (which never changes for a book) is plain text,
    // so the whole prompt stays one text run: findable by readiness, highlighting and F8.
    const before = text.slice(0, m.index);
    const inPrompt = before.lastIndexOf('[Drafter:') > before.lastIndexOf(']');
    const fixed = name === 'country.name' || name === 'country.code';
    if (isFieldName(name) && !(inPrompt && fixed)) {
      if (pending) out.push(textNode(pending));
      pending = '';
      out.push(fieldNode(name, values[name]));
    } else pending += values[name];
  }
  pending += text.slice(last);
  if (pending) out.push(textNode(pending));
  return out;
}
