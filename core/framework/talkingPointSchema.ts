// zod schema for talking points: points to make and if-raised responses, each citing framework IDs.
import { z } from 'zod';
import { TopicSchema } from './topics';
import { CountryConditionSchema } from './conditions';

/** The one value a slot may be filled from: the book's country name. */
export const SLOT_VARIABLE = '{country}';

/**
 * A sanctioned slot: generic words in a point's text ("your government") that an officer may
 * replace with one of the listed forms, filled from the book's country, and stay cleared.
 */
export const TalkingPointSlotSchema = z
  .object({
    /** The generic words exactly as the point's text has them. */
    generic: z.string().min(1),
    /** Sanctioned replacements; `{country}` is the book's country name, the only variable. */
    fills: z
      .array(
        z
          .string()
          .regex(/^[^{}]*\{country\}[^{}]*$/, 'a fill uses {country} once and no other variable'),
      )
      .min(1),
  })
  .strict();

export const TalkingPointSchema = z
  .object({
    /** Stable ID, e.g. "TP.P1.G1.2.outreach" or "IR.export-controls.slv". */
    id: z.string().regex(/^(TP|IR)\.[A-Za-z0-9.-]+$/),
    /** A point to make, or a response for when the counterpart raises something. */
    kind: z.enum(['point', 'if-raised']),
    /** For if-raised: the likely ask or issue, phrased as the counterpart might raise it. */
    raised: z.string().min(1).optional(),
    /** 1-3 sentences, sayable aloud. */
    text: z.string().min(1),
    /** Framework item IDs it rests on (objective IDs; also goal/priority/foundation IDs). At least one. */
    cites: z.array(z.string().min(1)).min(1),
    topics: z.array(TopicSchema).min(1),
    /** When present, the point applies only to countries whose facts satisfy it. */
    when: CountryConditionSchema.optional(),
    /** Generic words the officer may fill from the book's country without losing clearance. */
    slots: z.array(TalkingPointSlotSchema).min(1).optional(),
  })
  .strict()
  .refine((tp) => (tp.kind === 'if-raised') === (tp.raised !== undefined), {
    message: 'an if-raised response needs `raised`, and only if-raised responses have it',
  })
  .refine((tp) => (tp.slots ?? []).every((slot) => tp.text.includes(slot.generic)), {
    message: 'every slot names words that occur in the point’s text',
    path: ['slots'],
  });

export type TalkingPointSlot = z.infer<typeof TalkingPointSlotSchema>;
export type TalkingPoint = z.infer<typeof TalkingPointSchema>;
