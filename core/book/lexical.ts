// The serialized Lexical node shapes a book may contain: shared by the editor (renderer) and the PDF converter.
import { z } from 'zod';
import { imageNodeProblems } from './images';

/**
 * Node types a book's content may hold. The renderer's node registry and the PDF converter
 * must both handle exactly these; anything else is rejected on load and fails the converter loudly.
 */
export const KNOWN_NODE_TYPES = [
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'text',
  'linebreak',
  'tab',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
  'framework-quote',
  'field',
  'image',
] as const;
export type KnownNodeType = (typeof KNOWN_NODE_TYPES)[number];

/** Lexical text format bitmask bits (lexical/LexicalConstants). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

/**
 * Node state key under which a block's portion mark lives: Lexical serializes NodeState as
 * `{"$": {"mark": "SBU"}}` on the node. Top-level blocks must carry one; a listitem may override its list's.
 */
export const MARK_STATE_KEY = 'mark';

/** The custom node for cleared framework language. Its text must equal the source text to stay cleared. */
export interface SerializedFrameworkQuote {
  type: 'framework-quote';
  version: 1;
  /** Objective or talking-point ID (e.g. "P1.G3.4.2", "TP.P1.G1.2.outreach"). */
  itemId: string;
  itemKind: 'objective' | 'talking-point' | 'if-raised';
  /** Objective IDs cited (for an objective, itself). */
  cites: string[];
  /** For if-raised: the likely ask. */
  raised?: string;
  /** Set by "Tailor": the cleared text the officer adapted (core/book/quotes.ts verifies it). */
  adaptedFrom?: { itemId: string; text: string };
  children: SerializedNode[];
  $?: { mark?: string };
  [extra: string]: unknown;
}

/** Any serialized node: a loose shape (Lexical adds format/indent/direction fields) with known `type`. */
export interface SerializedNode {
  type: string;
  children?: SerializedNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
  $?: { mark?: string; [k: string]: unknown };
  [extra: string]: unknown;
}

export interface SerializedEditorState {
  root: SerializedNode & { type: 'root'; children: SerializedNode[] };
}

/** Limits that keep hostile or runaway content from exhausting memory or the stack. */
export const CONTENT_LIMITS = {
  maxDepth: 24,
  maxNodesPerTab: 200_000,
  maxTextLength: 1_000_000,
} as const;

/**
 * Names of the book details a `field` node may show (core/book/fields.ts FIELD_NAMES; listed here
 * too because fields.ts imports this module). A field serializes as a token-mode text node plus
 * `field`, e.g. `{"type":"field","field":"meeting.date","text":"March 12, 2026","version":1,...}`.
 */
export const FIELD_NODE_NAMES = [
  'country.name',
  'country.code',
  'meeting.date',
  'meeting.isoDate',
  'meeting.city',
  'counterpart.name',
  'counterpart.title',
  'counterpart.nativeName',
  'principal.name',
  'principal.title',
  'delegation',
] as const;

const NodeSchema: z.ZodType<SerializedNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(KNOWN_NODE_TYPES, { message: 'unknown node type' }),
      children: z.array(NodeSchema).optional(),
      text: z.string().max(CONTENT_LIMITS.maxTextLength).optional(),
    })
    .catchall(z.unknown())
    .superRefine((node, ctx) => {
      if (node.type === 'framework-quote' && node.adaptedFrom !== undefined) {
        const a = node.adaptedFrom as Record<string, unknown> | null;
        if (
          !a ||
          typeof a.itemId !== 'string' ||
          typeof a.text !== 'string' ||
          a.text.length > CONTENT_LIMITS.maxTextLength
        )
          ctx.addIssue({
            code: 'custom',
            path: ['adaptedFrom'],
            message: 'a tailored quote records its source as {itemId, text}',
          });
      }
      if (node.type === 'image') {
        for (const message of imageNodeProblems(node)) ctx.addIssue({ code: 'custom', message });
        return;
      }
      if (node.type !== 'field') return;
      if (!(FIELD_NODE_NAMES as readonly unknown[]).includes(node.field)) {
        ctx.addIssue({
          code: 'custom',
          path: ['field'],
          message: `unknown field ${JSON.stringify(node.field)}; known fields: ${FIELD_NODE_NAMES.join(', ')}`,
        });
      }
      if (typeof node.text !== 'string') {
        ctx.addIssue({ code: 'custom', path: ['text'], message: 'a field needs its text' });
      }
    }),
) as z.ZodType<SerializedNode>;

/** Measures nesting depth without recursion, so a hostile 100k-deep document cannot overflow the stack. */
export function contentDepth(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (depth > CONTENT_LIMITS.maxDepth + 1) return depth;
    if (node && typeof node === 'object' && Array.isArray((node as SerializedNode).children)) {
      for (const child of (node as SerializedNode).children!) stack.push([child, depth + 1]);
    }
  }
  return max;
}

export const EditorStateSchema = z
  .object({ root: z.unknown() })
  .catchall(z.unknown())
  .superRefine((state, ctx) => {
    if (contentDepth(state.root) > CONTENT_LIMITS.maxDepth) {
      ctx.addIssue({
        code: 'custom',
        message: `content is nested deeper than ${CONTENT_LIMITS.maxDepth} levels`,
      });
    }
  })
  .pipe(
    z
      .object({
        root: NodeSchema.refine((n) => n.type === 'root', {
          message: 'the top node must be root',
        }).refine((n) => Array.isArray(n.children), { message: 'the root node has no children' }),
      })
      .catchall(z.unknown()),
  ) as unknown as z.ZodType<SerializedEditorState>;
