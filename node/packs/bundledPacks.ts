// The data shipped with the app as signed pack v1: payloads built from the bundled files, signatures committed beside them.
import authoritiesJson from '../../framework-data/authorities.json';
import countriesJson from '../../framework-data/countries.json';
import bundledSignaturesJson from '../../framework-data/packs/bundled-signatures.json';
import trustedKeysJson from '../../framework-data/packs/trusted-keys.json';
import { BUNDLED_FRAMEWORK_FILES } from '../../core/data/framework';
import {
  BundledSignatureSchema,
  TrustedKeysSchema,
  type PackKind,
  type TrustedKeys,
} from '../../core/packs/packFormat';
import { FRAMEWORK_PACK_FILES } from '../../core/packs/payloads';
import { parseOrThrow } from '../../core/validation/formatZodError';
import { z } from 'zod';

/** Where the committed signatures live (quoted in errors and by the release script). */
export const BUNDLED_SIGNATURES_FILE = 'framework-data/packs/bundled-signatures.json';
export const TRUSTED_KEYS_FILE = 'framework-data/packs/trusted-keys.json';

/** The public keys the app ships with (framework-data/packs/trusted-keys.json). */
export function releaseTrustedKeys(): TrustedKeys {
  return parseOrThrow(TrustedKeysSchema, trustedKeysJson, TRUSTED_KEYS_FILE);
}

/** The payload of the bundled pack of `kind`, exactly as the release script signs it. */
export function bundledPayload(kind: PackKind): Record<string, unknown> {
  if (kind === 'countries') return { countries: countriesJson, authorities: authoritiesJson };
  const files = BUNDLED_FRAMEWORK_FILES as unknown as Record<string, unknown>;
  return Object.fromEntries(FRAMEWORK_PACK_FILES.map((name) => [name, files[name]]));
}

const SignaturesSchema = z
  .object({ countries: BundledSignatureSchema, framework: BundledSignatureSchema })
  .strict();

/** The committed manifests and signatures of the bundled packs. */
export function bundledSignatures(): z.infer<typeof SignaturesSchema> {
  return parseOrThrow(SignaturesSchema, bundledSignaturesJson, BUNDLED_SIGNATURES_FILE);
}
