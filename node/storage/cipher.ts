// AES-256-GCM sealing of everything the library stores (books, backups, journal, trash, index) under the data key.
import {
  createCipheriv,
  createDecipheriv,
  createSecretKey,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { AppFailure } from '../../core/ipc/result';

/** First bytes of every sealed file: format name and version (also authenticated, as part of the AAD). */
export const SEAL_MAGIC = Buffer.from('BBBSEAL1', 'ascii');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** Length of the data key in bytes (AES-256). */
export const DATA_KEY_BYTES = 32;

/** True when `bytes` start like a sealed file (says nothing about whether they are authentic). */
export function isSealed(bytes: Uint8Array): boolean {
  return (
    bytes.length >= SEAL_MAGIC.length && SEAL_MAGIC.equals(bytes.subarray(0, SEAL_MAGIC.length))
  );
}

/**
 * Seals and opens stored files. Layout: magic | 96-bit random nonce | ciphertext | 128-bit tag.
 * The AAD is the magic plus a label naming what the file is for (e.g. "book:<id>"), so a file
 * moved into another book's place fails authentication like any altered byte.
 */
export class DataCipher {
  private readonly key: KeyObject;

  constructor(dataKey: Uint8Array) {
    if (dataKey.length !== DATA_KEY_BYTES) throw new Error('The data key must be 32 bytes');
    const copy = Buffer.from(dataKey);
    this.key = createSecretKey(copy);
    copy.fill(0); // the KeyObject holds its own copy
  }

  seal(plain: Uint8Array, label: string): Buffer {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad(label));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([SEAL_MAGIC, nonce, body, cipher.getAuthTag()]);
  }

  /**
   * Opens a sealed file. Anything but an authentic file sealed under this key with this label
   * (a flipped byte, truncation, plaintext, another key) throws AppFailure('validation') naming `fileName`.
   */
  open(sealed: Uint8Array, label: string, fileName: string): Buffer {
    const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (!isSealed(bytes)) {
      throw new AppFailure(
        'validation',
        `${fileName}: is not an encrypted library file (${bytes.length === 0 ? 'it is empty' : 'unknown format'})`,
      );
    }
    const headEnd = SEAL_MAGIC.length + NONCE_BYTES;
    if (bytes.length < headEnd + TAG_BYTES) {
      throw new AppFailure(
        'validation',
        `${fileName}: is truncated (too short to be encrypted data)`,
      );
    }
    try {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        this.key,
        bytes.subarray(SEAL_MAGIC.length, headEnd),
        { authTagLength: TAG_BYTES },
      );
      decipher.setAAD(aad(label));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(bytes.subarray(headEnd, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new AppFailure(
        'validation',
        `${fileName}: failed its integrity check (the file was altered, truncated or damaged, or belongs to another key)`,
      );
    }
  }
}

function aad(label: string): Buffer {
  return Buffer.concat([SEAL_MAGIC, Buffer.from(label, 'utf8')]);
}

/** AAD labels: what each kind of stored file is bound to. */
export const sealLabel = {
  book: (id: string) => `book:${id}`,
  journal: (id: string) => `journal:${id}`,
  trashMeta: (id: string) => `trash:${id}`,
  index: 'index',
} as const;

/** A cipher, or how to get it once the data key is unlocked (the app opens the key lazily). */
export type CipherSource = DataCipher | (() => Promise<DataCipher>);

/** Resolves a CipherSource. */
export function resolveCipher(source: CipherSource): Promise<DataCipher> {
  return source instanceof DataCipher ? Promise.resolve(source) : source();
}
