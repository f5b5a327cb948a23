// Readiness of the country facts a book prints: older than 90 days before the meeting, or flagged "verify".
import type { CountriesFile } from '../countries/schema';
import type { AuthoritiesFile } from '../data/authoritiesSchema';
import { citeCountryFacts } from '../data/factCitations';
import { humanDate } from '../data/humanDate';
import type { Book } from '../book/schema';
import { blockText } from '../book/walk';
import type { ReadinessProblem } from './types';

/** Facts older than this many days before the meeting date are flagged. */
export const FACT_MAX_AGE_DAYS = 90;

const DAY_MS = 86_400_000;
/** Days from `from` to `to` (YYYY-MM-DD or YYYY-MM, the first of the month). */
function daysBetween(from: string, to: string): number {
  const t = (s: string) => Date.parse(`${s.length === 7 ? `${s}-01` : s}T00:00:00Z`);
  return Math.round((t(to) - t(from)) / DAY_MS);
}

/** The tab and top-level block that prints the fact line starting "label:", if the book prints it. */
function findFactBlock(book: Book, label: string) {
  for (const tab of book.tabs) {
    const index = tab.content.root.children.findIndex(
      (b) => b.type === 'list' && blockText(b).includes(`${label}:`),
    );
    if (index >= 0) return { tab, index };
  }
  return null;
}

/** Problems with the facts the book actually prints (a fact the book does not print is not checked). */
export function factProblems(
  book: Book,
  countries: CountriesFile,
  authorities: AuthoritiesFile,
): ReadinessProblem[] {
  const country = countries.countries.find((c) => c.iso2 === book.meeting.countryCode);
  if (!country) return [];
  const out: ReadinessProblem[] = [];
  for (const fact of citeCountryFacts(country, countries, authorities)) {
    const found = findFactBlock(book, fact.label);
    if (!found) continue;
    const at = {
      tabId: found.tab.id,
      tabTitle: found.tab.title,
      path: [found.index],
      where: `${found.tab.title}, block ${found.index + 1}`,
    };
    if (fact.asOf && daysBetween(fact.asOf, book.meeting.date) > FACT_MAX_AGE_DAYS) {
      out.push({
        kind: 'fact-stale',
        severity: 'warning',
        ...at,
        message: `${fact.label}: the fact is as of ${humanDate(fact.asOf)}, more than ${FACT_MAX_AGE_DAYS} days before the meeting (${humanDate(book.meeting.date)}). Check it against ${fact.authority.authority}${fact.authority.url ? ` (${fact.authority.url})` : ''}.`,
      });
    }
    if (fact.verify) {
      out.push({
        kind: 'fact-low-confidence',
        severity: 'warning',
        ...at,
        message: `${fact.label}: verify before relying on it: ${fact.verify}. ${fact.authority.verify}`,
      });
    }
  }
  return out;
}
