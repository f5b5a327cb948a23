// The typed channel contract between renderer and main: each `domain:verb` maps a zod request to a response type.
import { z } from 'zod';
import { AUDIENCES } from '../pdf/audience';
import { BookSchema, IsoDateSchema, PersonSchema, type Book } from '../book/schema';
import { meetingYearProblem } from '../book/meetingYear';
import { BOOK_FILE_MAX_BYTES } from '../book/fileLimits';
import type { StoredImage } from '../book/images';
import type { Template } from '../templates/schema';
import type { FrameworkBundle } from '../framework/bundle';
import type { CountriesFile } from '../countries/schema';
import type { AuthoritiesFile } from '../data/authoritiesSchema';
import { PACK_MAX_CHARS, type PackInfo, type PackStatus } from '../packs/packFormat';
import type { ChannelName } from './names';
import { MAX_COPIES, RecipientSchema } from '../book/distribution';

/** Largest PDF "Identify a copy" reads (base64 of it crosses IPC). */
export const IDENTIFY_MAX_BYTES = 100_000_000;

/** What "Identify a copy" found (node/copies/identify.ts), or null when nothing matched. */
export interface CopyIdentification {
  via: 'sha256' | 'stamp';
  label: string;
  recipient: string;
  bookId: string;
  bookTitle?: string;
  at?: string;
  message: string;
}

import type { DocxReview } from '../docx/review';

/** Base64 length of the largest returned .docx read (20 MB, node/docx/safeZip.ts ZIP_LIMITS). */
const DOCX_REVIEW_MAX_BASE64 = 28 * 1024 * 1024;

export {
  EXPORT_PROGRESS_EVENT,
  MENU_COMMAND_EVENT,
  MENU_COMMANDS,
  NOTICE_EVENT,
  type MenuCommand,
} from './names';

const BookId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A row of the library. */
export interface BookSummary {
  id: string;
  title: string;
  countryCode: string;
  countryName: string;
  meetingDate: string;
  templateId: string;
  /** ISO timestamp of the last save. */
  updatedAt: string;
  /** Banner (high-water mark) text, e.g. "SENSITIVE BUT UNCLASSIFIED". */
  banner: string;
  status: 'draft' | 'cleared';
  /** Meeting city, searched by the library. */
  city: string;
  /** Counterpart's name (and native-script name), or '' when none; searched by the library. */
  counterpart: string;
  /** The start of the tabs' plain text (bounded, see node/storage/summary.ts); searched by the library. */
  excerpt: string;
  /** Round number in the dialogue's series ("Start next round"), or null for a book that records none. */
  round: number | null;
  /** The id of the round this book was started from, or null (the book may no longer exist). */
  previousRoundId: string | null;
}

/** A book in the trash, restorable until purged. */
export interface TrashedBook extends BookSummary {
  trashedAt: string;
}

/** Unsaved editor state found in the recovery journal after a crash. */
export interface JournalEntry {
  book: Book;
  journaledAt: string;
}

/** Progress of a running PDF export, pushed on the `export:progress` event. */
export interface ExportProgress {
  jobId: string;
  phase: 'layout' | 'render' | 'outline' | 'write' | 'done';
  /** 0..1 */
  fraction: number;
}

/** The first character export would refuse in a text, named by kind ("Emoji", "Ethiopic script"). */
export interface PrintProblem {
  kind: string;
  char: string;
  message: string;
}

/** Things the user must be told, pushed on the `app:notice` event (prefs reset, book restored, export finished). */
export interface AppNotice {
  level: 'info' | 'warning';
  message: string;
}

