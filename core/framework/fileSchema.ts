// zod schemas for whole framework-data files: framework.json (metadata + structure) and talkingPoints.json.
import { z } from 'zod';
import {
  GoalSchema,
  ObjectiveGroupSchema,
  ObjectiveSchema,
  PillarSchema,
  PrioritySchema,
} from './schema';
import { TalkingPointSchema } from './talkingPointSchema';

const Text = z.string().min(1);

/** A framework version id, e.g. "sfsd-2023": the directory name under framework-data/. */
export const FrameworkVersionSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const FrameworkMetaSchema = z
  .object({
    version: FrameworkVersionSchema,
    title: Text,
    issuedBy: z.array(z.object({ acronym: Text, name: Text }).strict()).min(1),
    /** Publication date (YYYY-MM or YYYY-MM-DD). */
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
    dateNote: Text.optional(),
    /** Section II "Our Mission", verbatim. */
    mission: Text,
    /** Where the text came from and what was repaired. */
    source: z.object({ file: Text, note: Text }).strict(),
  })
  .strict();

export const FrameworkFileSchema = z
  .object({
    meta: FrameworkMetaSchema,
    pillars: z.array(PillarSchema).min(1),
    goals: z.array(GoalSchema).min(1),
    priorities: z.array(PrioritySchema),
    groups: z.array(ObjectiveGroupSchema),
    objectives: z.array(ObjectiveSchema).min(1),
  })
  .strict();

export const TalkingPointsFileSchema = z
  .object({
    frameworkVersion: FrameworkVersionSchema,
    talkingPoints: z.array(TalkingPointSchema).min(1),
  })
  .strict();

export type FrameworkMeta = z.infer<typeof FrameworkMetaSchema>;
export type FrameworkFile = z.infer<typeof FrameworkFileSchema>;
