// The in-memory shape of the bundled framework data that the engine, CLI and app consume.
import type { FrameworkMeta } from './fileSchema';
import type { FrameworkReferenceFiles } from './referenceSchema';
import type { Goal, Objective, ObjectiveGroup, Pillar, Priority } from './schema';
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
  /**
   * The validated descriptive files (policy foundations, key factors, quotations, figures,
   * Artemis principles, glossary). Always set by core/data's loader; hand-made engine test bundles
   * leave it out. Flat arrays: core/data/frameworkReference.ts.
   */
  reference?: FrameworkReferenceFiles;
  /** Issuing bureaus, date, mission statement, provenance. Always set by core/data's loader. */
  meta?: FrameworkMeta;
  /** Unnumbered objective lists inside a goal (P1.G1.D). Always set by core/data's loader. */
  groups?: ObjectiveGroup[];
}
