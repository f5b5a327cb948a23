// THE readiness check used by the app, the CLI and export: every problem that makes a book not ready to print.
import type { CountriesFile } from '../countries/schema';
import type { AuthoritiesFile } from '../data/authoritiesSchema';
import { humanDate } from '../data/humanDate';
import type { FrameworkBundle } from '../framework/bundle';
import type { Book, Person } from '../book/schema';
import { isBlank } from '../book/walk';
import { unconvertedDetails } from '../book/unconverted';
import { clearanceVerdict } from '../clearance/tracker';
import { contentProblems } from './contentChecks';
import { driftProblems, type PackVersions } from './driftChecks';
import { factProblems } from './factChecks';
import { classifiedMessages, placeholdersIn, scriptMessage } from './textChecks';
import type { BookField, ReadinessProblem } from './types';

export interface ReadinessInput {
  book: Book;
  /** The bundled framework; quotes of a book drafted from another version are never cleared. */
  framework: FrameworkBundle | undefined;
  /** Country facts and their authorities; facts are not checked without them. */
  countries?: CountriesFile;
  authorities?: AuthoritiesFile;
  /** Today's date as YYYY-MM-DD (a parameter: the check is pure). */
  today: string;
  /** The data pack versions in use; with countries and authorities, enables the drift check. */
  packs?: PackVersions;
  /** Tab ids to check (as in an export's includeTabs); absent means all tabs. */
  includeTabs?: readonly string[];
}

/** Book-level texts (title, details, clearance), each with the part of Book details it lives in. */
function detailTexts(book: Book): Array<{ field: BookField; where: string; text: string }> {
  const out: Array<{ field: BookField; where: string; text: string }> = [
    { field: 'title', where: 'book title', text: book.title },
    { field: 'meeting', where: 'meeting country', text: book.meeting.countryName },
    { field: 'meeting', where: 'meeting city', text: book.meeting.city },
  ];
  const person = (p: Person | null, role: string) => {
    for (const key of ['name', 'title', 'nativeName', 'pronunciation'] as const) {
      const text = p?.[key];
      if (text) out.push({ field: 'meeting', where: `${role} ${key}`, text });
    }
  };
  person(book.meeting.counterpart, 'counterpart');
  person(book.meeting.principal, 'principal');
  const c = book.clearance;
  for (const s of [c.drafted, ...c.cleared, c.approved]) {
    if (s)
      out.push({ field: 'clearance', where: 'clearance block', text: `${s.office} ${s.name}` });
  }
  return out;
}

function clearanceProblems(book: Book): ReadinessProblem[] {
  const { missing, stale } = clearanceVerdict(book);
  const at = {
    severity: 'blocker',
    tabId: null,
    tabTitle: null,
    path: null,
    field: 'clearance',
  } as const;
  const out: ReadinessProblem[] = stale.map((o) => ({
    kind: 'clearance-stale',
    ...at,
    where: `clearance by ${o.office || 'a clearing office'}`,
    message: o.contentHash
      ? `${o.office || 'A clearing office'}${o.name ? ` (${o.name})` : ''} cleared an earlier version: the tabs have changed since${o.date ? ` ${humanDate(o.date)}` : ''}. Have the office clear the current text again, then record it.`
      : `${o.office || 'A clearing office'} was recorded before the tracker kept the version cleared. Record the clearance again for the current text.`,
  }));
  if (missing.length > 0)
    out.unshift({
      kind: 'clearance-incomplete',
      ...at,
      where: 'clearance',
      message: `Clearance is not complete: it still needs ${missing.join(', ')}. A final export needs a cleared book.`,
    });
  return out;
}

/**
 * Every problem that keeps the book from being ready, blockers and warnings, in book order:
 * book details first, then each tab's content, then facts, clearance and the meeting date.
 */
