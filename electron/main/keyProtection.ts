// Wraps the library's data key with Electron's safeStorage; refuses the Linux 'basic_text' backend (no real keyring) rather than fall back silently.
import type { SafeStorage } from 'electron';
import type { KeyProvider } from '../../node/storage/keyProvider';
import { AppFailure } from '../../core/ipc/result';

export const SAFE_STORAGE_KIND = 'electron-safeStorage';

type SafeStorageApi = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/** How this start can protect the data key. */
export type KeyProtection =
  | { mode: 'keyring'; provider: KeyProvider; backend: string }
  /** No OS keyring: the key must come from a passphrase (scrypt), asked of the user. */
  | { mode: 'passphrase-required'; reason: string };

/** A KeyProvider that wraps the data key with the OS keyring through safeStorage. */
export function safeStorageKeyProvider(safeStorage: SafeStorageApi): KeyProvider {
  return {
    kind: SAFE_STORAGE_KIND,
    wrap: (dataKey) =>
      Promise.resolve({
        kind: SAFE_STORAGE_KIND,
        params: {
          wrapped: safeStorage.encryptString(dataKey.toString('base64')).toString('base64'),
        },
      }),
    unwrap: (wrapped) => {
      try {
        const b64 = safeStorage.decryptString(
          Buffer.from(String(wrapped.params.wrapped), 'base64'),
        );
        return Promise.resolve(Buffer.from(b64, 'base64'));
      } catch (error) {
        return Promise.reject(
          new AppFailure(
            'invalid-request',
            `The OS keyring could not unlock the library key (${(error as Error).message})`,
          ),
        );
      }
    },
  };
}

/**
 * safeStorage when it is backed by a real keyring (Keychain, DPAPI, kwallet, libsecret); on Linux
 * with the 'basic_text' backend (a hard-coded password) or no encryption at all, a passphrase.
 */
export function chooseKeyProtection(safeStorage: SafeStorageApi, platform: string): KeyProtection {
  if (!safeStorage.isEncryptionAvailable()) {
    return { mode: 'passphrase-required', reason: 'OS encryption is not available' };
  }
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') {
      return {
        mode: 'passphrase-required',
        reason: `the OS keyring backend is "${backend}", which does not protect secrets`,
      };
    }
    return { mode: 'keyring', provider: safeStorageKeyProvider(safeStorage), backend };
  }
  return { mode: 'keyring', provider: safeStorageKeyProvider(safeStorage), backend: platform };
}
