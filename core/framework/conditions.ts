// Country-fact conditions: the predicates that key talking-point variants and template rules to a country.
import { z } from 'zod';

/**
 * A condition on a country's facts. Every present key must hold (logical AND); an empty
 * condition always holds. `ostParty: true` means a party to the Outer Space Treaty.
 */
export const CountryConditionSchema = z
  .object({
    artemisSignatory: z.boolean().optional(),
    mtcrPartner: z.boolean().optional(),
    copuosMember: z.boolean().optional(),
    ostParty: z.boolean().optional(),
  })
  .strict();
export type CountryCondition = z.infer<typeof CountryConditionSchema>;
