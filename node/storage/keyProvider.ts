// The KeyProvider seam: how the library's data key is wrapped for storage (Electron safeStorage, a passphrase, or a test key).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppFailure } from '../../core/ipc/result';

/** A wrapped data key as stored in keystore.json: the provider's kind plus its own parameters. */
export interface WrappedKey {
  kind: string;
  params: Record<string, string | number>;
}

/**
 * Wraps and unwraps the 256-bit data key. The app injects one backed by Electron's safeStorage or
 * by a passphrase (scrypt); tests inject an in-memory one. Implementations never store the data key.
 */
export interface KeyProvider {
  /** Recorded in keystore.json; a library wrapped by one kind is never opened by another. */
  readonly kind: string;
  wrap(dataKey: Buffer): Promise<WrappedKey>;
  /** Throws AppFailure when the key cannot be unwrapped (wrong passphrase, other user's keyring ...). */
  unwrap(wrapped: WrappedKey): Promise<Buffer>;
}

const WRAP_AAD = Buffer.from('bbb-keystore-v1', 'ascii');

/** AES-256-GCM key wrap under a key-encryption key: returns nonce and ciphertext+tag as base64. */
export function gcmWrap(kek: Buffer, dataKey: Buffer): { nonce: string; wrapped: string } {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce, { authTagLength: 16 });
  cipher.setAAD(WRAP_AAD);
  const body = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), wrapped: body.toString('base64') };
}

/** Reverses gcmWrap; any wrong key or altered byte throws AppFailure with `what` as the reason. */
export function gcmUnwrap(
  kek: Buffer,
  params: Record<string, string | number>,
  what: string,
): Buffer {
  try {
    const nonce = Buffer.from(String(params.nonce), 'base64');
    const body = Buffer.from(String(params.wrapped), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', kek, nonce, { authTagLength: 16 });
    decipher.setAAD(WRAP_AAD);
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]);
  } catch {
    throw new AppFailure('invalid-request', what);
  }
}
