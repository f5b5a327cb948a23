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
import { AppFailure } from '../ipc/result';
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

/**
 * Every bundled framework version, oldest first. A revised framework is added as a new entry
 * (and directory); old entries stay so books keep opening with the version they were built on.
 */
const VERSIONS: Record<string, FrameworkSources> = { [FRAMEWORK_VERSION]: BUNDLED_FRAMEWORK_FILES };
export const FRAMEWORK_VERSIONS: readonly string[] = Object.keys(VERSIONS);

const cache = new Map<string, FrameworkBundle>();

/**
 * A bundled framework version, validated (schemas plus cross-references: unique IDs, every
 * citation resolves). Memoised per version.
 * @throws AppFailure('not-found') for a version that is not bundled.
 * @throws DataValidationError naming the file, the JSON path and the problem.
 */
export function loadFrameworkVersion(version: string): FrameworkBundle {
  const sources = VERSIONS[version];
  if (!sources) {
    throw new AppFailure(
      'not-found',
      `Unknown framework version "${version.slice(0, 40)}". Bundled versions: ${FRAMEWORK_VERSIONS.join(', ')}.`,
    );
  }
  let bundle = cache.get(version);
  if (!bundle) {
    bundle = buildFrameworkBundle(sources);
    cache.set(version, bundle);
  }
  return bundle;
}

/** The current bundled framework ("sfsd-2023"), validated and memoised. */
export function loadFramework(): FrameworkBundle {
  return loadFrameworkVersion(FRAMEWORK_VERSION);
}
