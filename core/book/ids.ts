// Deterministic identifiers inside a book (tab ids) and the normalised timestamps the engine stamps.
import { AppFailure } from '../ipc/result';
import type { TabKind } from './tabKinds';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** "tab-03-scenario": stable, readable, unique within a book because of the position. */
export function tabId(index: number, kind: TabKind): string {
  return `tab-${String(index + 1).padStart(2, '0')}-${kind}`;
}

/** Checks a caller-supplied book id against the book schema's id rule. */
export function checkBookId(id: string): string {
  if (!ID.test(id))
    throw new AppFailure('validation', `book id "${id}" must be 1-64 letters, digits, _ or -`);
  return id;
}

/** An injected clock value as an ISO timestamp; rejects an invalid date instead of writing "Invalid Date". */
export function isoTimestamp(now: Date | string): string {
  const date = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(date.getTime()))
    throw new AppFailure('validation', `"${String(now)}" is not a valid timestamp`);
  return date.toISOString();
}
