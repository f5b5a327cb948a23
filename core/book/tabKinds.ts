// The tab kinds of a briefing book (ENGINEERING.md §1), in their customary order.
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
