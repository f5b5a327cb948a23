// KeyProvider for systems without a real keyring: the key-encryption key is derived from a passphrase with scrypt.
import { randomBytes, scrypt } from 'node:crypto';
import { AppFailure } from '../../core/ipc/result';
import { gcmUnwrap, gcmWrap, type KeyProvider, type WrappedKey } from './keyProvider';

/** scrypt parameters for new key stores (stated in SECURITY.md): N=2^17, r=8, p=1, 32-byte key, 16-byte salt. */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;
/** Bounds on parameters read back from disk, so a crafted key store cannot demand unbounded memory or time. */
const MAX_N = 2 ** 20;
const MIN_N = 2 ** 14;
export const PASSPHRASE_KIND = 'passphrase-scrypt';
/** Shortest passphrase accepted when a key store is created. */
export const MIN_PASSPHRASE_LENGTH = 12;

type ScryptCost = { N: number; r: number; p: number };

function deriveKek(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128*N*r bytes; allow twice that.
  const maxmem = 256 * cost.N * cost.r;
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * A provider that wraps the data key under scrypt(passphrase). `cost` lowers N for fast tests only;
 * the app always uses SCRYPT_PARAMS.
 */
export function passphraseKeyProvider(
  passphrase: string,
  cost: ScryptCost = SCRYPT_PARAMS,
): KeyProvider {
  return {
    kind: PASSPHRASE_KIND,
    async wrap(dataKey) {
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
        throw new AppFailure(
          'invalid-request',
          `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long`,
        );
      }
      const salt = randomBytes(SCRYPT_PARAMS.saltLength);
      const kek = await deriveKek(passphrase, salt, cost);
      return {
        kind: PASSPHRASE_KIND,
        params: { ...cost, salt: salt.toString('base64'), ...gcmWrap(kek, dataKey) },
      };
    },
    async unwrap(wrapped: WrappedKey) {
      const { N, r, p, salt } = wrapped.params;
      const valid =
        typeof N === 'number' &&
        typeof r === 'number' &&
        typeof p === 'number' &&
        typeof salt === 'string' &&
        Number.isInteger(Math.log2(N)) &&
        N >= MIN_N &&
        N <= MAX_N &&
        r >= 1 &&
        r <= 32 &&
        p >= 1 &&
        p <= 16;
      if (!valid) {
        throw new AppFailure('validation', 'keystore.json: the scrypt parameters are out of range');
      }
      const kek = await deriveKek(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
      return gcmUnwrap(kek, wrapped.params, 'The passphrase is not correct');
    },
  };
}
