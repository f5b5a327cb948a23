// Loads the bundled framework (framework-data/sfsd-2023) from statically imported JSON, validated and memoised.
import frameworkJson from '../../framework-data/sfsd-2023/framework.json';
import talkingPointsJson from '../../framework-data/sfsd-2023/talkingPoints.json';
import policyFoundationsJson from '../../framework-data/sfsd-2023/policyFoundations.json';
import keyFactorsJson from '../../framework-data/sfsd-2023/keyFactors.json';
import quotationsJson from '../../framework-data/sfsd-2023/quotations.json';
import figuresJson from '../../framework-data/sfsd-2023/figures.json';
import artemisPrinciplesJson from '../../framework-data/sfsd-2023/artemisPrinciples.json';
import glossaryJson from '../../framework-data/sfsd-2023/glossary.json';
import type { FrameworkBundle } from '../framework/bundle';
import { buildFrameworkBundle, type FrameworkSources } from './frameworkBundle';

/** The version id of the bundled framework; new books record it as `frameworkVersion`. */
export const FRAMEWORK_VERSION = 'sfsd-2023';

/** The raw JSON of every file of the bundled version, keyed by the file name errors will quote. */
export const BUNDLED_FRAMEWORK_FILES: FrameworkSources = {
  dir: `framework-data/${FRAMEWORK_VERSION}`,
  framework: frameworkJson,
  talkingPoints: talkingPointsJson,
  policyFoundations: policyFoundationsJson,
  keyFactors: keyFactorsJson,
  quotations: quotationsJson,
  figures: figuresJson,
  artemisPrinciples: artemisPrinciplesJson,
  glossary: glossaryJson,
};

let cached: FrameworkBundle | undefined;

/**
 * The bundled framework, validated (schemas plus cross-references: unique IDs, every citation
 * resolves). Memoised: the first call validates, later calls return the same object.
 * @throws DataValidationError naming the file, the JSON path and the problem.
 */
export function loadFramework(): FrameworkBundle {
  cached ??= buildFrameworkBundle(BUNDLED_FRAMEWORK_FILES);
  return cached;
}
