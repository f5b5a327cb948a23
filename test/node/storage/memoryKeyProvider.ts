// A KeyProvider for tests and the e2e harness: wraps the data key under a key-encryption key held in memory.
import { randomBytes } from 'node:crypto';
import { gcmUnwrap, gcmWrap, type KeyProvider } from '../../../node/storage/keyProvider';
import { DataCipher } from '../../../node/storage/cipher';

/** One KEK per test process, so a "restart" on the same folder (a new provider) still unlocks it. */
const PROCESS_KEK = randomBytes(32);

/** An in-memory provider; pass the same `kek` to unlock the same library again. */
export function memoryKeyProvider(kek: Buffer = PROCESS_KEK): KeyProvider {
  return {
    kind: 'test-memory',
    wrap: (dataKey) => Promise.resolve({ kind: 'test-memory', params: gcmWrap(kek, dataKey) }),
    unwrap: (wrapped) => Promise.resolve(gcmUnwrap(kek, wrapped.params, 'Wrong test key')),
  };
}

/** A cipher shared by repository tests that do not exercise the key store. */
export const TEST_CIPHER = new DataCipher(randomBytes(32));
