// Validates raw framework-data files into a FrameworkBundle: per-file schemas, then cross-file references.
import { FrameworkFileSchema, TalkingPointsFileSchema } from '../framework/fileSchema';
import {
  ArtemisPrinciplesFileSchema,
  FiguresFileSchema,
  GlossaryFileSchema,
  KeyFactorsFileSchema,
  PolicyFoundationsFileSchema,
  QuotationsFileSchema,
} from '../framework/referenceSchema';
import type { FrameworkBundle } from '../framework/bundle';
import { parseOrThrow } from '../validation/formatZodError';
import { checkFrameworkReferences } from './frameworkReferences';

/** Raw (unvalidated) JSON of one framework version; `dir` prefixes file names in error messages. */
export interface FrameworkSources {
  dir: string;
  framework: unknown;
  talkingPoints: unknown;
  policyFoundations: unknown;
  keyFactors: unknown;
  quotations: unknown;
  figures: unknown;
  artemisPrinciples: unknown;
  glossary: unknown;
}

/**
 * Parses every file with its schema and checks references across files.
 * @throws DataValidationError whose message names the file (e.g. "framework-data/sfsd-2023/talkingPoints.json"),
 *   the JSON path and the problem.
 */
export function buildFrameworkBundle(src: FrameworkSources): FrameworkBundle {
  const file = (name: string) => `${src.dir}/${name}.json`;
  const fw = parseOrThrow(FrameworkFileSchema, src.framework, file('framework'));
  const tps = parseOrThrow(TalkingPointsFileSchema, src.talkingPoints, file('talkingPoints'));
  const reference = {
    policyFoundations: parseOrThrow(
      PolicyFoundationsFileSchema,
      src.policyFoundations,
      file('policyFoundations'),
    ),
    keyFactors: parseOrThrow(KeyFactorsFileSchema, src.keyFactors, file('keyFactors')),
    quotations: parseOrThrow(QuotationsFileSchema, src.quotations, file('quotations')),
    figures: parseOrThrow(FiguresFileSchema, src.figures, file('figures')),
    artemisPrinciples: parseOrThrow(
      ArtemisPrinciplesFileSchema,
      src.artemisPrinciples,
      file('artemisPrinciples'),
    ),
    glossary: parseOrThrow(GlossaryFileSchema, src.glossary, file('glossary')),
  };
  const bundle: FrameworkBundle = {
    version: fw.meta.version,
    title: fw.meta.title,
    pillars: fw.pillars,
    goals: fw.goals,
    priorities: fw.priorities,
    objectives: fw.objectives,
    talkingPoints: tps.talkingPoints,
    reference,
    meta: fw.meta,
    groups: fw.groups,
  };
  checkFrameworkReferences(bundle, reference, file, tps.frameworkVersion);
  return bundle;
}
