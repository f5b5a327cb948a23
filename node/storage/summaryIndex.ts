// A sealed cache of library rows (books/index.json) keyed by book id and validated by the book file's mtime and size.
import { z } from 'zod';
import type { BookSummary } from '../../core/ipc/contract';
import { writeFileAtomic } from './atomicWrite';
import { sealLabel, type DataCipher } from './cipher';
import { describeFsError, readRegularFile, type StorageFs } from './fsSeam';
import { isMissing } from './layout';

/** Bumped when the row's shape changes: an index of another version is a silent cache miss. */
const INDEX_VERSION = 3;

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
    city: z.string(),
    counterpart: z.string(),
    excerpt: z.string(),
    round: z.number().nullable(),
    previousRoundId: z.string().nullable(),
  })
  .strict();

const IndexSchema = z
  .object({
    version: z.literal(INDEX_VERSION),
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
    const json: unknown = JSON.parse(text);
    // An index written by an older version lacks the newer row fields: rebuild it without a notice.
    if (isOtherVersion(json)) return { entries: new Map(), problem: null };
    const parsed = IndexSchema.safeParse(json);
    if (parsed.success)
      return { entries: new Map(Object.entries(parsed.data.entries)), problem: null };
    return { entries: new Map(), problem: 'its content is not a library index' };
  } catch (error) {
    return { entries: new Map(), problem: (error as Error).message };
  }
}

function isOtherVersion(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || !('version' in json)) return false;
  const { version } = json;
  return typeof version === 'number' && Number.isInteger(version) && version !== INDEX_VERSION;
}

/** Writes the index atomically but without fsync: losing it in a crash only costs one rebuild. */
export async function writeIndex(
  path: string,
  entries: Map<string, IndexEntry>,
  io: { fs: StorageFs; cipher: DataCipher },
): Promise<void> {
  const text = JSON.stringify({ version: INDEX_VERSION, entries: Object.fromEntries(entries) });
  await writeFileAtomic(
    path,
    io.cipher.seal(Buffer.from(text, 'utf8'), sealLabel.index),
    { durable: false },
    io.fs,
  );
}
