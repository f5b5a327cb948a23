// zod schema of framework-data/authorities.json: per fact field, the authority a desk officer cites.
import { z } from 'zod';

/** A date as precise as the authority's data allows: YYYY-MM-DD, YYYY-MM, or "mixed" (no one date). */
const AsOf = z.union([
  z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM'),
  z.literal('mixed'),
]);

export const AuthoritySchema = z
  .object({
    /** Printed in the book, e.g. "NASA, Artemis Accords signatories". */
    authority: z.string().min(1).max(200),
    url: z.string().url().nullable(),
    asOf: AsOf,
    /** What the compiled data rests on (the compiler's trail: app detail view only). */
    restsOn: z.string().min(1),
    /** What a desk officer should verify before relying on the fact. */
    verify: z.string().min(1),
  })
  .strict();

export const AUTHORITY_FIELDS = [
  'artemisAccords',
  'mtcrPartner',
  'copuosMember',
  'outerSpaceTreaty',
  'registrationConvention',
  'spaceAgency',
] as const;
export type AuthorityField = (typeof AUTHORITY_FIELDS)[number];

export const AuthoritiesFileSchema = z
  .object({
    about: z.string(),
    fields: z
      .object({
        artemisAccords: AuthoritySchema,
        mtcrPartner: AuthoritySchema,
        copuosMember: AuthoritySchema,
        outerSpaceTreaty: AuthoritySchema,
        registrationConvention: AuthoritySchema,
        spaceAgency: AuthoritySchema,
      })
      .strict(),
  })
  .strict();

export type Authority = z.infer<typeof AuthoritySchema>;
export type AuthoritiesFile = z.infer<typeof AuthoritiesFileSchema>;
