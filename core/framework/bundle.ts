// The in-memory shape of the bundled framework data that the engine, CLI and app consume.
import type { Goal, Objective, Pillar, Priority } from './schema';
import type { TalkingPoint } from './talkingPointSchema';

/**
 * Everything the engine needs from framework-data/. Loaded and validated by core/data; the
 * descriptive material (foundations, key factors, glossary, ...) rides along for the framework panel.
 */
export interface FrameworkBundle {
  /** e.g. "sfsd-2023"; stored in every book so a revised framework never changes an old book. */
  version: string;
  title: string;
  pillars: Pillar[];
  goals: Goal[];
  priorities: Priority[];
  objectives: Objective[];
  talkingPoints: TalkingPoint[];
  /** Other validated framework files (foundations, keyFactors, quotations, figures, glossary, artemisPrinciples). */
  reference: Record<string, unknown>;
}
