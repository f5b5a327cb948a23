// journal:* handlers: the hot-exit recovery journal of unsaved editor state.
import type { AppServices } from '../services/createAppServices';
import type { DomainHandlers } from './types';

/** Handlers for the journal domain. */
export function journalHandlers(s: AppServices): DomainHandlers<'journal'> {
  return {
    'journal:write': async ({ book }) => {
      await s.journal.write(book);
      return null;
    },
    'journal:get': ({ id }) => s.journal.get(id),
    'journal:discard': async ({ id }) => {
      await s.journal.discard(id);
      return null;
    },
  };
}
