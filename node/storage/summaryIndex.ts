// A sealed cache of library rows (books/index.json) keyed by book id and validated by the book file's mtime and size.
import { z } from 'zod';
import type { BookSummary } from '../../core/ipc/contract';
import { writeFileAtomic } from './atomicWrite';
import { sealLabel, type DataCipher } from './cipher';
import { describeFsError, readRegularFile, type StorageFs } from './fsSeam';
import { isMissing } from './layout';

const SummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    countryCode: z.string(),
    countryName: z.string(),
    meetingDate: z.string(),
    templateId: z.string(),
    updatedAt: z.string(),
    banner: z.string(),
    status: z.enum(['draft', 'cleared']),
  })
  .strict();

const IndexSchema = z
  .object({
    version: z.literal(1),
    entries: z.record(
      z.string(),
      z.object({ mtimeMs: z.number(), size: z.number(), summary: SummarySchema }).strict(),
    ),
  })
  .strict();

export interface IndexEntry {
  mtimeMs: number;
  size: number;
  summary: BookSummary;
}

export interface IndexRead {
  entries: Map<string, IndexEntry>;
  /** Why an existing index was ignored (it is rebuilt from the book files), or null. */
  problem: string | null;
}

/** Reads the index; a missing or damaged index is only a cache miss (it is rebuilt from the book files). */
export async function readIndex(
  path: string,
  io: { fs: StorageFs; cipher: DataCipher },
): Promise<IndexRead> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(io.fs, path);
  } catch (error) {
    return { entries: new Map(), problem: isMissing(error) ? null : describeFsError(error) };
  }
  try {
    const text = io.cipher.open(bytes, sealLabel.index, 'index.json').toString('utf8');
    const parsed = IndexSchema.safeParse(JSON.parse(text));
    if (parsed.success)
      return { entries: new Map(Object.entries(parsed.data.entries)), problem: null };
    return { entries: new Map(), problem: 'its content is not a library index' };
  } catch (error) {
    return { entries: new Map(), problem: (error as Error).message };
  }
}

/** Writes the index atomically but without fsync: losing it in a crash only costs one rebuild. */
export async function writeIndex(
  path: string,
  entries: Map<string, IndexEntry>,
  io: { fs: StorageFs; cipher: DataCipher },
): Promise<void> {
  const text = JSON.stringify({ version: 1, entries: Object.fromEntries(entries) });
  await writeFileAtomic(
    path,
    io.cipher.seal(Buffer.from(text, 'utf8'), sealLabel.index),
    { durable: false },
    io.fs,
  );
}
