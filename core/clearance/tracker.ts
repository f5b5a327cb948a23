// The clearance tracker's verdicts: each office's state (pending, current, stale) and whether the book is cleared.
import type { Book, OfficeClearance, SignOff } from '../book/schema';
import { contentHash } from './contentHash';

export type OfficeStatus = NonNullable<OfficeClearance['status']>;
/** Pending: not cleared yet. Current: cleared this content. Stale: cleared an earlier content. */
export type OfficeState = 'pending' | 'current' | 'stale';

/** An office's status; an entry written before the tracker counts as cleared once it has a date. */
export function officeStatus(o: OfficeClearance): OfficeStatus {
  return o.status ?? (o.date !== null ? 'cleared' : 'pending');
}

/** Pending until cleared with a date; then current while the content is what it cleared. */
export function officeState(o: OfficeClearance, currentHash: string): OfficeState {
  if (officeStatus(o) === 'pending' || o.date === null) return 'pending';
  return o.contentHash === currentHash ? 'current' : 'stale';
}

/** New tracker rows for a template's clearing offices: pending, nobody named. */
export function pendingOffices(offices: readonly string[]): OfficeClearance[] {
  return offices.map((office) => ({ office, name: '', date: null, status: 'pending' }));
}

/**
 * Sets an office's status. Clearing records the content version cleared (the current hash);
 * going back to pending forgets it.
 */
export function withOfficeStatus(
  o: OfficeClearance,
  status: OfficeStatus,
  currentHash: string,
): OfficeClearance {
  if (status === 'pending') {
    const { contentHash: _dropped, ...rest } = o;
    return { ...rest, status };
  }
  return { ...o, status, contentHash: currentHash };
}

const signed = (s: SignOff | null): boolean => Boolean(s && s.name.trim());

export interface ClearanceVerdict {
  /** True when the book prints without the DRAFT watermark: drafted, every office current, approved. */
  cleared: boolean;
  /** What is still missing, in words ("the drafter", "clearance by L/OES" ...). */
  missing: string[];
  /** Offices whose clearance covers an earlier version of the content. */
  stale: OfficeClearance[];
}

const officeName = (o: OfficeClearance, i: number): string =>
  o.office.trim() || `clearing office ${i + 1}`;

/** The tracker's verdict on a book, against its current content. */
export function clearanceVerdict(book: Book): ClearanceVerdict {
  const c = book.clearance;
  // Why lazy: hashing a 100-page book costs a long task, and only an office cleared with a date
  // needs the comparison; a draft still being written (the usual case while typing) has none.
  let hash: string | undefined;
  const currentHash = (): string => (hash ??= contentHash(book.tabs));
  const missing: string[] = [];
  const stale: OfficeClearance[] = [];
  if (!signed(c.drafted)) missing.push('the drafter');
  if (c.cleared.length === 0) missing.push('at least one clearing office');
  c.cleared.forEach((o, i) => {
    const state =
      officeStatus(o) === 'pending' || o.date === null ? 'pending' : officeState(o, currentHash());
    if (state === 'stale') stale.push(o);
    else if (state === 'pending')
      missing.push(
        officeStatus(o) === 'pending'
          ? `clearance by ${officeName(o, i)}`
          : `the date ${officeName(o, i)} cleared`,
      );
  });
  if (!signed(c.approved)) missing.push('the approving official');
  else if (c.approved!.date === null) missing.push('the approval date');
  return { cleared: missing.length === 0 && stale.length === 0, missing, stale };
}

/** True when the DRAFT watermark may go: see {@link clearanceVerdict}. */
export const isBookCleared = (book: Book): boolean => clearanceVerdict(book).cleared;