export const MeetingInputSchema = z
  .object({
    // A new meeting's year is checked too (existing books keep whatever date they hold).
    // Empty first (the new-book form shows this message at the field), then the date's shape and year.
    date: z
      .string()
      .min(1, 'Enter the meeting date.')
      .pipe(
        IsoDateSchema.superRefine((date, ctx) => {
          const problem = meetingYearProblem(date);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      ),
    city: z.string().max(300).default(''),
    counterpart: PersonSchema.nullable().default(null),
    principal: PersonSchema.nullable().default(null),
  })
  .strict();

/** books:create's request; the new-book form checks its fields with this same schema (messages shown at each field). */
export const NewBookRequestSchema = z
  .object({
    templateId: z.string().min(1, 'Choose a template.').max(64),
    countryCode: z.string().min(1, 'Choose a country.').max(8),
    meeting: MeetingInputSchema,
  })
  .strict();

export const PreferencesSchema = z
  .object({
    recentBookIds: z.array(BookId).max(20).default([]),
    lastTemplateId: z.string().max(64).nullable().default(null),
    /** The user's profile (name, office), edited in the library: prefills "Drafted by" in new books. */
    draftedBy: z
      .object({ office: z.string().max(300), name: z.string().max(300) })
      .strict()
      .nullable()
      .default(null),
    /** Words the user added to the spell checker's dictionary (node/spellcheck/spellMenu.ts). */
    spellingWords: z.array(z.string().min(1).max(64)).max(5000).default([]),
    /** The editor's zoom (Ctrl+= / Ctrl+-), 1 = 100%. */
    editorZoom: z.number().min(0.5).max(2).default(1),
  })
  .strict();
export type Preferences = z.infer<typeof PreferencesSchema>;

/**
 * Each channel: `request` validates what the renderer sends (main zod-parses it before the
 * handler runs), `response` is the TypeScript type of the value returned inside `Result`.
 */
export const channels = {
  /** Library rows, newest change first. */
  'books:list': { request: z.object({}).strict() },
  /** One book by id (verified checksum; falls back to the newest good backup). */
  'books:get': { request: z.object({ id: BookId }).strict() },
  /** Drafts a new book from a template and a country, saves it, returns it. */
  'books:create': { request: NewBookRequestSchema },
  /** Crash-safe save; clears that book's recovery journal. */
  'books:save': { request: z.object({ book: BookSchema }).strict() },
  /** "Start next round": copies a past book for the next meeting date (fresh clearance, DRAFT). */
  'books:duplicate': { request: z.object({ id: BookId, meetingDate: IsoDateSchema }).strict() },
  /** Moves a book to the trash (undoable with books:restore). */
  'books:trash': { request: z.object({ id: BookId }).strict() },
  'books:restore': { request: z.object({ id: BookId }).strict() },
  'books:listTrash': { request: z.object({}).strict() },
  /** "Delete permanently": removes a trashed book's every generation, backup, journal entry and index entry. */
  'books:purge': { request: z.object({ id: BookId }).strict() },
  /** Imports a book file's text (read in the renderer from a file input); validated, given a new id. */
  'books:import': {
    request: z
      .object({ fileName: z.string().max(500), text: z.string().max(BOOK_FILE_MAX_BYTES) })
      .strict(),
  },
  /** Serialises a book for "export book file"; main shows the save dialog and writes it. Returns the path or null if cancelled. */
  'books:exportFile': { request: z.object({ id: BookId }).strict() },
  /** Journals unsaved editor state (debounced by the renderer). */
  'journal:write': { request: z.object({ book: BookSchema }).strict() },
  /** Unsaved state left by a crash, if any, for this book. */
  'journal:get': { request: z.object({ id: BookId }).strict() },
  'journal:discard': { request: z.object({ id: BookId }).strict() },
  'templates:list': { request: z.object({}).strict() },
  'framework:get': { request: z.object({}).strict() },
  'countries:get': { request: z.object({}).strict() },
  /** The authorities cited with each fact (from the country-facts pack in use). */
  'countries:authorities': { request: z.object({}).strict() },
  /** The data packs in use: kind, version, date, bundled or imported. */
  'packs:status': { request: z.object({}).strict() },
  /** Verifies and installs a signed data pack chosen by the user (its text, read in the page). */
  'packs:import': {
    request: z
      .object({ fileName: z.string().max(500), text: z.string().max(PACK_MAX_CHARS) })
      .strict(),
  },
  /** Exports one book or a packet (several books) as one PDF: save dialog, render off the UI thread, open it. */
  'export:pdf': {
    request: z
      .object({
        jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
        bookIds: z.array(BookId).min(1).max(50),
        /** Per book id: tab ids to include; absent means all tabs. */
        includeTabs: z.record(z.string(), z.array(z.string().max(64))).optional(),
        packetTitle: z.string().max(300).optional(),
        /** Open the PDF in the system viewer when done. */
        open: z.boolean().default(true),
        /** A final export: refused while any book has a readiness blocker (core/readiness). */
        final: z.boolean().default(false),
        /** Encrypts the PDF (AES-256) under this password; never logged, never stored. */
        password: z.string().min(8).max(128).optional(),
        /** Full book, non-paper or pocket card (core/pdf/audience.ts); absent means full. */
        audience: z.enum(AUDIENCES).optional(),
        /** Non-paper: keep the U.S.-internal framework citations. */
        keepCitations: z.boolean().optional(),
      })
      .strict(),
  },
  'export:cancel': { request: z.object({ jobId: z.string().max(64) }).strict() },
  /** The exact bytes a draft export of one book would write, for the in-app preview: no dialog, no file. */
  'export:preview': {
    request: z.object({ bookId: BookId, audience: z.enum(AUDIENCES).optional() }).strict(),
  },
  /** Pages each tab of the saved book prints in the full-book PDF (laid out off the main thread). */
  'export:pageCounts': { request: z.object({ bookId: BookId }).strict() },
  /**
   * Numbered copies of one book, one per recipient ("Copy k of N"), or with `addendum` the next
   * addendum for the recipients of its last copies; main asks where (save dialog: its folder and
   * file name) and records them in the book's distribution log.
   */
  'copies:export': {
    request: z
      .object({
        bookId: BookId,
        recipients: z.array(RecipientSchema).min(1).max(MAX_COPIES).optional(),
        addendum: z.boolean().default(false),
        final: z.boolean().default(false),
      })
      .strict(),
  },
  /** "Identify a copy": a PDF's bytes (base64, read in the renderer) against every book's log. */
  'copies:identify': {
    request: z
      .object({
        fileName: z.string().max(500),
        base64: z
          .string()
          .max(Math.ceil(IDENTIFY_MAX_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'),
      })
      .strict(),
  },
  'prefs:get': { request: z.object({}).strict() },
  'prefs:set': { request: z.object({ prefs: PreferencesSchema }).strict() },
  /** The preload's handshake after the page subscribes to notices (see core/ipc/names.ts). */
  /** Word round trip: exports one book as DOCX (save dialog in main); returns the path or null if cancelled. */
  'docx:export': { request: z.object({ id: BookId }).strict() },
  /** Reads a returned DOCX (base64, read in the renderer) into a review of changed blocks; applies nothing. */
  'docx:review': {
    request: z
      .object({
        id: BookId,
        fileName: z.string().max(500),
        base64: z.string().max(DOCX_REVIEW_MAX_BASE64),
      })
      .strict(),
  },
  /** Applies the accepted blocks of an open review through the normal save path; returns the saved book. */
  'docx:apply': {
    request: z
      .object({
        id: BookId,
        reviewId: z.string().uuid(),
        accept: z.array(z.string().max(16)).max(20000),
      })
      .strict(),
  },
  'app:listenNotices': { request: z.object({}).strict() },
  /** Whether the library is locked behind a passphrase (no OS keyring) and whether one exists yet. */
  'app:keyStatus': { request: z.object({}).strict() },
  /** Unlocks the library with the passphrase (on first run: protects it with this passphrase). */
  'app:unlock': { request: z.object({ passphrase: z.string().min(1).max(1024) }).strict() },
  /** Picks a PNG or JPEG through main's open dialog; main decodes, checks and re-encodes it. */
  'images:pick': { request: z.object({}).strict() },
  /** Whether the PDF can print a text (the export's script and glyph checks), as a form field is typed. */
  'fonts:check': {
    request: z
      .object({ text: z.string().max(2000), countryCode: z.string().max(8).optional() })
      .strict(),
  },
  // `satisfies` makes the compiler refuse a channel missing from, or not named in, core/ipc/names.ts.
} as const satisfies Record<ChannelName, { request: z.ZodType }>;

export type Channel = keyof typeof channels;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<(typeof channels)[C]['request']>;

/** Response value type of each channel (inside `Result`). */
export interface ResponseMap {
  'books:list': BookSummary[];
  'books:get': Book;
  'books:create': Book;
  'books:save': BookSummary;
  'books:duplicate': Book;
  'books:trash': null;
  'books:restore': null;
  'books:listTrash': TrashedBook[];
  'books:purge': null;
  'books:import': Book;
  'books:exportFile': string | null;
  'journal:write': null;
  'journal:get': JournalEntry | null;
  'journal:discard': null;
  'templates:list': Template[];
  'framework:get': FrameworkBundle;
  'countries:get': CountriesFile;
  'countries:authorities': AuthoritiesFile;
  'packs:status': PackStatus;
  'packs:import': PackInfo;
  'export:pdf': { path: string; pages: number } | null;
  'export:cancel': null;
  /** The draft PDF as base64 (the harness's JSON wire carries no byte arrays) and its page count. */
  'export:preview': { pdfBase64: string; pages: number };
  /** The saved book's `updatedAt` that was laid out, its total pages, and pages per printed tab. */
  'export:pageCounts': {
    updatedAt: string;
    pages: number;
    tabs: Array<{ tabId: string; pages: number }>;
  };
  'copies:export': {
    folder: string;
    files: string[];
    addendum: number;
    changes: number;
  } | null;
  'copies:identify': CopyIdentification | null;
  'prefs:get': Preferences;
  'prefs:set': null;
  'docx:export': string | null;
  'docx:review': DocxReview & { reviewId: string };
  'docx:apply': Book;
  'app:listenNotices': null;
  'app:keyStatus': { locked: boolean; needsPassphrase: boolean; firstRun: boolean };
  'app:unlock': null;
  /** The stored picture ready for `book.images[hash]`, or null when the dialog was cancelled. */
  'images:pick': { hash: string; image: StoredImage; fileName: string } | null;
  'fonts:check': PrintProblem | null;
}
