// What a drafted book relied on: the pack versions and the country facts whose values chose its text.
import type { Country } from '../countries/schema';
import { isArtemisSignatory, isCopuosMember, isOstParty } from '../data/countryFacts';
import type { CountryCondition } from '../framework/conditions';
import type { FrameworkBundle } from '../framework/bundle';
import type { Template } from '../templates/schema';
import type { SerializedNode } from './lexical';
import { RELIED_FACTS, type Book, type Provenance, type ReliedFact } from './schema';
import { walkNodes } from './walk';

/** The value of each condition fact for `country` (as core/data's matchesCondition reads them). */
export function conditionFacts(country: Country): Record<ReliedFact, boolean> {
  return {
    artemisSignatory: isArtemisSignatory(country),
    mtcrPartner: country.mtcrPartner,
    copuosMember: isCopuosMember(country),
    ostParty: isOstParty(country),
  };
}

const keysOf = (when: CountryCondition | undefined): ReliedFact[] =>
  when ? RELIED_FACTS.filter((k) => when[k] !== undefined) : [];

/** The framework quotes in a tab's content, with the index of the top-level block holding each. */
export function* quotesByBlock(
  root: SerializedNode,
): Generator<{ node: SerializedNode; block: number }> {
  const blocks = root.children ?? [];
  for (let block = 0; block < blocks.length; block++) {
    for (const node of walkNodes(blocks[block]!)) {
      if (node.type === 'framework-quote') yield { node, block };
    }
  }
}

/**
 * The facts the drafted content relied on: the conditions of the talking points the book quotes
 * and of the template's blocks, each with the country's value at drafting.
 */
export function reliedFacts(
  book: Book,
  framework: FrameworkBundle,
  template: Template,
  country: Country,
): Provenance['facts'] {
  const used = new Set<ReliedFact>();
  const points = new Map(framework.talkingPoints.map((tp) => [tp.id, tp]));
  for (const tab of book.tabs) {
    for (const { node } of quotesByBlock(tab.content.root)) {
      for (const k of keysOf(points.get(String(node.itemId))?.when)) used.add(k);
    }
  }
  for (const tab of template.tabs)
    for (const b of tab.blocks) for (const k of keysOf(b.when)) used.add(k);
  const values = conditionFacts(country);
  return RELIED_FACTS.filter((k) => used.has(k)).map((fact) => ({ fact, value: values[fact] }));
}
