// One-time upgrade: encrypts every plaintext library file in place; an original goes only once its sealed copy verifies.
import { dirname } from 'node:path';
import type { AppNotice } from '../../core/ipc/contract';
import { fsyncDir, writeVerifiedTemp } from './atomicWrite';
import { isSealed, type DataCipher } from './cipher';
import { describeFsError, nodeFs, readRegularFile, type StorageFs } from './fsSeam';
import { listLibraryFiles } from './libraryFiles';
import type { StorageLayout } from './layout';

export interface MigrationResult {
  migrated: number;
  failed: string[];
}

/**
 * For each plaintext file: seal it, write the sealed copy to a temp file (fsynced, read back),
 * open it again with the key and compare with the original bytes, and only then rename it over
 * the original. A failure leaves that original untouched and is reported; the rest go on.
 */
export async function migratePlaintext(
  layout: StorageLayout,
  cipher: DataCipher,
  options: { fs?: StorageFs; notify?: (notice: AppNotice) => void } = {},
): Promise<MigrationResult> {
  const sfs = options.fs ?? nodeFs;
  const result: MigrationResult = { migrated: 0, failed: [] };
  for (const file of await listLibraryFiles(sfs, layout)) {
    try {
      const plain = await readRegularFile(sfs, file.path);
      if (isSealed(plain)) continue;
      const sealed = cipher.seal(plain, file.label);
      const temp = await writeVerifiedTemp(file.path, sealed, { fs: sfs });
      try {
        const check = cipher.open(await readRegularFile(sfs, temp), file.label, file.path);
        if (!check.equals(plain)) throw new Error('the encrypted copy did not verify');
        await sfs.rename(temp, file.path);
      } catch (error) {
        await sfs.rm(temp, { force: true }).catch(() => undefined);
        throw error;
      }
      await fsyncDir(dirname(file.path), sfs);
      result.migrated++;
    } catch (error) {
      result.failed.push(`${file.path}: ${describeFsError(error)}`);
    }
  }
  if (result.migrated > 0) {
    options.notify?.({
      level: 'info',
      message: `Your library is now encrypted at rest: ${result.migrated} file${result.migrated === 1 ? ' was' : 's were'} encrypted and the plaintext originals removed.`,
    });
  }
  if (result.failed.length > 0) {
    options.notify?.({
      level: 'warning',
      message: `Some library files could not be encrypted and were left as they were:\n${result.failed.join('\n')}`,
    });
  }
  return result;
}
