// core/pdf/tabBodies.ts: a build that registers unchanged tab bodies from their recipes registers exactly what converting them registers.
import { describe, expect, it } from 'vitest';
import { BookSchema, type Book } from '../../../core/book/schema';
import { buildDocument, type BuiltDocument } from '../../../core/pdf/documentDefinition';
import { printedTabs, TAB_BODY, type TabBodyRecipe } from '../../../core/pdf/tabBodies';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { generatedBook } from '../../fixtures/books/generated';

const book = (): Book =>
  BookSchema.parse({
    ...bilateralBook(),
    tabs: [...bilateralBook().tabs, ...generatedBook(8).tabs],
  });
const input = (b: Book) => ({ books: [b], framework: fixtureFramework() });

/** The recipes a build with recording on leaves, by source key. */
function recipes(b: Book): Map<string, TabBodyRecipe> {
  const built = buildDocument(input(b), { tabBodies: { known: () => undefined } });
  const out = new Map<string, TabBodyRecipe>();
  for (const section of built.definition.content as Array<{ section?: object[] }>) {
    for (const node of section.section ?? []) {
      const recorded = printedTabs.get(node)?.converted;
      if (recorded) out.set(recorded.source, recorded.recipe);
    }
  }
  return out;
}

/** What a build registered: structure elements, block stamps, fonts. */
function registered(built: BuiltDocument) {
  const index = new Map(built.structure.tags.map((t, i) => [t, i]));
  return {
    tags: built.structure.tags.map((t) => [
      t.role,
      t.parent ? index.get(t.parent) : -1,
      t.alt,
      t.scope,
    ]),
    toc: [...built.structure.tociById].map(([id, t]) => [id, index.get(t)]),
    blocks: built.blocks.blocks.map((b) => [b.key, b.where]),
    blockOf: built.blocks.blockOf,
    required: built.blocks.required,
    rescuable: built.blocks.rescuable,
    fonts: [...built.fonts].sort(),
  };
}

const placeholders = (built: BuiltDocument): number =>
  JSON.stringify(built.definition.content).split(`"${TAB_BODY}"`).length - 1;

describe('tab bodies from recipes', () => {
  it('registers the same elements, stamps, labels and fonts as converting every tab', () => {
    const b = book();
    const known = recipes(b);
    expect(known.size).toBe(b.tabs.length);
    const full = buildDocument(input(b));
    const fromRecipes = buildDocument(input(b), {
      tabBodies: {
        known: (s) => (known.has(s) ? { recipe: known.get(s)!, token: 'cached' } : undefined),
      },
    });
    expect(fromRecipes.placeholders).toBe(b.tabs.length);
    expect(placeholders(fromRecipes)).toBe(b.tabs.length);
    expect(registered(fromRecipes)).toEqual(registered(full));
  });

  it('converts a tab whose content, flow or context changed', () => {
    const b = book();
    const known = recipes(b);
    const tabBodies = {
      known: (s: string) => (known.has(s) ? { recipe: known.get(s)!, token: 'cached' } : undefined),
    };
    const edited = BookSchema.parse({
      ...b,
      tabs: b.tabs.map((t, i) =>
        i === 2 ? { ...t, content: generatedBook(2).tabs[0]!.content } : t,
      ),
    });
    expect(buildDocument(input(edited), { tabBodies }).placeholders).toBe(b.tabs.length - 1);
    // A block let flow on a second pass changes its tab.
    expect(buildDocument(input(b), { tabBodies, flow: new Set(['0:1:0']) }).placeholders).toBe(
      b.tabs.length - 1,
    );
    // The meeting's country picks glyph forms and fields print its details: every body depends on it.
    const moved = BookSchema.parse({
      ...b,
      meeting: { ...b.meeting, countryCode: 'JP', countryName: 'Japan' },
    });
    expect(buildDocument(input(moved), { tabBodies }).placeholders).toBe(0);
    // Citations left out of a non-paper change what quotes print.
    expect(
      buildDocument({ ...input(b), audience: 'nonpaper' }, { tabBodies }).placeholders,
    ).toBeLessThan(b.tabs.length);
  });
});
