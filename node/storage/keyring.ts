// Opens the library's data key: unwraps keystore.json with the KeyProvider, or creates it, then encrypts any plaintext left from before.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AppNotice } from '../../core/ipc/contract';
import { AppFailure } from '../../core/ipc/result';
import { writeFileAtomic } from './atomicWrite';
import { DATA_KEY_BYTES, DataCipher, isSealed } from './cipher';
import { describeFsError, nodeFs, readRegularFile, type StorageFs } from './fsSeam';
import type { KeyProvider } from './keyProvider';
import { listLibraryFiles } from './libraryFiles';
import { isMissing, storageLayout } from './layout';
import { migratePlaintext } from './plaintextMigration';

const KeystoreSchema = z
  .object({
    version: z.literal(1),
    kind: z.string().max(64),
    params: z.record(z.string().max(64), z.union([z.string().max(10_000), z.number()])),
  })
  .strict();

export interface OpenKeyOptions {
  fs?: StorageFs;
  notify?: (notice: AppNotice) => void;
}

/**
 * The cipher for the library in `userDataDir`. With keystore.json present, its data key is
 * unwrapped by `provider` (a different kind of provider is refused, never silently replaced).
 * Without it, a random 256-bit key is made, wrapped, written and read back to verify; but never
 * while sealed files exist (a lost key store must not be "fixed" by a key that opens nothing).
 * Then every plaintext file left from an older version is encrypted (see plaintextMigration.ts).
 */
export async function openLibraryKey(
  userDataDir: string,
  provider: KeyProvider,
  options: OpenKeyOptions = {},
): Promise<DataCipher> {
  const sfs = options.fs ?? nodeFs;
  const layout = storageLayout(userDataDir);
  let stored: Buffer | null = null;
  try {
    stored = await readRegularFile(sfs, layout.keystore);
  } catch (error) {
    if (!isMissing(error)) {
      throw new AppFailure('io', `keystore.json could not be read: ${describeFsError(error)}`);
    }
  }
  let dataKey: Buffer;
  if (stored) {
    dataKey = await unwrapStored(stored, provider);
  } else {
    const files = await listLibraryFiles(sfs, layout);
    for (const file of files) {
      if (isSealed(await readRegularFile(sfs, file.path).catch(() => Buffer.alloc(0)))) {
        throw new AppFailure(
          'io',
          `keystore.json is missing but the library holds encrypted files (e.g. ${file.path}); restore keystore.json from a backup of this folder`,
        );
      }
    }
    dataKey = randomBytes(DATA_KEY_BYTES);
    const wrapped = await provider.wrap(dataKey);
    const text = JSON.stringify({ version: 1, kind: wrapped.kind, params: wrapped.params });
    await sfs.mkdir(userDataDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(layout.keystore, text, {}, sfs);
    const back = await unwrapStored(await readRegularFile(sfs, layout.keystore), provider);
    if (!back.equals(dataKey))
      throw new AppFailure('io', 'keystore.json did not verify after writing');
  }
  const cipher = new DataCipher(dataKey);
  dataKey.fill(0);
  await migratePlaintext(layout, cipher, { fs: sfs, notify: options.notify });
  return cipher;
}

async function unwrapStored(bytes: Buffer, provider: KeyProvider): Promise<Buffer> {
  let parsed: z.infer<typeof KeystoreSchema>;
  try {
    parsed = KeystoreSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new AppFailure('validation', 'keystore.json is damaged; the library cannot be unlocked');
  }
  if (parsed.kind !== provider.kind) {
    throw new AppFailure(
      'invalid-request',
      `The library key is protected by "${parsed.kind}", but this start offers "${provider.kind}"; it will not be re-protected silently`,
    );
  }
  const key = await provider.unwrap({ kind: parsed.kind, params: parsed.params });
  if (key.length !== DATA_KEY_BYTES) {
    throw new AppFailure('validation', 'keystore.json holds a key of the wrong length');
  }
  return key;
}
