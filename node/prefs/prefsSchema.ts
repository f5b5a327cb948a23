// What the preferences file holds: user preferences (the IPC contract's) and window bounds.
import { z } from 'zod';
import { PreferencesSchema } from '../../core/ipc/contract';

export const WindowBoundsSchema = z
  .object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(400).max(20_000),
    height: z.number().int().min(300).max(20_000),
    maximized: z.boolean().default(false),
  })
  .strict();
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

/** Keys of the preferences file and the schema each value must satisfy. */
export const PREF_KEYS = {
  preferences: PreferencesSchema,
  windowBounds: WindowBoundsSchema,
} as const;
export type PrefKey = keyof typeof PREF_KEYS;
