// The open book's state: load (with journal check), edits, debounced autosave and recovery journal.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Book } from '../../../core/book/schema';
import type { JournalEntry } from '../../../core/ipc/contract';
import { api } from '../../api';
import { recordOpened } from './recordOpened';
import { ensureBlockIds } from '../../../core/book/blockIds';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';

/**
 * Crash-loss budget, 2 s of typing at most (test/e2e/autosave.test.ts): the editor delivers an edit
 * within CHANGE_MAX_WAIT_MS (750 ms, JsonChangePlugin.tsx) and the journal is written JOURNAL_MS
 * after that, pause or not. That leaves about 1 s for the write and for timers running late on a
 * busy machine. The editor's delivery is the only serialization the typing path pays for it.
 */
export const JOURNAL_MS = 250;
/** Autosave waits this long after an edit (the journal covers a crash in between). */
export const AUTOSAVE_MS = 1000;
/**
 * Why: a save is the heaviest task (whole book, backups, index); landing in the middle of a typing
 * burst it delays the next keystroke (the p95 of the keystroke bench). So it waits for a keyboard
 * pause of QUIET_MS, but no longer than SAVE_MAX_WAIT_MS from the first change it has not written.
 * The journal bounds what a crash loses, so the save can leave nonstop typing alone that long.
 */
export const QUIET_MS = 400;
export const SAVE_MAX_WAIT_MS = 10_000;

export interface BookDocument {
  book: Book | null;
  loadError: string | null;
  /** Unsaved state found from a crash; the screen offers Recover / Discard while it is set. */
  recovery: JournalEntry | null;
  status: SaveStatus;
  saveError: string | null;
  update: (change: (book: Book) => Book) => void;
  saveNow: () => Promise<void>;
  recover: () => void;
  discardRecovery: () => Promise<void>;
}

export function useBookDocument(bookId: string): BookDocument {
  const [book, setBook] = useState<Book | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [recovery, setRecovery] = useState<JournalEntry | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef<Book | null>(null);
  const version = useRef(0);
  const savedVersion = useRef(0);
  const timers = useRef<{ save?: number; journal?: number }>({});
  const lastKey = useRef(0);
  useEffect(() => {
    const onKey = (): void => {
      lastKey.current = performance.now();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  // Latest time each pending job may still wait: kept across reschedules, so steady typing (an
  // editor change every half second) cannot postpone a save or journal write indefinitely.
  const deadlines = useRef<{ save?: number; journal?: number }>({});
  /** Runs `job` after `delay` ms, then once the keyboard is quiet (QUIET_MS) or `maxWait` has passed. */
  const schedule = useCallback(
    (slot: 'save' | 'journal', delay: number, maxWait: number, job: () => void) => {
      window.clearTimeout(timers.current[slot]);
      const deadline = (deadlines.current[slot] ??= performance.now() + maxWait);
      const attempt = (): void => {
        const now = performance.now();
        const quietFor = now - lastKey.current;
        if (quietFor < QUIET_MS && now < deadline) {
          // Never sleep past the deadline: that is what bounds the loss during steady typing.
          timers.current[slot] = window.setTimeout(
            attempt,
            Math.min(QUIET_MS - quietFor, deadline - now),
          );
          return;
        }
        deadlines.current[slot] = undefined;
        job();
      };
      timers.current[slot] = window.setTimeout(
        attempt,
        Math.min(delay, deadline - performance.now()),
      );
    },
    [],
  );
  // Serialises journal writes and saves so a late journal write never follows the save that cleared it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(job, job);
    queue.current = next.catch(() => undefined);
    return next;
  };

  useEffect(() => {
    let live = true;
    void (async () => {
      const [loaded, journal] = await Promise.all([
        api.books.get({ id: bookId }),
        api.journal.get({ id: bookId }),
      ]);
      if (!live) return;
      if (!loaded.ok) return setLoadError(loaded.error.message);
      // Stable block IDs on open (kept by the editor as node state): DOCX bookmarks map back to them.
      const opened = ensureBlockIds(loaded.value);
      latest.current = opened;
      setBook(opened);
      void recordOpened(bookId);
      if (journal.ok && journal.value) setRecovery(journal.value);
    })();
    return () => {
      live = false;
    };
  }, [bookId]);

  const saveNow = useCallback(async () => {
    window.clearTimeout(timers.current.save);
    deadlines.current.save = undefined;
    const current = latest.current;
    const v = version.current;
    if (!current || v === savedVersion.current) return;
    setStatus('saving');
    const result = await enqueue(() => api.books.save({ book: current }));
    if (!result.ok) {
      setStatus('error');
      setSaveError(result.error.message);
      return;
    }
    savedVersion.current = Math.max(savedVersion.current, v);
    setSaveError(null);
    setStatus(version.current === v ? 'saved' : 'unsaved');
  }, []);

  const update = useCallback(
    (change: (book: Book) => Book) => {
      const current = latest.current;
      if (!current) return;
      const next = change(current);
      if (next === current) return;
      latest.current = next;
      version.current++;
      setBook(next);
      setStatus('unsaved');
      schedule('journal', JOURNAL_MS, JOURNAL_MS, () => {
        const snapshot = latest.current;
        if (snapshot && version.current !== savedVersion.current)
          void enqueue(() => api.journal.write({ book: snapshot }));
      });
      schedule('save', AUTOSAVE_MS, SAVE_MAX_WAIT_MS, () => void saveNow());
    },
    [saveNow, schedule],
  );

  // Leaving the screen saves what is pending instead of waiting for the timer.
  useEffect(
    () => () => {
      window.clearTimeout(timers.current.journal);
      void saveNow();
    },
    [saveNow],
  );

  const recover = useCallback(() => {
    if (!recovery) return;
    setRecovery(null);
    update(() => recovery.book);
  }, [recovery, update]);

  const discardRecovery = useCallback(async () => {
    setRecovery(null);
    await api.journal.discard({ id: bookId });
  }, [bookId]);

  return {
    book,
    loadError,
    recovery,
    status,
    saveError,
    update,
    saveNow,
    recover,
    discardRecovery,
  };
}
