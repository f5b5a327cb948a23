// zod schema of a book template (templates/*.json): ordered tabs whose blocks are filled by rules.
import { z } from 'zod';
import { TopicSchema } from '../framework/topics';
import { ObjectiveIdSchema } from '../framework/schema';

/** A talking-point or if-raised ID as in talkingPointSchema.ts. */
const TalkingPointIdSchema = z.string().regex(/^(TP|IR)\.[A-Za-z0-9.-]+$/);
import { CountryConditionSchema } from '../framework/conditions';
import { TabKindSchema } from '../book/tabKinds';
import { PortionMarkSchema } from '../book/marks';

/**
 * A block a template contributes to a tab. Text may use placeholders such as
 * {{country.name}}, {{meeting.date}}, {{meeting.city}}, {{counterpart.name}}, {{principal.name}}.
 * `when` includes the block only for countries whose facts satisfy the condition.
 */
const Common = { when: CountryConditionSchema.optional(), mark: PortionMarkSchema.optional() };

export const TemplateBlockSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      text: z.string().min(1),
      ...Common,
    })
    .strict(),
  z.object({ type: z.literal('paragraph'), text: z.string().min(1), ...Common }).strict(),
  z
    .object({
      type: z.literal('bullets'),
      items: z.array(z.string().min(1)).min(1),
      ordered: z.boolean().optional(),
      ...Common,
    })
    .strict(),
  /**
   * Objectives whose topics intersect `topics`, quoted verbatim as cleared framework language.
   * With `ids`, exactly those objectives in that order instead (topics then only describe the block).
   */
  z
    .object({
      type: z.literal('objectives'),
      topics: z.array(TopicSchema).min(1),
      ids: z.array(ObjectiveIdSchema).min(1).optional(),
      limit: z.number().int().positive().optional(),
      ...Common,
    })
    .strict(),
  /**
   * Talking points (or if-raised responses) by topic whose own `when` matches the country. With
   * `ids`, those items in that order instead, each still only when its own `when` matches.
   */
  z
    .object({
      type: z.literal('talking-points'),
      kind: z.enum(['point', 'if-raised']),
      topics: z.array(TopicSchema).min(1),
      ids: z.array(TalkingPointIdSchema).min(1).optional(),
      limit: z.number().int().positive().optional(),
      ...Common,
    })
    .strict(),
  /** The country's space-diplomacy facts, each with its source and as-of date. */
  z.object({ type: z.literal('country-facts'), ...Common }).strict(),
  /** A participants table (name, title, native name) to fill in. */
  z.object({ type: z.literal('participants-table'), ...Common }).strict(),
  /** A schedule table (time, event, place, press) to fill in. */
  z.object({ type: z.literal('schedule-table'), ...Common }).strict(),
]);

/** A budget above this is no budget at all (and more likely a typo). */
export const MAX_PAGE_BUDGET = 50;

export const TemplateTabSchema = z
  .object({
    kind: TabKindSchema,
    title: z.string().min(1),
    defaultMark: PortionMarkSchema,
    blocks: z.array(TemplateBlockSchema),
    /**
     * Most pages the tab should print (Points to Make: 1, Background: 2). Advice only: the editor
     * shows the printed length against it and warns calmly when over; nothing is refused.
     */
    pageBudget: z.number().int().positive().max(MAX_PAGE_BUDGET).optional(),
  })
  .strict();

export const TemplateSchema = z
  .object({
    formatVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.number().int().positive(),
    name: z.string().min(1),
    description: z.string().min(1),
    /** Title of the drafted book, with placeholders. */
    titlePattern: z.string().min(1),
    /** Topics the template recommends covering; drives the coverage view. */
    topics: z.array(TopicSchema).min(1),
    tabs: z.array(TemplateTabSchema).min(1),
    /**
     * The offices that usually clear a book of this kind, by office symbol ("OES/SAT", "L/OES"):
     * roles, never people. A new book starts with each as a pending clearance.
     */
    clearingOffices: z
      .array(
        z
          .string()
          .regex(/^[A-Z]{1,5}(\/[A-Z0-9]{1,6})*$/, 'expected an office symbol like OES/SAT'),
      )
      .max(50)
      .optional(),
  })
  .strict();

export type TemplateBlock = z.infer<typeof TemplateBlockSchema>;
export type TemplateTab = z.infer<typeof TemplateTabSchema>;
export type Template = z.infer<typeof TemplateSchema>;
