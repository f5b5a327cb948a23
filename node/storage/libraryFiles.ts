// Every file the library stores, with the seal label it is bound to: what migration encrypts and what audits inspect.
import { join } from 'node:path';
import { isTempName } from './atomicWrite';
import { sealLabel } from './cipher';
import type { StorageFs } from './fsSeam';
import {
  BOOK_FILE,
  DAMAGED_INFIX,
  TRASHED_JOURNAL_FILE,
  TRASH_META_FILE,
  isMissing,
  type StorageLayout,
} from './layout';

export interface LibraryFile {
  path: string;
  /** The AAD label the file is sealed under. */
  label: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

async function names(sfs: StorageFs, dir: string): Promise<string[]> {
  return sfs.readdir(dir).catch((e: unknown) => (isMissing(e) ? [] : Promise.reject(e)));
}

async function isFile(sfs: StorageFs, path: string): Promise<boolean> {
  return (await sfs.lstat(path).catch(() => null))?.isFile() ?? false;
}

/** The files of one book folder (live or trashed): generations, backups, damaged copies, trash metadata, trashed journal. */
async function bookFolderFiles(sfs: StorageFs, dir: string, id: string): Promise<LibraryFile[]> {
  const out: LibraryFile[] = [];
  for (const name of await names(sfs, dir)) {
    if (isTempName(name) || !(await isFile(sfs, join(dir, name)))) continue;
    if (name === BOOK_FILE || name.startsWith(`${BOOK_FILE}.`))
      out.push({ path: join(dir, name), label: sealLabel.book(id) });
    else if (name === TRASH_META_FILE)
      out.push({ path: join(dir, name), label: sealLabel.trashMeta(id) });
    else if (name === TRASHED_JOURNAL_FILE)
      out.push({ path: join(dir, name), label: sealLabel.journal(id) });
  }
  return out;
}

/** Lists every stored library file (temp files excluded: start-up removes them). */
export async function listLibraryFiles(
  sfs: StorageFs,
  layout: StorageLayout,
): Promise<LibraryFile[]> {
  const out: LibraryFile[] = [];
  if (await isFile(sfs, layout.index)) out.push({ path: layout.index, label: sealLabel.index });
  for (const root of [layout.books, layout.trash]) {
    for (const id of await names(sfs, root)) {
      if (ID.test(id)) out.push(...(await bookFolderFiles(sfs, join(root, id), id)));
    }
  }
  for (const name of await names(sfs, layout.journal)) {
    const m = /^([A-Za-z0-9_-]{1,64})\.json(?:$|\.damaged-)/.exec(name);
    const path = join(layout.journal, name);
    if (m && !isTempName(name) && (await isFile(sfs, path)))
      out.push({ path, label: sealLabel.journal(m[1]!) });
  }
  return out;
}

/** True when `name` is a damaged copy kept aside. */
export const isDamagedCopy = (name: string): boolean => name.includes(DAMAGED_INFIX);
