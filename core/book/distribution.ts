// The distribution log of a book (numbered copies and addenda handed out) and the copy stamp printed and embedded in each copy.
import { z } from 'zod';
import { PortionMarkSchema } from './marks';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 as 64 lowercase hex digits');
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id of letters, digits, _ or -');

/** Most copies one distribution may have: a briefing book goes to a handful of people, not a mailing list. */
export const MAX_COPIES = 99;
export const MAX_RECIPIENT_LENGTH = 60;

export const RecipientSchema = z
  .string()
  .min(1)
  .max(MAX_RECIPIENT_LENGTH)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f;]+$/, 'a recipient name has no control characters or ";"');

export const DistributedCopySchema = z
  .object({
    number: z.number().int().min(1).max(MAX_COPIES),
    recipient: RecipientSchema,
    fileName: z.string().min(1).max(300),
    /** sha256 of the PDF file as written: identifies the very file. */
    sha256: Sha256,
  })
  .strict();

/** One tab as it was distributed: its content hash, and its blocks' text for the next addendum's change list. */
export const DistributedTabSchema = z
  .object({
    id: Id,
    title: z.string().min(1).max(300),
    hash: Sha256,
    /** Plain text of each block; kept on the newest entry only (older entries drop it). */
    blocks: z.array(z.string().max(20_000)).max(5_000).optional(),
  })
  .strict();

export const DistributionSchema = z
  .object({
    id: Id,
    /** 0 for the numbered copies themselves; n for "Addendum n" to them. */
    addendum: z.number().int().min(0).max(999),
    at: z.string().datetime(),
    /** How many copies the numbered distribution has ("Copy k of N"). */
    of: z.number().int().min(1).max(MAX_COPIES),
    /** Stable hash of all tabs at distribution (see node/copies/contentHash.ts). */
    contentHash: Sha256,
    /** The banner's mark (high-water) of what was distributed; an addendum never prints below it. */
    mark: PortionMarkSchema.optional(),
    tabs: z.array(DistributedTabSchema).max(200),
    copies: z.array(DistributedCopySchema).min(1).max(MAX_COPIES),
  })
  .strict();

export const DistributionLogSchema = z.array(DistributionSchema).max(500);

export type DistributedCopy = z.infer<typeof DistributedCopySchema>;
export type DistributedTab = z.infer<typeof DistributedTabSchema>;
export type Distribution = z.infer<typeof DistributionSchema>;

/**
 * Splits `"A;B;C"` (or one name a line) into recipient names, trimmed, empty ones dropped.
 * @throws Error naming the bad entry when a name is too long or repeats.
 */
export function parseRecipients(text: string): string[] {
  const names = text
    .split(/[;\n]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const ok = RecipientSchema.safeParse(name);
    if (!ok.success)
      throw new Error(
        `recipient ${i + 1} ("${name.slice(0, 40)}"): ${ok.error.issues[0]?.message ?? 'invalid'}`,
      );
    if (seen.has(name.toLowerCase()))
      throw new Error(`recipient ${i + 1} ("${name}") is listed twice`);
    seen.add(name.toLowerCase());
  });
  return names;
}

/** The newest distribution (copies or addendum), or undefined when none was made. */
export function lastDistribution(
  log: readonly Distribution[] | undefined,
): Distribution | undefined {
  return log && log.length > 0 ? log[log.length - 1] : undefined;
}

/** The numbered distribution the next addendum belongs to, and that addendum's number. */
export function nextAddendum(
  log: readonly Distribution[] | undefined,
): { base: Distribution; number: number } | undefined {
  if (!log) return undefined;
  let baseIndex = -1;
  for (let i = log.length - 1; i >= 0; i--)
    if (log[i]!.addendum === 0) {
      baseIndex = i;
      break;
    }
  if (baseIndex < 0) return undefined;
  const after = log.slice(baseIndex + 1);
  return { base: log[baseIndex]!, number: after.length + 1 };
}

/** What one copy prints next to the banner and embeds in the PDF metadata. */
export interface CopyStamp {
  bookId: string;
  distributionId: string;
  number: number;
  of: number;
  recipient: string;
  /** 0: the copy itself; n: Addendum n to it. */
  addendum: number;
}

/** "Copy 2 of 3", or "Addendum 1 to Copy 2 of 3". */
export function copyLabel(s: Pick<CopyStamp, 'number' | 'of' | 'addendum'>): string {
  const copy = `Copy ${s.number} of ${s.of}`;
  return s.addendum > 0 ? `Addendum ${s.addendum} to ${copy}` : copy;
}

const STAMP_PREFIX = 'bbb-copy/1';

/** The machine-readable stamp (PDF Keywords): survives a re-save that changes the file's hash. */
export function formatStampKeywords(s: CopyStamp): string {
  return [
    STAMP_PREFIX,
    `book=${s.bookId}`,
    `dist=${s.distributionId}`,
    `copy=${s.number}`,
    `of=${s.of}`,
    `addendum=${s.addendum}`,
    `recipient=${encodeURIComponent(s.recipient)}`,
  ].join(' ');
}

/** Reads a stamp back from a Keywords string; undefined when there is none or it is malformed. */
export function parseStampKeywords(keywords: string | undefined): CopyStamp | undefined {
  if (!keywords) return undefined;
  const at = keywords.indexOf(STAMP_PREFIX);
  if (at < 0) return undefined;
  const fields = new Map<string, string>();
  for (const part of keywords
    .slice(at + STAMP_PREFIX.length)
    .trim()
    .split(/\s+/)) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const int = (key: string) => {
    const v = fields.get(key);
    return v !== undefined && /^\d{1,4}$/.test(v) ? Number(v) : undefined;
  };
  const bookId = fields.get('book');
  const distributionId = fields.get('dist');
  const [number, of, addendum] = [int('copy'), int('of'), int('addendum')];
  let recipient: string;
  try {
    recipient = decodeURIComponent(fields.get('recipient') ?? '');
  } catch {
    return undefined;
  }
  if (!bookId || !Id.safeParse(bookId).success || !distributionId) return undefined;
  if (number === undefined || of === undefined || addendum === undefined || !recipient)
    return undefined;
  return { bookId, distributionId, number, of, recipient, addendum };
}
