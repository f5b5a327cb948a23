// The closed vocabulary of topic tags that link objectives, talking points and template rules.
import { z } from 'zod';

/** Topic tags. Templates select framework items by these; adding one is a schema change on purpose. */
export const TOPICS = [
  'artemis-accords',
  'civil-exploration',
  'commercial',
  'copuos-multilateral',
  'cybersecurity',
  'earth-observation',
  'export-controls',
  'national-security',
  'norms-responsible-behavior',
  'planetary-defense',
  'pnt',
  'public-diplomacy',
  'science',
  'space-weather',
  'spectrum',
  'ssa-stm',
  'stem-and-inclusion',
  'strategic-competition',
  'sustainable-development',
  'workforce',
  'critical-infrastructure',
  'capacity-building',
  'space-resources',
  'arms-control',
  'disaster-management',
  'space-law',
] as const;

export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;
