// books:* handlers: library, create from template, save (clears the journal), next round, trash, purge, import, export file.
import { writeFileAtomic } from '../storage/atomicWrite';
import { AppFailure } from '../../core/ipc/result';
import type { AppServices } from '../services/createAppServices';
import { safeFileStem } from '../services/ports';
import type { DomainHandlers } from './types';

/** Handlers for the books domain. */
export function bookHandlers(s: AppServices): DomainHandlers<'books'> {
  const remember = async (id: string): Promise<void> => (await s.prefs()).touchRecentBook(id);
  return {
    // A read may restore a damaged book from a backup: the repository pushes that notice itself.
    'books:list': () => s.books.list(),
    // Not recorded as recent here: the export dialog reads books too (the editor records opening).
    'books:get': ({ id }) => s.books.get(id),
    'books:create': async ({ templateId, countryCode, meeting }) => {
      const id = s.newId();
      const draft = s.content.draftBook(templateId, countryCode, meeting, { now: s.now(), id });
      // The user's profile prefills "Drafted by"; the date is left for the drafter to set.
      const profile = (await s.prefs()).getPreferences().draftedBy;
      if (profile) draft.clearance.drafted = { ...profile, date: null };
      await s.books.save(draft);
      await remember(id);
      return s.books.get(id);
    },
    'books:save': async ({ book }) => {
      const summary = await s.books.save(await s.copies.keepLog(book));
      await s.journal.discard(book.id);
      return summary;
    },
    'books:duplicate': async ({ id, meetingDate }) => {
      const source = await s.books.get(id);
      const next = s.content.nextRound(source, { meetingDate, now: s.now(), id: s.newId() });
      await s.books.save(next);
      await remember(next.id);
      return s.books.get(next.id);
    },
    'books:trash': async ({ id }) => {
      await s.books.trash(id);
      return null;
    },
    'books:restore': async ({ id }) => {
      await s.books.restore(id);
      return null;
    },
    'books:listTrash': () => s.books.listTrash(),
    'books:purge': async ({ id }) => {
      await s.books.purge(id);
      return null;
    },
    'books:import': ({ fileName, text }) => s.books.importText(fileName, text, s.newId()),
    'books:exportFile': async ({ id }) => {
      const { book, text } = await s.books.exportText(id);
      const path = await s.dialogs.showSaveDialog({
        title: 'Export book file',
        defaultPath: `${safeFileStem(book.title)}.briefing.json`,
        filters: [{ name: 'Briefing book', extensions: ['json'] }],
      });
      if (path === null) return null;
      try {
        await writeFileAtomic(path, text);
      } catch (error) {
        throw new AppFailure(
          'io',
          `Could not write the book file to ${path}: ${(error as Error).message}`,
        );
      }
      return path;
    },
  };
}
