// Reads a pack file's text and refuses, with one clear message each, anything not signed by a trusted key as written.
import { canonicalPackText } from '../../core/packs/canonicalJson';
import {
  PACK_FORMAT,
  PACK_KIND_NAMES,
  PackEnvelopeSchema,
  type PackEnvelope,
  type TrustedKeys,
} from '../../core/packs/packFormat';
import { AppFailure } from '../../core/ipc/result';
import { formatZodError } from '../../core/validation/formatZodError';
import { payloadSha256, verifyManifest } from './packCrypto';

const refuse = (where: string, why: string): never => {
  throw new AppFailure('validation', `${where}: ${why}`);
};

/**
 * The envelope of a pack whose signature, key, payload hash and bytes all check out. Checks run
 * cheapest-first, each with its own message: not JSON, not a pack, unsigned, unknown key,
 * signature mismatch, payload altered, bytes altered. Payload validation is the caller's (by kind).
 */
export function verifyPackText(text: string, where: string, trusted: TrustedKeys): PackEnvelope {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse(where, `not a data pack: the file is not JSON (${(error as Error).message}).`);
  }
  if (
    raw === null ||
    typeof raw !== 'object' ||
    (raw as { format?: unknown }).format !== PACK_FORMAT
  )
    return refuse(where, `not a data pack: "format" must be "${PACK_FORMAT}".`);
  const parsed = PackEnvelopeSchema.safeParse(raw);
  if (!parsed.success)
    return refuse(where, `malformed pack. ${formatZodError(where, parsed.error)}`);
  const pack = parsed.data;
  const name = `${PACK_KIND_NAMES[pack.manifest.kind]} pack v${pack.manifest.version}`;
  if (pack.signature === undefined || pack.signature === '')
    return refuse(
      where,
      `the ${name} is unsigned. Only packs signed by a trusted release key are imported.`,
    );
  const key = trusted.keys.find((k) => k.id === pack.manifest.keyId);
  if (!key)
    return refuse(
      where,
      `the ${name} is signed by key "${pack.manifest.keyId}", which this app does not trust (it trusts ${trusted.keys.map((k) => `"${k.id}"`).join(', ')}).`,
    );
  if (!verifyManifest(pack.manifest, pack.signature, key.publicKeyPem))
    return refuse(
      where,
      `the signature of the ${name} does not match its manifest: the pack was altered or not signed by "${key.id}".`,
    );
  if (payloadSha256(pack.payload) !== pack.manifest.payloadSha256)
    return refuse(
      where,
      `the data in the ${name} does not match the SHA-256 its signed manifest records: the pack was altered after signing.`,
    );
  // The signature covers the content; this covers every byte (the release script writes one exact text).
  if (text !== canonicalPackText(pack))
    return refuse(
      where,
      `the ${name} is not byte-for-byte as it was signed (the file was edited after signing).`,
    );
  return pack;
}
