// A cache of library rows (books/index.json) keyed by book id and validated by the book file's mtime and size.
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import type { BookSummary } from '../../core/ipc/contract';
import { writeFileAtomic } from './atomicWrite';

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

/** Reads the index; a missing or damaged index is only a cache miss (it is rebuilt from the book files). */
export async function readIndex(path: string): Promise<Map<string, IndexEntry>> {
  try {
    const parsed = IndexSchema.safeParse(JSON.parse(await fs.readFile(path, 'utf8')));
    return parsed.success ? new Map(Object.entries(parsed.data.entries)) : new Map();
  } catch {
    return new Map();
  }
}

/** Writes the index atomically but without fsync: losing it in a crash only costs one rebuild. */
export async function writeIndex(path: string, entries: Map<string, IndexEntry>): Promise<void> {
  await writeFileAtomic(
    path,
    JSON.stringify({ version: 1, entries: Object.fromEntries(entries) }),
    { durable: false },
  );
}
