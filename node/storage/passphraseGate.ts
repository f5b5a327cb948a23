// Holds the passphrase the user types where there is no OS keyring, and offers the KeyProvider that uses it.
import { AppFailure } from '../../core/ipc/result';
import type { KeyProvider } from './keyProvider';
import { PASSPHRASE_KIND, SCRYPT_PARAMS, passphraseKeyProvider } from './passphraseKeyProvider';

/**
 * Until `set` is called every wrap/unwrap fails with "locked", so nothing is ever stored under a
 * key the user did not unlock. `cost` lowers scrypt's N for fast end-to-end tests only.
 */
export class PassphraseGate {
  private passphrase: string | null = null;

  constructor(private readonly cost: { N: number; r: number; p: number } = SCRYPT_PARAMS) {}

  readonly provider: KeyProvider = {
    kind: PASSPHRASE_KIND,
    wrap: (dataKey) => this.current().wrap(dataKey),
    unwrap: (wrapped) => this.current().unwrap(wrapped),
  };

  set(passphrase: string): void {
    this.passphrase = passphrase;
  }

  clear(): void {
    this.passphrase = null;
  }

  private current(): KeyProvider {
    if (this.passphrase === null) {
      throw new AppFailure('invalid-request', 'The library is locked: enter your passphrase first');
    }
    return passphraseKeyProvider(this.passphrase, this.cost);
  }
}
