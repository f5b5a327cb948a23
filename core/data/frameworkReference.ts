// Flat, typed access to the framework's descriptive files carried in FrameworkBundle.reference.
import type { FrameworkBundle } from '../framework/bundle';
import type {
  ArtemisPrinciplesFile,
  Figure,
  GlossaryEntry,
  KeyFactor,
  PolicyFoundation,
  Quotation,
} from '../framework/referenceSchema';
import { DataValidationError } from '../validation/formatZodError';

export interface FrameworkReference {
  policyFoundations: PolicyFoundation[];
  keyFactors: KeyFactor[];
  quotations: Quotation[];
  figures: Figure[];
  artemisPrinciples: ArtemisPrinciplesFile;
  glossary: GlossaryEntry[];
}

/**
 * The bundle's reference files as flat arrays (policy foundations, key factors, quotations,
 * figures, Artemis principles, glossary); core/data's loader validated them already.
 * @throws DataValidationError if the bundle was built without them (e.g. a hand-made test bundle).
 */
export function frameworkReference(b: FrameworkBundle): FrameworkReference {
  const r = b.reference;
  if (!r) {
    throw new DataValidationError(
      b.version,
      `Framework ${b.version} has no reference files (policy foundations, key factors, quotations, figures, Artemis principles, glossary).`,
    );
  }
  return {
    policyFoundations: r.policyFoundations.foundations,
    keyFactors: r.keyFactors.keyFactors,
    quotations: r.quotations.quotations,
    figures: r.figures.figures,
    artemisPrinciples: r.artemisPrinciples,
    glossary: r.glossary.entries,
  };
}
