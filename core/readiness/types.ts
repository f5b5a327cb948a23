// The shape of a readiness problem: what is wrong, how much it matters, and where to jump to fix it.

export const READINESS_KINDS = [
  'placeholder',
  'unmarked-portion',
  'classified-marking',
  'quote-edited',
  'quote-unknown-id',
  'quote-unknown-version',
  'fact-stale',
  'fact-low-confidence',
  'clearance-incomplete',
  'clearance-stale',
  'unprintable-script',
  'empty-tab',
  'meeting-past',
  'detail-not-live',
  'image-no-alt',
  'fact-drift',
] as const;
export type ReadinessKind = (typeof READINESS_KINDS)[number];

/** A blocker refuses a final export; a warning is listed before a draft export. */
export type Severity = 'blocker' | 'warning';

/** Book-level places outside the tabs, opened in the app's Book details form. */
export type BookField = 'title' | 'meeting' | 'clearance';

export interface ReadinessProblem {
  kind: ReadinessKind;
  severity: Severity;
  /** The tab the problem is in, or null for book-level problems (title, details, clearance). */
  tabId: string | null;
  tabTitle: string | null;
  /**
   * Child indices from the tab's root to the node (path[0] is the top-level block), or null for
   * the tab as a whole or a book-level problem.
   */
  path: number[] | null;
  /** For book-level problems: which part of Book details. */
  field?: BookField;
  /** Where, in words: "Background, block 3" or "book title". */
  where: string;
  /** What is wrong and what to do, for a desk officer. */
  message: string;
}
