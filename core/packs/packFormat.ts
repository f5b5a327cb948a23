// The shape of a signed data pack file: a manifest (kind, version, date, payload hash, key), the payload and an Ed25519 signature.
import { z } from 'zod';

/** What a pack carries: country facts (with their authorities) or the framework. */
export const PACK_KINDS = ['countries', 'framework'] as const;
export type PackKind = (typeof PACK_KINDS)[number];

/** Larger than any real pack (the bundled country facts are about 0.2 MB). */
export const PACK_MAX_CHARS = 16 * 1024 * 1024;

/** The value of `format` in every pack file (a later format would be a new value). */
export const PACK_FORMAT = 'briefing-book-data-pack/1';

export const PackManifestSchema = z
  .object({
    kind: z.enum(PACK_KINDS),
    /** Increases with every release of this kind; an import must be newer than what is installed. */
    version: z.number().int().positive(),
    createdAt: z.string().datetime(),
    /** Hex SHA-256 of the canonical JSON of the payload. */
    payloadSha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
    /** Which trusted public key signed the pack. */
    keyId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
  })
  .strict();
export type PackManifest = z.infer<typeof PackManifestSchema>;

/** The envelope before the signature is checked; `signature` is optional here so "unsigned" gets its own message. */
export const PackEnvelopeSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    manifest: PackManifestSchema,
    /** Base64 Ed25519 signature of the canonical JSON of the manifest. */
    signature: z.string().optional(),
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();
export type PackEnvelope = z.infer<typeof PackEnvelopeSchema>;

/** A committed signature of a bundled pack: the payload is built from the bundled data files. */
export const BundledSignatureSchema = z
  .object({ manifest: PackManifestSchema, signature: z.string().min(1) })
  .strict();

/** The public keys the app trusts (framework-data/packs/trusted-keys.json). */
export const TrustedKeysSchema = z
  .object({
    about: z.string().optional(),
    keys: z
      .array(
        z
          .object({
            id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
            /** PEM (SPKI) Ed25519 public key. */
            publicKeyPem: z.string().includes('BEGIN PUBLIC KEY'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type TrustedKeys = z.infer<typeof TrustedKeysSchema>;

/** What the app shows and a book records about one pack in use. */
export interface PackInfo {
  kind: PackKind;
  version: number;
  createdAt: string;
  keyId: string;
  /** Shipped with the app, or imported by the user. */
  source: 'bundled' | 'imported';
}

/** Human name of each kind, for messages. */
export const PACK_KIND_NAMES: Record<PackKind, string> = {
  countries: 'country facts',
  framework: 'framework',
};

/** The pack of each kind in use; `problem` says why an installed pack was set aside. */
export interface PackStatus {
  packs: Array<PackInfo & { problem?: string }>;
}

/** The version in use of each kind, from a status. */
export function packVersions(status: PackStatus): Record<PackKind, number> {
  const of = (kind: PackKind) => status.packs.find((p) => p.kind === kind)?.version ?? 1;
  return { countries: of('countries'), framework: of('framework') };
}
