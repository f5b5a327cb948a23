// Portion marks as Lexical NodeState ("$": {"mark": ...}) and the "edited from" note on former quotes.
import { $getState, $setState, createState, type LexicalNode } from 'lexical';
import { MARK_STATE_KEY } from '../../core/book/lexical';
import { PortionMarkSchema, SBU_CAVEATS } from '../../core/book/marks';

/** The marks offered in the portion-mark menu, lowest first. */
export const PORTION_MARK_OPTIONS: readonly string[] = [
  'U',
  'SBU',
  ...SBU_CAVEATS.map((c) => `SBU//${c}`),
];

/** True when `value` is a portion mark this app accepts (U, SBU, SBU//caveats). */
export function isPortionMark(value: unknown): value is string {
  return typeof value === 'string' && PortionMarkSchema.safeParse(value).success;
}

/**
 * A block's portion mark. '' means "not marked yet" (the default, so it is not serialized).
 * An unrecognised stored value is kept verbatim so loading never silently rewrites a marking.
 */
export const markState = createState(MARK_STATE_KEY, {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

/** ID of the framework item a paragraph was edited from: it is no longer cleared language. */
export const editedFromState = createState('editedFrom', {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

/** The node's portion mark, or '' when unmarked. */
export function $getMark(node: LexicalNode): string {
  return $getState(node, markState);
}

/** Sets the node's portion mark (refusing anything that is not U/SBU/SBU caveats). */
export function $setMark<T extends LexicalNode>(node: T, mark: string): T {
  if (!isPortionMark(mark))
    throw new Error(`"${mark}" is not a portion mark: use U, SBU or SBU//caveat`);
  return $setState(node, markState, mark);
}

/** The framework ID a block was edited from, or ''. */
export function $getEditedFrom(node: LexicalNode): string {
  return $getState(node, editedFromState);
}
