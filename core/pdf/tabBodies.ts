// A tab body the PDF engine will replay from an earlier export need not be converted again: what its conversion registered (structure elements, block stamps, fonts) is recorded once and repeated.
import type { Content } from 'pdfmake/interfaces';
import type { Tab } from '../book/schema';
import { tabDigest, textDigest } from '../clearance/contentHash';
import type { BlockRegistry } from './blockStamps';
import type { FontKey } from './scripts';
import type { StructTag, StructureRegistry } from './structure';

/**
 * Why: node/pdf/tabReuse.ts replays the drawing of a tab whose converted nodes are unchanged; the
 * nodes themselves are then thrown away unlaid-out. Converting them was still ~15 % of a re-export,
 * and their garbage most of its collection time. With a recipe, buildDocument registers for such a
 * tab exactly what converting it would have registered, in the same order, and puts one placeholder
 * node where its body would be; the engine replaces the placeholder with its replay markers (or, if
 * it cannot, builds the document again without recipes).
 *
 * The source key covers everything the conversion of a body reads: the tab's content, the whole
 * conversion context (a context field added later is covered by construction: the context is
 * serialized whole, only its output collections left out and its large inputs digested), the
 * blocks let flow, and the layout choices. test/core/pdf/tabBodies.test.ts checks that a build
 * with recipes registers the same elements, stamps and fonts as a full build.
 */

/** What converting one tab body registered, position-free. */
export interface TabBodyRecipe {
  /** Structure elements after the tab's Sect and H1: role, parent (index in the tab's elements: 0 = Sect, 1 = H1), alt text, header scope. */
  tags: Array<{ role: string; parent: number; alt?: string; scope?: 'Column' | 'Row' }>;
  /** Per block: whether each of its stamps must print, and whether the block can be rescued. */
  blocks: Array<{ required: boolean[]; rescuable: boolean }>;
  /** Fonts the body's text needs. */
  fonts: FontKey[];
}

/** The engine's side: recipes it can replay, by source key. */
export interface TabBodies {
  /** The recipe of a body the engine can replay right now, with its token, or undefined. */
  known(source: string): { recipe: TabBodyRecipe; token: unknown } | undefined;
}

/** The placeholder node standing for a replayed body: the engine's token and the body's block stamps. */
export interface TabBodyPlaceholder {
  token: unknown;
  stamps: number[];
}

/** A placeholder node's property (the node has no other). */
export const TAB_BODY = 'bbbTabBody';

/** What buildDocument knows of one printed tab, for the engine (node/pdf/tabReuse.ts) to read before layout. */
export interface PrintedTab {
  /** Its structure elements: its Sect, its H1, then its body's, in registry order. */
  elements: StructTag[];
  /** A body converted with a source key: the key and the body's recipe. */
  converted?: { source: string; recipe: TabBodyRecipe };
}

/** Each printed tab, by its heading node. */
export const printedTabs = new WeakMap<object, PrintedTab>();

/** The conversion context as it reaches the key: output collections left out, large inputs digested. */
function contextKey(ctx: Record<string, unknown>, frameworkDigest: string): string {
  return JSON.stringify(ctx, function (key, value: unknown) {
    if (this === ctx) {
      if (key === 'usedFonts' || key === 'actualText') return undefined;
      if (key === 'framework') return frameworkDigest;
      if (key === 'images' && value && typeof value === 'object')
        return textDigest(JSON.stringify(value));
    }
    return value;
  });
}

/** Digests that stay the same for a whole build (the framework is the same object for every tab). */
export class SourceKeys {
  private framework = new WeakMap<object, string>();
  /** The context is one object per book: serialized once. */
  private contexts = new WeakMap<object, string>();

  /** The source key of one tab body. */
  of(
    tab: Tab,
    ctx: Record<string, unknown>,
    flowBlocks: number[],
    layout: Record<string, unknown>,
  ): string {
    let context = this.contexts.get(ctx);
    if (context === undefined) {
      const fw = ctx.framework as object;
      let digest = this.framework.get(fw);
      if (digest === undefined) this.framework.set(fw, (digest = textDigest(JSON.stringify(fw))));
      this.contexts.set(ctx, (context = contextKey(ctx, digest)));
    }
    // The tab's own digest (what it prints) was computed for the cover's clearance hash already.
    return textDigest(
      `${context}\n${JSON.stringify(flowBlocks)}\n${JSON.stringify(layout)}\n${tabDigest(tab)}`,
    );
  }
}

/** The recipe of a body just converted: its elements after Sect and H1, its blocks and stamps from the first given on. */
export function recipeOf(
  elements: StructTag[],
  blocks: BlockRegistry,
  first: { block: number; stamp: number },
  fonts: Iterable<FontKey>,
): TabBodyRecipe {
  const firstBlock = first.block;
  const local = new Map(elements.map((t, i) => [t, i]));
  const tags = elements.slice(2).map((t) => ({
    role: t.role,
    parent: local.get(t.parent!) ?? -1,
    ...(t.alt !== undefined ? { alt: t.alt } : {}),
    ...(t.scope ? { scope: t.scope } : {}),
  }));
  const required: boolean[][] = [];
  for (let s = first.stamp; s < blocks.blockOf.length; s++) {
    (required[blocks.blockOf[s]! - firstBlock] ??= []).push(blocks.required[s]!);
  }
  const count = blocks.blocks.length - firstBlock;
  return {
    tags,
    blocks: Array.from({ length: count }, (_, k) => ({
      required: required[k] ?? [],
      rescuable: blocks.rescuable[firstBlock + k] ?? false,
    })),
    fonts: [...fonts],
  };
}

/**
 * Registers what the recipe's conversion registered, after the tab's Sect and H1 (`elements`,
 * which receives the new elements), and returns the placeholder standing for the body.
 */
export function replayRecipe(
  recipe: TabBodyRecipe,
  token: unknown,
  reg: StructureRegistry,
  elements: StructTag[],
  blocks: BlockRegistry,
  block: (k: number) => { key: string; where: string },
  usedFonts: Set<FontKey>,
): Content {
  for (const t of recipe.tags) {
    const tag = reg.add(t.role, elements[t.parent]!, t.alt);
    if (t.scope) tag.scope = t.scope;
    elements.push(tag);
  }
  const stamps: number[] = [];
  recipe.blocks.forEach((b, k) => {
    stamps.push(...blocks.register(block(k), b.required));
    blocks.rescuable[blocks.blocks.length - 1] = b.rescuable;
  });
  for (const f of recipe.fonts) usedFonts.add(f);
  const placeholder: TabBodyPlaceholder = { token, stamps };
  return { [TAB_BODY]: placeholder } as unknown as Content;
}
