// Renders a book's numbered copies, or an addendum to them, and the distribution-log entry that records them.
import { randomBytes } from 'node:crypto';
import type { Book } from '../../core/book/schema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { AppFailure } from '../../core/ipc/result';
import { diffBlocks, type BlockChange } from '../../core/book/changeList';
import {
  copyLabel,
  lastDistribution,
  MAX_COPIES,
  nextAddendum,
  type CopyStamp,
  type Distribution,
  type DistributedTab,
} from '../../core/book/distribution';
import { findClassifiedMarkings } from '../../core/book/classifiedText';
import { highWaterMark } from '../../core/book/marks';
import { preflight, selectTabs } from '../../core/pdf/preflight';
import { plainText } from '../../core/pdf/portions';
import type { RenderRequest } from '../pdf/renderPdf';
import { safeFileStem } from '../services/ports';
import { contentHash, sha256Hex, tabHash } from './contentHash';

/** Renders one PDF: the CLI passes renderPdf, the app its worker runner. */
export type RenderOne = (request: RenderRequest) => Promise<{ bytes: Uint8Array; pages: number }>;

export interface CopyFile {
  number: number;
  recipient: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  pages: number;
}

/** The rendered files and the log entry to append once they are written. */
export interface CopySet {
  entry: Distribution;
  files: CopyFile[];
  /** An addendum's change list (empty for copies). */
  changes: BlockChange[];
}

export interface DistributeInput {
  book: Book;
  framework: FrameworkBundle;
  render: RenderOne;
  /** File names start with this (default: the book's title). */
  fileStem?: string;
  /** ISO datetime of the distribution; default now. */
  now?: string;
  password?: string;
}

const newId = (): string => `d${randomBytes(6).toString('hex')}`;

/** Each tab's hash and block texts, as recorded in the log. */
export function tabSnapshot(book: Book): DistributedTab[] {
  return book.tabs.map((tab) => ({
    id: tab.id,
    title: tab.title,
    hash: tabHash(tab),
    blocks: tab.content.root.children.map((n) =>
      plainText(n).replace(/\s+/g, ' ').trim().slice(0, 20_000),
    ),
  }));
}

function fileName(stem: string, stamp: CopyStamp): string {
  return `${safeFileStem(stem)} - ${copyLabel(stamp)} - ${safeFileStem(stamp.recipient, 'recipient')}.pdf`;
}

/** Checks the recipients before any rendering: count, length, no classified marking in a name. */
function assertRecipients(recipients: string[], count: number): void {
  if (count < 1 || count > MAX_COPIES)
    throw new AppFailure(
      'validation',
      `The number of copies must be 1 to ${MAX_COPIES}; got ${count}`,
    );
  if (recipients.length !== count)
    throw new AppFailure(
      'validation',
      `${count} copies need ${count} recipients; ${recipients.length} given (${recipients.join('; ') || 'none'})`,
    );
  recipients.forEach((r, i) => {
    const hit = findClassifiedMarkings(r)[0];
    if (hit)
      throw new AppFailure(
        'validation',
        `Recipient ${i + 1} ("${r}") contains a classified marking; this app handles unclassified work only`,
      );
  });
}

async function renderSet(
  input: DistributeInput,
  stamps: CopyStamp[],
  extra: Pick<RenderRequest, 'includeTabs' | 'addendum'>,
): Promise<CopyFile[]> {
  const stem = input.fileStem ?? input.book.title;
  const files: CopyFile[] = [];
  // One at a time: each copy is a full render, and two cores are shared.
  for (const stamp of stamps) {
    const { bytes, pages } = await input.render({
      books: [input.book],
      framework: input.framework,
      copyStamp: stamp,
      ...extra,
      ...(input.password === undefined ? {} : { password: input.password }),
    });
    files.push({
      number: stamp.number,
      recipient: stamp.recipient,
      fileName: fileName(stem, stamp),
      bytes,
      sha256: sha256Hex(bytes),
      pages,
    });
  }
  return files;
}

