// Records that the user opened a book (prefs.recentBookIds), which the library's Recent list shows.
import { withRecentBook } from '../../../core/ipc/recentBooks';
import { api } from '../../api';

/**
 * Done here, on opening in the editor, rather than in books:get: the export dialog reads books too,
 * and exporting is not opening. A failure only leaves the Recent list as it was.
 */
export async function recordOpened(bookId: string): Promise<void> {
  const prefs = await api.prefs.get({});
  if (!prefs.ok) return;
  const recentBookIds = withRecentBook(prefs.value.recentBookIds, bookId);
  await api.prefs.set({ prefs: { ...prefs.value, recentBookIds } });
}
