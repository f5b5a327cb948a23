// Stable IDs of top-level blocks (`"$": {"id": "b12"}`): what a DOCX bookmark names so a cleared Word file maps back.
import type { SerializedNode } from './lexical';
import type { Book } from './schema';

/** Node-state key of a block's stable ID (kept by Lexical as unknown state, so the editor round-trips it). */
export const BLOCK_ID_KEY = 'id';

/** "b1", "b2", ...: valid as a Word bookmark name (a letter first, at most 40 letters and digits). */
const BLOCK_ID = /^b[1-9][0-9]{0,8}$/;

/** The block's stable ID, or undefined when it has none (or a malformed one). */
export function blockId(node: SerializedNode): string | undefined {
  const id = node.$?.[BLOCK_ID_KEY];
  return typeof id === 'string' && BLOCK_ID.test(id) ? id : undefined;
}

/**
 * Gives every top-level block without a valid, unique ID the next free "bN". Existing IDs are kept
 * (the first holder of a duplicated ID keeps it: a split or pasted block gets a fresh one).
 * Deterministic, so the same book always gets the same IDs. Returns the same object when nothing changed.
 */
export function ensureBlockIds(book: Book): Book {
  let next = 1;
  for (const tab of book.tabs)
    for (const block of tab.content.root.children) {
      const id = blockId(block);
      if (id) next = Math.max(next, Number(id.slice(1)) + 1);
    }
  const seen = new Set<string>();
  let changed = false;
  const tabs = book.tabs.map((tab) => {
    let tabChanged = false;
    const children = tab.content.root.children.map((block) => {
      const id = blockId(block);
      if (id && !seen.has(id)) {
        seen.add(id);
        return block;
      }
      tabChanged = true;
      const fresh = `b${next++}`;
      seen.add(fresh);
      return { ...block, $: { ...block.$, [BLOCK_ID_KEY]: fresh } };
    });
    if (!tabChanged) return tab;
    changed = true;
    return { ...tab, content: { ...tab.content, root: { ...tab.content.root, children } } };
  });
  return changed ? { ...book, tabs } : book;
}
