// The tab kinds of a briefing book, in their customary order (see docs/ARCHITECTURE.md, "The domain").
import { z } from 'zod';

export const TAB_KINDS = [
  'purpose',
  'scene-setter',
  'scenario',
  'points-to-make',
  'if-raised',
  'press-line',
  'background',
  'participants',
  'biographies',
  'schedule',
  'remarks',
  'annex',
  'custom',
] as const;
export const TabKindSchema = z.enum(TAB_KINDS);
export type TabKind = z.infer<typeof TabKindSchema>;
