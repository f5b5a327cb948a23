// Drift: a newer data pack changed a fact (or a framework text) that the book's content was drafted from.
import type { CountriesFile, Country } from '../countries/schema';
import type { AuthoritiesFile } from '../data/authoritiesSchema';
import { loadCountries } from '../data/countries';
import { citeCountryFacts } from '../data/factCitations';
import { loadFramework } from '../data/framework';
import { humanDate } from '../data/humanDate';
import type { FrameworkBundle } from '../framework/bundle';
import { verifyQuote } from '../book/quotes';
import { conditionFacts, quotesByBlock } from '../book/provenance';
import type { Book, ReliedFact, Tab } from '../book/schema';
import { nodeText } from '../book/walk';
import type { ReadinessProblem } from './types';

/** The pack version in use of each kind. */
export interface PackVersions {
  countries: number;
  framework: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Kenya signed the Artemis Accords on 1 December 2026": what changed, in words. */
function changeSentence(fact: ReliedFact, now: boolean, c: Country): string {
  const n = c.name;
  switch (fact) {
    case 'artemisSignatory': {
      if (!now) return `${n} is no longer listed as an Artemis Accords signatory`;
      const a = c.artemisAccords;
      return `${n} signed the Artemis Accords${a?.signed ? ` on ${humanDate(a.signed)}` : ''}`;
    }
    case 'mtcrPartner':
      return now ? `${n} became an MTCR partner` : `${n} is no longer listed as an MTCR partner`;
    case 'copuosMember':
      return now ? `${n} joined COPUOS` : `${n} is no longer listed as a COPUOS member`;
    case 'ostParty':
      return now
        ? `${n} became a party to the Outer Space Treaty`
        : `${n} is no longer listed as a party to the Outer Space Treaty`;
  }
}

/** "still invites Kenya to sign": what the drafted text still assumes. */
function stillSentence(fact: ReliedFact, was: boolean, n: string): string {
  if (fact === 'artemisSignatory')
    return was ? `still addresses ${n} as a signatory` : `still invites ${n} to sign`;
  const what: Record<Exclude<ReliedFact, 'artemisSignatory'>, string> = {
    mtcrPartner: 'an MTCR partner',
    copuosMember: 'a COPUOS member',
    ostParty: 'a party to the Outer Space Treaty',
  };
  return `still addresses ${n} as ${was ? '' : 'not '}${what[fact]}`;
}

const at = (tab: Tab, block: number) => ({
  tabId: tab.id,
  tabTitle: tab.title,
  path: [block],
  where: `${tab.title}, block ${block + 1}`,
});

/** Condition facts that changed since drafting, and the quoted talking points they chose. */
function conditionDrift(
  book: Book,
  country: Country,
  framework: FrameworkBundle | undefined,
  version: number,
): ReadinessProblem[] {
  const now = conditionFacts(country);
  const bundled = loadCountries().countries.find((c) => c.iso2 === country.iso2);
  // Older books recorded nothing: they were drafted from the bundled pack v1.
  const then: Partial<Record<ReliedFact, boolean>> = book.provenance
    ? Object.fromEntries(book.provenance.facts.map((f) => [f.fact, f.value]))
    : bundled
      ? conditionFacts(bundled)
      : {};
  const points = new Map(
    [...(framework?.talkingPoints ?? []), ...loadFramework().talkingPoints].map((tp) => [
      tp.id,
      tp,
    ]),
  );
  const out: ReadinessProblem[] = [];
  for (const fact of Object.keys(then) as ReliedFact[]) {
    const was = then[fact]!;
    if (now[fact] === was) continue;
    const change = `${changeSentence(fact, now[fact], country)} (country facts pack v${version})`;
    const affected: Array<{ tab: Tab; block: number; itemId: string }> = [];
    for (const tab of book.tabs) {
      for (const { node, block } of quotesByBlock(tab.content.root)) {
        const itemId = String(node.itemId);
        if (points.get(itemId)?.when?.[fact] === was) affected.push({ tab, block, itemId });
      }
    }
    for (const a of affected) {
      out.push({
        kind: 'fact-drift',
        severity: 'blocker',
        ...at(a.tab, a.block),
        message: `${change}; ${a.tab.title} ${stillSentence(fact, was, country.name)} (block ${a.block + 1}, ${a.itemId}). Replace or remove the point.`,
      });
    }
  }
  return out;
}

/** Background fact lines that no longer read as the facts in use print them. */
function factLineDrift(
  book: Book,
  country: Country,
  countries: CountriesFile,
  authorities: AuthoritiesFile,
  version: number,
): ReadinessProblem[] {
  const out: ReadinessProblem[] = [];
  for (const fact of citeCountryFacts(country, countries, authorities)) {
    for (const tab of book.tabs) {
      (tab.content.root.children ?? []).forEach((block, index) => {
        if (block.type !== 'list') return;
        for (const item of block.children ?? []) {
          const text = norm(nodeText(item));
          if (!text.startsWith(`${fact.label}:`) || text === norm(fact.printed)) continue;
          out.push({
            kind: 'fact-drift',
            severity: 'warning',
            ...at(tab, index),
            message: `${fact.label}: the country facts pack v${version} now reads “${fact.printed}” The book still prints “${text}”`,
          });
        }
      });
    }
  }
  return out;
}

/** Quotes whose cleared text a newer framework pack revised (the book still has the bundled v1 text). */
function frameworkDrift(
  book: Book,
  framework: FrameworkBundle,
  version: number,
): ReadinessProblem[] {
  const bundled = loadFramework();
  const out: ReadinessProblem[] = [];
  for (const tab of book.tabs) {
    for (const { node, block } of quotesByBlock(tab.content.root)) {
      if (verifyQuote(node, bundled, book.frameworkVersion) !== null) continue;
      if (verifyQuote(node, framework, book.frameworkVersion) !== 'text-altered') continue;
      out.push({
        kind: 'fact-drift',
        severity: 'blocker',
        ...at(tab, block),
        message: `The framework pack v${version} revised the text of ${String(node.itemId)}; ${tab.title} block ${block + 1} still quotes the earlier text. Insert the current cleared text from the framework panel.`,
      });
    }
  }
  return out;
}

/**
 * Drift problems of a book against the packs in use: only for a pack newer than the one the book
 * was drafted with (older books: the bundled v1). Framework drift is measured against the bundled
 * text, the only earlier framework text the app holds.
 */
export function driftProblems(input: {
  book: Book;
  countries: CountriesFile;
  authorities: AuthoritiesFile;
  framework: FrameworkBundle | undefined;
  packs: PackVersions;
}): ReadinessProblem[] {
  const { book, packs } = input;
  const drafted = book.provenance?.packs ?? { countries: 1, framework: 1 };
  const out: ReadinessProblem[] = [];
  const country = input.countries.countries.find((c) => c.iso2 === book.meeting.countryCode);
  if (country && packs.countries > drafted.countries) {
    out.push(...conditionDrift(book, country, input.framework, packs.countries));
    out.push(...factLineDrift(book, country, input.countries, input.authorities, packs.countries));
  }
  if (input.framework && packs.framework > drafted.framework)
    out.push(...frameworkDrift(book, input.framework, packs.framework));
  return out;
}
