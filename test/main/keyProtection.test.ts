// Key protection in Electron main: safeStorage only with a real keyring; basic_text, unknown or no encryption means a passphrase.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseKeyProtection, SAFE_STORAGE_KIND } from '../../electron/main/keyProtection';
import { safeStorage } from '../stubs/electron';

afterEach(() => {
  safeStorage.backend = 'gnome_libsecret';
  safeStorage.available = true;
});

describe('chooseKeyProtection', () => {
  it('uses safeStorage with a real keyring, and the wrapped key round-trips without holding it in clear', async () => {
    for (const [platform, backend] of [
      ['linux', 'gnome_libsecret'],
      ['linux', 'kwallet6'],
      ['darwin', 'unknown'],
      ['win32', 'unknown'],
    ] as const) {
      safeStorage.backend = backend;
      const protection = chooseKeyProtection(safeStorage as never, platform);
      expect(protection.mode, `${platform} ${backend}`).toBe('keyring');
      if (protection.mode !== 'keyring') continue;
      const key = randomBytes(32);
      const wrapped = await protection.provider.wrap(key);
      expect(wrapped.kind).toBe(SAFE_STORAGE_KIND);
      expect(String(wrapped.params.wrapped)).not.toContain(key.toString('base64'));
      expect((await protection.provider.unwrap(wrapped)).equals(key)).toBe(true);
    }
  });

  it('asks for a passphrase on Linux basic_text or unknown backends, and when encryption is unavailable', () => {
    for (const backend of ['basic_text', 'unknown']) {
      safeStorage.backend = backend;
      const protection = chooseKeyProtection(safeStorage as never, 'linux');
      expect(protection).toEqual({
        mode: 'passphrase-required',
        reason: `the OS keyring backend is "${backend}", which does not protect secrets`,
      });
    }
    safeStorage.available = false;
    expect(chooseKeyProtection(safeStorage as never, 'darwin').mode).toBe('passphrase-required');
  });

  it('reports a keyring that cannot unwrap as a clear failure', async () => {
    const protection = chooseKeyProtection(
      {
        ...safeStorage,
        decryptString: () => {
          throw new Error('Error while decrypting the ciphertext provided to safeStorage');
        },
      } as never,
      'linux',
    );
    if (protection.mode !== 'keyring') throw new Error('expected keyring');
    const wrapped = await protection.provider.wrap(randomBytes(32));
    await expect(protection.provider.unwrap(wrapped)).rejects.toThrow(
      /OS keyring could not unlock the library key/,
    );
  });
});
