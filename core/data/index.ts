// core/data: loaders for the bundled framework and country facts, and country-fact helpers.
export {
  BUNDLED_FRAMEWORK_FILES,
  FRAMEWORK_VERSION,
  FRAMEWORK_VERSIONS,
  loadFramework,
  loadFrameworkVersion,
} from './framework';
export { buildFrameworkBundle, type FrameworkSources } from './frameworkBundle';
export { frameworkReference, type FrameworkReference } from './frameworkReference';
export {
  COUNTRIES_FILE_NAME,
  closeCountryMatches,
  findCountry,
  loadCountries,
  parseCountries,
} from './countries';
export {
  describeCountryFacts,
  isArtemisSignatory,
  isCopuosMember,
  isOstParty,
  matchesCondition,
  type CountryFactLine,
} from './countryFacts';
export { SOURCE_FAMILIES, sourcesFor, type CountryFactFamily } from './countrySources';
