// zod schemas for the bundled framework: document, pillars, goals, priorities and the 54 objectives.
import { z } from 'zod';
import { TopicSchema } from './topics';

/**
 * Structural IDs: P1, P1.G3, P1.G3.4 (a cross-cutting priority), P1.G1.D (an unnumbered list inside a
 * goal: Goal 1's bilateral and regional dialogues), objectives P1.G1.2 / P1.G3.4.2 / P1.G1.D.1 / P3.1
 * (Pillar 3 has no goals: its objectives sit directly under the pillar).
 */
export const PillarIdSchema = z.string().regex(/^P[1-3]$/);
export const GoalIdSchema = z.string().regex(/^P[1-3]\.G\d+$/);
export const PriorityIdSchema = z.string().regex(/^P[1-3]\.G\d+\.\d+$/);
export const GroupIdSchema = z.string().regex(/^P[1-3]\.G\d+\.D$/);
export const ObjectiveIdSchema = z.string().regex(/^P[1-3](\.G\d+(\.D)?)?(\.\d+){1,2}$/);

export const PillarSchema = z
  .object({
    id: PillarIdSchema,
    number: z.number().int(),
    title: z.string().min(1),
    /** Absent for Pillar 3, which is printed with a title only. */
    subtitle: z.string().min(1).optional(),
    /** The pillar's one-paragraph aim, verbatim. */
    aim: z.string().min(1),
  })
  .strict();

export const GoalSchema = z
  .object({
    id: GoalIdSchema,
    pillarId: PillarIdSchema,
    number: z.number().int(),
    title: z.string().min(1),
    /** The goal's lead sentence, verbatim. */
    lead: z.string().min(1),
    /** Where the lead is not printed under the goal's own heading, says where it comes from. */
    leadNote: z.string().min(1).optional(),
  })
  .strict();

/** An unnumbered list of objectives inside a goal, with its own lead (P1.G1.D: bilateral and regional dialogues). */
export const ObjectiveGroupSchema = z
  .object({
    id: GroupIdSchema,
    goalId: GoalIdSchema,
    title: z.string().min(1),
    lead: z.string().min(1),
  })
  .strict();

/** Pillar 1 Goal 3's cross-cutting priorities 3.1-3.5. */
export const PrioritySchema = z
  .object({
    id: PriorityIdSchema,
    goalId: GoalIdSchema,
    number: z.string().regex(/^\d+\.\d+$/),
    title: z.string().min(1),
    lead: z.string().min(1),
  })
  .strict();

export const ObjectiveSubItemSchema = z
  .object({
    id: z.string().regex(/^P[1-3].*\.[a-z]$/),
    label: z.string().regex(/^[a-z]$/),
    text: z.string().min(1),
  })
  .strict();

export const ObjectiveSchema = z
  .object({
    id: ObjectiveIdSchema,
    /** The goal or priority this objective sits under (the pillar, for Pillar 3). */
    parentId: z.union([GoalIdSchema, PriorityIdSchema, PillarIdSchema]),
    /** Set when the objective belongs to an unnumbered list inside its goal (see ObjectiveGroupSchema). */
    groupId: GroupIdSchema.optional(),
    /** Its number within the parent, as printed (1, 2, ...). */
    number: z.number().int().positive(),
    /** The heading of its group, e.g. "Civil and Commercial Space" or "3.4 Critical Infrastructure and Cybersecurity of Space". */
    heading: z.string().min(1),
    /** Verbatim text (only text-extraction damage repaired). */
    text: z.string().min(1),
    subItems: z.array(ObjectiveSubItemSchema).optional(),
    topics: z.array(TopicSchema).min(1),
  })
  .strict();

export type Pillar = z.infer<typeof PillarSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Priority = z.infer<typeof PrioritySchema>;
export type ObjectiveGroup = z.infer<typeof ObjectiveGroupSchema>;
export type Objective = z.infer<typeof ObjectiveSchema>;
