// zod schemas for the framework's descriptive files: policy foundations, key factors, quotations, figures, Artemis principles, glossary.
import { z } from 'zod';

const Text = z.string().min(1);
const IsoDateOrPartial = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
/** Where in the framework something is stated, e.g. "III. Policy Foundations" or "footnote 5". */
const Locations = z.array(Text).min(1);

/** One policy, directive, executive order, strategy, plan or treaty the framework rests on. */
export const PolicyFoundationSchema = z
  .object({
    /** e.g. "PF.NSP-2020", "PF.SPD-5", "PF.EO-14028", "PF.OST". */
    id: z.string().regex(/^PF\.[A-Za-z0-9.-]+$/),
    kind: z.enum([
      'policy',
      'directive',
      'executive-order',
      'strategy',
      'plan',
      'treaty',
      'charter',
    ]),
    /** Year issued, signed or opened for signature; null when neither the framework nor a checked fact gives it (see note). */
    year: z.number().int().min(1945).max(2100).nullable(),
    name: Text,
    /** What the framework says it contributes, in or close to the framework's words. */
    contribution: Text,
    /** Where the framework mentions it. */
    citedIn: Locations,
    /** Objective (or goal/priority) IDs that name or apply it. */
    relatedIds: z.array(Text).optional(),
    /** False when the framework only alludes to it and its name or year comes from outside the text (see note). */
    namedInFramework: z.boolean(),
    note: Text.optional(),
  })
  .strict()
  .refine((f) => f.year !== null || f.note !== undefined, {
    message: 'a foundation without a year needs a note saying why',
  });

export const PolicyFoundationsFileSchema = z
  .object({ frameworkVersion: Text, foundations: z.array(PolicyFoundationSchema).min(1) })
  .strict();

export const KEY_FACTOR_SECTIONS = [
  'Strengths',
  'Partners',
  'Challenges',
  'Obligations',
  'Opportunities',
  'Methods',
  'Values',
] as const;

/** A short point from section IV "Key Factors for the Department". */
export const KeyFactorSchema = z
  .object({
    /** e.g. "KF.challenges.2". */
    id: z.string().regex(/^KF\.[a-z]+\.\d+$/),
    section: z.enum(KEY_FACTOR_SECTIONS),
    point: Text,
  })
  .strict();

export const KeyFactorsFileSchema = z
  .object({ frameworkVersion: Text, keyFactors: z.array(KeyFactorSchema).min(1) })
  .strict();

export const QuotationSchema = z
  .object({
    id: z.string().regex(/^Q\.[a-z0-9-]+$/),
    speaker: Text,
    /** As printed, e.g. "September 9, 2022"; null when the framework gives none. */
    date: Text.nullable(),
    isoDate: IsoDateOrPartial.nullable(),
    /** Verbatim (extraction damage repaired only). */
    text: Text,
    /** False for reported speech the framework does not put in quotation marks. */
    quoted: z.boolean(),
    location: Text,
  })
  .strict();

export const QuotationsFileSchema = z
  .object({ frameworkVersion: Text, quotations: z.array(QuotationSchema).min(1) })
  .strict();

export const FigureSchema = z
  .object({
    id: z.string().regex(/^FIG\.[a-z0-9-]+$/),
    label: Text,
    value: z.number().positive(),
    unit: Text,
    year: z.number().int(),
    /** The sentence as the framework states it. */
    statement: Text,
    sourceName: Text,
    sourceTitle: Text,
    url: z.string().url(),
    location: Text,
    note: Text.optional(),
  })
  .strict();

export const FiguresFileSchema = z
  .object({ frameworkVersion: Text, figures: z.array(FigureSchema).min(1) })
  .strict();

export const ArtemisPrinciplesFileSchema = z
  .object({
    frameworkVersion: Text,
    /** The framework's sentence, verbatim. */
    statement: Text,
    location: Text,
    principles: z
      .array(z.object({ id: z.string().regex(/^AP\.[a-z-]+$/), name: Text }).strict())
      .min(1),
    note: Text,
  })
  .strict();

export const GlossaryEntrySchema = z
  .object({
    acronym: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]*$/),
    expansion: Text,
    /** False when the framework uses the acronym without spelling it out (the expansion is then supplied, see note). */
    expandedInFramework: z.boolean(),
    note: Text.optional(),
  })
  .strict();

export const GlossaryFileSchema = z
  .object({ frameworkVersion: Text, entries: z.array(GlossaryEntrySchema).min(1) })
  .strict();

export type PolicyFoundation = z.infer<typeof PolicyFoundationSchema>;
export type KeyFactor = z.infer<typeof KeyFactorSchema>;
export type Quotation = z.infer<typeof QuotationSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type ArtemisPrinciplesFile = z.infer<typeof ArtemisPrinciplesFileSchema>;
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** The descriptive files of one framework version, as validated (FrameworkBundle.reference). */
export interface FrameworkReferenceFiles {
  policyFoundations: z.infer<typeof PolicyFoundationsFileSchema>;
  keyFactors: z.infer<typeof KeyFactorsFileSchema>;
  quotations: z.infer<typeof QuotationsFileSchema>;
  figures: z.infer<typeof FiguresFileSchema>;
  artemisPrinciples: ArtemisPrinciplesFile;
  glossary: z.infer<typeof GlossaryFileSchema>;
}
