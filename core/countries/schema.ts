// zod schemas for per-country space-diplomacy facts (framework-data/countries.json), strict.
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ArtemisSigningSchema = z
  .object({
    signed: IsoDate.nullable(),
    order: z.number().int().positive().nullable(),
    dateConfidence: z.enum([
      'confirmed',
      'secondary',
      'approximate',
      'conflicting',
      'recollection',
      'date-unknown',
      'low',
    ]),
    signedBetween: z.tuple([IsoDate, IsoDate]).optional(),
  })
  .strict()
  .refine((a) => a.signed !== null || a.signedBetween !== undefined, {
    message: 'an undated signing needs a signedBetween range',
  });

export const TreatyStatusSchema = z.enum(['party', 'signatory', 'none', 'unknown']);

export const CountrySchema = z
  .object({
    iso2: z.string().regex(/^[A-Z]{2}$/),
    name: z.string().min(1),
    unStatus: z.enum(['member', 'observer', 'non-member']),
    artemisAccords: ArtemisSigningSchema.nullable(),
    mtcrPartner: z.boolean(),
    copuosMember: z.union([
      z.literal(false),
      z.object({ since: z.number().int().nullable() }).strict(),
    ]),
    outerSpaceTreaty: TreatyStatusSchema,
    registrationConvention: TreatyStatusSchema.optional(),
    spaceAgency: z
      .object({ name: z.string().min(1), acronym: z.string().min(1).nullable() })
      .strict()
      .nullable(),
    sourceIds: z.array(z.string().min(1)).min(1),
    /** Caveats, each prefixed by its fact family: "Artemis:", "OST:", "COPUOS:", "Agency:". */
    notes: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

export const SourceSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    /** Null for sources with no public address (the compiler's notes, an unpublished research note). */
    url: z.string().url().nullable(),
    asOf: z.string().min(4),
  })
  .strict();

export const CountriesFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    generated: z.string().min(1),
    /** As-of statement per fact family; the app prints these next to each fact. */
    asOf: z
      .object({
        artemisAccords: z.string(),
        mtcr: z.string(),
        copuos: z.string(),
        outerSpaceTreaty: z.string(),
        registrationConvention: z.string(),
        spaceAgency: z.string(),
      })
      .strict(),
    sources: z.array(SourceSchema).min(1),
    countries: z.array(CountrySchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    // Cross-references zod cannot express per field: codes unique, every sourceId defined.
    const known = new Set(file.sources.map((s) => s.id));
    const seen = new Set<string>();
    file.countries.forEach((c, i) => {
      if (seen.has(c.iso2)) {
        ctx.addIssue({
          code: 'custom',
          path: ['countries', i, 'iso2'],
          message: `duplicate country code "${c.iso2}"`,
        });
      }
      seen.add(c.iso2);
      c.sourceIds.forEach((id, j) => {
        if (!known.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['countries', i, 'sourceIds', j],
            message: `unknown source id "${id}"`,
          });
        }
      });
    });
  });

export type Country = z.infer<typeof CountrySchema>;
export type CountrySource = z.infer<typeof SourceSchema>;
export type CountriesFile = z.infer<typeof CountriesFileSchema>;
