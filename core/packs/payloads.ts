// Validates a pack's payload with the same zod schemas and cross-checks as the bundled data.
import type { CountriesFile } from '../countries/schema';
import type { AuthoritiesFile } from '../data/authoritiesSchema';
import { AuthoritiesFileSchema } from '../data/authoritiesSchema';
import { parseCountries } from '../data/countries';
import { buildFrameworkBundle } from '../data/frameworkBundle';
import type { FrameworkBundle } from '../framework/bundle';
import { AppFailure } from '../ipc/result';
import { parseOrThrow } from '../validation/formatZodError';

/** The files a framework pack carries (one framework version's JSON files). */
export const FRAMEWORK_PACK_FILES = [
  'framework',
  'talkingPoints',
  'policyFoundations',
  'keyFactors',
  'quotations',
  'figures',
  'artemisPrinciples',
  'glossary',
] as const;

export interface CountriesPackData {
  countries: CountriesFile;
  authorities: AuthoritiesFile;
}

function requireKeys(payload: Record<string, unknown>, keys: readonly string[], where: string) {
  const missing = keys.filter((k) => !(k in payload));
  const extra = Object.keys(payload).filter((k) => !keys.includes(k));
  if (missing.length > 0 || extra.length > 0) {
    throw new AppFailure(
      'validation',
      `${where}: the payload must hold exactly ${keys.join(', ')}` +
        `${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; unexpected ${extra.join(', ')}` : ''}.`,
    );
  }
}

/** A country-facts payload `{ countries, authorities }`, validated like the bundled files. */
export function parseCountriesPayload(
  payload: Record<string, unknown>,
  where: string,
): CountriesPackData {
  requireKeys(payload, ['countries', 'authorities'], where);
  return {
    countries: parseCountries(payload.countries, `${where}: countries`),
    authorities: parseOrThrow(AuthoritiesFileSchema, payload.authorities, `${where}: authorities`),
  };
}

/**
 * A framework payload (one file per FRAMEWORK_PACK_FILES entry), validated like the bundled
 * framework. It must revise `expectedVersion`: a framework with a new id needs a new app release,
 * because books record the framework id and the codec only opens ids the app holds.
 */
export function parseFrameworkPayload(
  payload: Record<string, unknown>,
  where: string,
  expectedVersion: string,
): FrameworkBundle {
  requireKeys(payload, FRAMEWORK_PACK_FILES, where);
  const bundle = buildFrameworkBundle({ dir: where, ...payload } as Parameters<
    typeof buildFrameworkBundle
  >[0]);
  if (bundle.version !== expectedVersion) {
    throw new AppFailure(
      'validation',
      `${where}: the pack holds framework "${bundle.version.slice(0, 40)}", but this app works with "${expectedVersion}". A new framework needs a new release of the app.`,
    );
  }
  return bundle;
}
