// Tailored talking points: the word-level difference between the cleared text and the officer's version.
import { diffWords } from 'diff';

/** One run of a word diff: unchanged, added by the officer, or removed from the cleared text. */
export interface DiffRun {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The word-level diff from `cleared` to `current` (diffWords treats whitespace runs as separators, not changes). */
export function wordDiff(cleared: string, current: string): DiffRun[] {
  return diffWords(cleared, current).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}
