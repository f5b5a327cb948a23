// Typed access to the framework's descriptive files carried in FrameworkBundle.reference.
import type { FrameworkBundle } from '../framework/bundle';
import {
  ArtemisPrinciplesFileSchema,
  FiguresFileSchema,
  GlossaryFileSchema,
  KeyFactorsFileSchema,
  PolicyFoundationsFileSchema,
  QuotationsFileSchema,
  type ArtemisPrinciplesFile,
  type Figure,
  type GlossaryEntry,
  type KeyFactor,
  type PolicyFoundation,
  type Quotation,
} from '../framework/referenceSchema';
import { parseOrThrow } from '../validation/formatZodError';

export interface FrameworkReference {
  policyFoundations: PolicyFoundation[];
  keyFactors: KeyFactor[];
  quotations: Quotation[];
  figures: Figure[];
  artemisPrinciples: ArtemisPrinciplesFile;
  glossary: GlossaryEntry[];
}

const cache = new WeakMap<FrameworkBundle, FrameworkReference>();

/**
 * The bundle's reference files as typed arrays (policy foundations, key factors, quotations,
 * figures, Artemis principles, glossary). Memoised per bundle.
 * @throws DataValidationError if the bundle was built without them (e.g. a hand-made test bundle).
 */
export function frameworkReference(b: FrameworkBundle): FrameworkReference {
  const hit = cache.get(b);
  if (hit) return hit;
  const r = b.reference;
  const name = (stem: string) => `${b.version}/${stem}.json`;
  const value: FrameworkReference = {
    policyFoundations: parseOrThrow(
      PolicyFoundationsFileSchema,
      r.policyFoundations,
      name('policyFoundations'),
    ).foundations,
    keyFactors: parseOrThrow(KeyFactorsFileSchema, r.keyFactors, name('keyFactors')).keyFactors,
    quotations: parseOrThrow(QuotationsFileSchema, r.quotations, name('quotations')).quotations,
    figures: parseOrThrow(FiguresFileSchema, r.figures, name('figures')).figures,
    artemisPrinciples: parseOrThrow(
      ArtemisPrinciplesFileSchema,
      r.artemisPrinciples,
      name('artemisPrinciples'),
    ),
    glossary: parseOrThrow(GlossaryFileSchema, r.glossary, name('glossary')).entries,
  };
  cache.set(b, value);
  return value;
}
