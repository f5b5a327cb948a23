// Loads the bundled framework-data/authorities.json (statically imported), validated and memoised.
import authoritiesJson from '../../framework-data/authorities.json';
import { parseOrThrow } from '../validation/formatZodError';
import { AuthoritiesFileSchema, type AuthoritiesFile } from './authoritiesSchema';

let cached: AuthoritiesFile | null = null;

/** The authorities per fact field. @throws DataValidationError naming the file and the problem. */
export function loadAuthorities(): AuthoritiesFile {
  cached ??= parseOrThrow(
    AuthoritiesFileSchema,
    authoritiesJson,
    'framework-data/authorities.json',
  );
  return cached;
}