/** Renders N numbered copies, one per recipient, in order ("Copy k of N"). */
export async function renderCopies(
  input: DistributeInput & { recipients: string[]; count: number },
): Promise<CopySet> {
  assertRecipients(input.recipients, input.count);
  const mark = highWaterMark(preflight(selectTabs([input.book])));
  const id = newId();
  const of = input.count;
  const stamps = input.recipients.map((recipient, i) => ({
    bookId: input.book.id,
    distributionId: id,
    number: i + 1,
    of,
    recipient,
    addendum: 0,
  }));
  const files = await renderSet(input, stamps, {});
  return { entry: entryFor(input, id, 0, of, files, mark), files, changes: [] };
}

function entryFor(
  input: DistributeInput,
  id: string,
  addendum: number,
  of: number,
  files: CopyFile[],
  mark: string,
): Distribution {
  return {
    id,
    addendum,
    at: input.now ?? new Date().toISOString(),
    of,
    contentHash: contentHash(input.book),
    mark,
    tabs: tabSnapshot(input.book),
    copies: files.map((f) => ({
      number: f.number,
      recipient: f.recipient,
      fileName: f.fileName,
      sha256: f.sha256,
    })),
  };
}

/** What changed since the last distribution: changed tab ids, removed tab titles and the block changes. */
export function changesSince(
  book: Book,
  last: Distribution,
): { tabIds: string[]; removedTabs: string[]; changes: BlockChange[] } {
  const before = new Map(last.tabs.map((t) => [t.id, t]));
  const now = tabSnapshot(book);
  const changed = now.filter((t) => before.get(t.id)?.hash !== t.hash);
  const changes = changed.flatMap((t) =>
    diffBlocks(t.title, before.get(t.id)?.blocks ?? [], t.blocks ?? []),
  );
  const removedTabs = last.tabs.filter((t) => !now.some((n) => n.id === t.id)).map((t) => t.title);
  return { tabIds: changed.map((t) => t.id), removedTabs, changes };
}

/**
 * Renders "Addendum n to Copy k of N" for every recipient of the last numbered distribution:
 * only the tabs changed since the last distribution, after a change list.
 * @throws AppFailure('validation') when no copies were distributed or nothing changed since.
 */
export async function renderAddendum(input: DistributeInput): Promise<CopySet> {
  const log = input.book.distribution;
  const next = nextAddendum(log);
  const last = lastDistribution(log);
  if (!next || !last)
    throw new AppFailure(
      'validation',
      `"${input.book.title}" has no distributed copies yet: export numbered copies first`,
    );
  const { tabIds, removedTabs, changes } = changesSince(input.book, last);
  if (tabIds.length === 0 && removedTabs.length === 0)
    throw new AppFailure(
      'validation',
      `Nothing changed in "${input.book.title}" since the last distribution (${last.at.slice(0, 10)}): no addendum to make`,
    );
  const selections = selectTabs([input.book], { [input.book.id]: tabIds });
  // The change list quotes words of the distributed text: never below what was distributed.
  const mark = highWaterMark([
    ...preflight(selections),
    ...(last.mark ? [last.mark] : []),
    ...(next.base.mark ? [next.base.mark] : []),
  ]);
  const id = newId();
  const stamps = next.base.copies.map((c) => ({
    bookId: input.book.id,
    distributionId: id,
    number: c.number,
    of: next.base.of,
    recipient: c.recipient,
    addendum: next.number,
  }));
  const files = await renderSet(input, stamps, {
    includeTabs: { [input.book.id]: tabIds },
    addendum: { number: next.number, since: last.at, changes, removedTabs, mark },
  });
  return { entry: entryFor(input, id, next.number, next.base.of, files, mark), files, changes };
}

/** The book with `entry` appended to its log; older entries drop their block texts (only the newest is diffed against). */
export function withDistribution(book: Book, entry: Distribution): Book {
  const older = (book.distribution ?? []).map((d) => ({
    ...d,
    tabs: d.tabs.map(({ blocks: _blocks, ...t }) => t),
  }));
  return { ...book, distribution: [...older, entry] };
}