export function checkReadiness(input: ReadinessInput): ReadinessProblem[] {
  const { book, framework, today } = input;
  const tabs = input.includeTabs
    ? book.tabs.filter((t) => input.includeTabs!.includes(t.id))
    : book.tabs;
  const out: ReadinessProblem[] = [];
  const bookLevel = { tabId: null, tabTitle: null, path: null };
  for (const { field, where, text } of detailTexts(book)) {
    for (const message of classifiedMessages(text))
      out.push({
        kind: 'classified-marking',
        severity: 'blocker',
        ...bookLevel,
        field,
        where,
        message: `In the ${where}: ${message}`,
      });
    const script = scriptMessage(text);
    if (script)
      out.push({
        kind: 'unprintable-script',
        severity: 'blocker',
        ...bookLevel,
        field,
        where,
        message: `In the ${where}: ${script}`,
      });
    for (const p of placeholdersIn(text))
      out.push({
        kind: 'placeholder',
        severity: 'blocker',
        ...bookLevel,
        field,
        where,
        message: `Placeholder left in the ${where}: ${p.text}.`,
      });
  }
  for (const tab of tabs) {
    const tabLevel = {
      tabId: tab.id,
      tabTitle: tab.title,
      path: null,
      where: `${tab.title} (tab title)`,
    };
    for (const message of classifiedMessages(tab.title))
      out.push({
        kind: 'classified-marking',
        severity: 'blocker',
        ...tabLevel,
        message: `In the tab title: ${message}`,
      });
    const script = scriptMessage(tab.title);
    if (script)
      out.push({ kind: 'unprintable-script', severity: 'blocker', ...tabLevel, message: script });
    if (isBlank(tab.content.root)) {
      out.push({
        kind: 'empty-tab',
        severity: 'warning',
        ...tabLevel,
        where: tab.title,
        message: `The tab “${tab.title}” is empty. Write it, or remove the tab.`,
      });
    }
    out.push(...contentProblems(tab, framework, book.frameworkVersion, book.meeting.countryName));
  }
  if (input.countries && input.authorities) {
    const wanted = new Set(tabs.map((t) => t.id));
    out.push(
      ...factProblems(book, input.countries, input.authorities).filter(
        (p) => p.tabId !== null && wanted.has(p.tabId),
      ),
    );
    if (input.packs) {
      const drift = driftProblems({
        book,
        countries: input.countries,
        authorities: input.authorities,
        framework,
        packs: input.packs,
      }).filter((p) => p.tabId !== null && wanted.has(p.tabId));
      // A quote a framework pack revised is drift, not the officer's edit: list it once.
      const revised = new Set(
        drift
          .filter((p) => p.message.startsWith('The framework pack'))
          .map((p) => `${p.tabId}/${p.path?.join('.')}`),
      );
      const kept = out.filter(
        (p) => p.kind !== 'quote-edited' || !revised.has(`${p.tabId}/${p.path?.[0]}`),
      );
      out.splice(0, out.length, ...kept, ...drift);
    }
  }
  // Details written as plain text (left by the format-2 migration, or typed): they will not follow Book details.
  const wantedTabs = new Set(tabs.map((t) => t.id));
  for (const d of unconvertedDetails(book)) {
    if (!wantedTabs.has(d.tabId)) continue;
    out.push({
      kind: 'detail-not-live',
      severity: 'warning',
      tabId: d.tabId,
      tabTitle: d.tabTitle,
      path: [d.blockIndex],
      where: `${d.tabTitle}, block ${d.blockIndex + 1}`,
      message: d.message,
    });
  }
  out.push(...clearanceProblems(book));
  if (book.meeting.date < today) {
    out.push({
      kind: 'meeting-past',
      severity: 'warning',
      ...bookLevel,
      field: 'meeting',
      where: 'meeting date',
      message: `The meeting date, ${humanDate(book.meeting.date)}, is in the past. Update it under Book details, or start the next round.`,
    });
  }
  return out;
}

/** Kinds that refuse every export, drafts included: what must never be printed. */
export const REFUSES_EVERY_EXPORT: ReadonlySet<string> = new Set([
  'classified-marking',
  'unmarked-portion',
  'unprintable-script',
  'quote-unknown-version',
]);

/** The problems that refuse an export of this kind (a final export: every blocker). */
export function exportRefusals(
  problems: readonly ReadinessProblem[],
  mode: 'draft' | 'final',
): ReadinessProblem[] {
  return problems.filter((p) =>
    mode === 'final' ? p.severity === 'blocker' : REFUSES_EVERY_EXPORT.has(p.kind),
  );
}

/** True when nothing blocks a final export. */
export const isReady = (problems: readonly ReadinessProblem[]): boolean =>
  problems.every((p) => p.severity !== 'blocker');

/** "Background, block 3: Placeholder left: [Drafter: time]. ..." — one line per problem. */
export function describeProblem(p: ReadinessProblem): string {
  return `${p.severity === 'blocker' ? 'BLOCKER' : 'warning'} ${p.kind} · ${p.where}: ${p.message}`;
}
