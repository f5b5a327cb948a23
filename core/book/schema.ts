// zod schema of a briefing book file (formatVersion 2): identity, meeting, tabs of Lexical content, clearance.
import { z } from 'zod';
import { PortionMarkSchema } from './marks';
import { EditorStateSchema } from './lexical';
import { TabKindSchema } from './tabKinds';
import { DistributionLogSchema } from './distribution';
import { BookImagesSchema } from './images';

export const BOOK_FORMAT_VERSION = 2;

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

const Short = z.string().max(300);
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id of letters, digits, _ or -');

export const PersonSchema = z
  .object({
    name: Short.min(1),
    title: Short.optional(),
    /** Name in native script (Cyrillic, Devanagari, CJK, ...). */
    nativeName: Short.optional(),
    pronunciation: Short.optional(),
  })
  .strict();

export const MeetingSchema = z
  .object({
    countryCode: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
    countryName: Short.min(1),
    counterpart: PersonSchema.nullable(),
    principal: PersonSchema.nullable(),
    city: Short,
    date: IsoDateSchema,
    /** The U.S. side's delegation (besides the principal), shown by the `delegation` field. */
    delegation: z.array(PersonSchema).max(50).optional(),
  })
  .strict();

export const SignOffSchema = z
  .object({ office: Short, name: Short, date: IsoDateSchema.nullable() })
  .strict();

export const OFFICE_CLEARANCE_STATUSES = ['pending', 'cleared', 'cleared-with-changes'] as const;

/**
 * One clearing office in the tracker. `status` and `contentHash` are optional so books written
 * before the tracker still load: such an entry counts as cleared when dated, but stale (its
 * content version is unknown). See core/clearance/tracker.ts.
 */
export const OfficeClearanceSchema = z
  .object({
    office: Short,
    name: Short,
    date: IsoDateSchema.nullable(),
    status: z.enum(OFFICE_CLEARANCE_STATUSES).optional(),
    /** SHA-256 (hex) of the tabs' content the office cleared (core/clearance/contentHash.ts). */
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex')
      .optional(),
  })
  .strict();

export const ClearanceSchema = z
  .object({
    drafted: SignOffSchema.nullable(),
    /** The clearing offices (the template's list, changed as the book needs): all are required. */
    cleared: z.array(OfficeClearanceSchema).max(50),
    approved: SignOffSchema.nullable(),
    /**
     * Mirror of the tracker's verdict, kept for the library list; the watermark and readiness
     * derive from the tracker itself (core/clearance/tracker.ts), never from this field.
     */
    status: z.enum(['draft', 'cleared']),
  })
  .strict();

export const TabSchema = z
  .object({
    id: Id,
    kind: TabKindSchema,
    title: Short.min(1),
    /** Mark given to new blocks in this tab (the template default). */
    defaultMark: PortionMarkSchema,
    content: EditorStateSchema,
  })
  .strict();

/** Facts of the country that chose text (CountryCondition keys): drift is measured on these. */
export const RELIED_FACTS = [
  'artemisSignatory',
  'mtcrPartner',
  'copuosMember',
  'ostParty',
] as const;

/**
 * The data packs a book was drafted with, and the country facts its content relied on (each
 * with its value then). Absent in older books: they count as drafted with the bundled packs v1.
 */
export const ProvenanceSchema = z
  .object({
    packs: z
      .object({
        countries: z.number().int().positive(),
        framework: z.number().int().positive(),
      })
      .strict(),
    facts: z
      .array(z.object({ fact: z.enum(RELIED_FACTS), value: z.boolean() }).strict())
      .max(RELIED_FACTS.length),
  })
  .strict();

/** Where a book stands in the rounds of one dialogue: set by "Start next round" (core/book/nextRound.ts). */
export const RoundSchema = z
  .object({
    /** 1 for a first meeting; each next round adds one. */
    number: z.number().int().min(1).max(999),
    /** The id of the book this round was started from (it may since be trashed, purged or elsewhere). */
    previousBookId: Id.optional(),
  })
  .strict();

export const BookSchema = z
  .object({
    formatVersion: z.literal(BOOK_FORMAT_VERSION),
    id: Id,
    title: Short.min(1),
    /** The template's title with {{placeholders}}: the title follows the details through it. */
    titlePattern: Short.optional(),
    /** Set once the user renames the book by hand: from then on the title stays as written. */
    titleIsCustom: z.boolean().optional(),
    meeting: MeetingSchema,
    bookDate: IsoDateSchema,
    copyNumber: z.number().int().positive().max(99999).nullable(),
    templateId: Id,
    templateVersion: z.number().int().positive(),
    frameworkVersion: Short.min(1),
    tabs: z.array(TabSchema).max(200),
    clearance: ClearanceSchema,
    /** Numbered copies and addenda handed out (core/book/distribution.ts); written by main only. */
    distribution: DistributionLogSchema.optional(),
    /** Pictures by content hash (core/book/images.ts), referenced by `image` nodes. */
    images: BookImagesSchema.optional(),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    provenance: ProvenanceSchema.optional(),
    round: RoundSchema.optional(),
  })
  .strict();

export type Person = z.infer<typeof PersonSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type SignOff = z.infer<typeof SignOffSchema>;
export type OfficeClearance = z.infer<typeof OfficeClearanceSchema>;
export type Clearance = z.infer<typeof ClearanceSchema>;
export type Tab = z.infer<typeof TabSchema>;
export type Book = z.infer<typeof BookSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type ReliedFact = (typeof RELIED_FACTS)[number];
