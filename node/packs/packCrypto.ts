// Ed25519 signing and verification of data packs with Node's own crypto: hash the payload, sign the manifest.
import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { canonicalJson, canonicalPackText } from '../../core/packs/canonicalJson';
import {
  PACK_FORMAT,
  type PackEnvelope,
  type PackKind,
  type PackManifest,
} from '../../core/packs/packFormat';

/** Hex SHA-256 of the payload's canonical JSON (what the manifest records). */
export const payloadSha256 = (payload: unknown): string =>
  createHash('sha256').update(canonicalJson(payload), 'utf8').digest('hex');

/** Base64 Ed25519 signature of the manifest's canonical JSON, with a PEM (PKCS#8) private key. */
export function signManifest(manifest: PackManifest, privateKeyPem: string): string {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`the signing key is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
  return sign(null, Buffer.from(canonicalJson(manifest), 'utf8'), key).toString('base64');
}

/** True when `signature` is a valid Ed25519 signature of the manifest by `publicKeyPem`. */
export function verifyManifest(
  manifest: PackManifest,
  signature: string,
  publicKeyPem: string,
): boolean {
  const key = createPublicKey(publicKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') return false;
  const bytes = Buffer.from(signature, 'base64');
  // Base64 decoding ignores stray characters: a signature that does not re-encode is not one.
  if (bytes.length !== 64 || bytes.toString('base64') !== signature) return false;
  return verify(null, Buffer.from(canonicalJson(manifest), 'utf8'), key, bytes);
}

/** Builds and signs a pack; returns the manifest, the signature and the file text to write. */
export function buildSignedPack(opts: {
  kind: PackKind;
  version: number;
  createdAt: string;
  keyId: string;
  payload: Record<string, unknown>;
  privateKeyPem: string;
}): { manifest: PackManifest; signature: string; text: string } {
  const manifest: PackManifest = {
    kind: opts.kind,
    version: opts.version,
    createdAt: opts.createdAt,
    payloadSha256: payloadSha256(opts.payload),
    keyId: opts.keyId,
  };
  const signature = signManifest(manifest, opts.privateKeyPem);
  const envelope: PackEnvelope = {
    format: PACK_FORMAT,
    manifest,
    signature,
    payload: opts.payload,
  };
  return { manifest, signature, text: canonicalPackText(envelope) };
}
