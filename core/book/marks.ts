// Portion marks (U, SBU and SBU caveats) and the banner high-water mark. Unclassified work only.
import { z } from 'zod';

/** Caveats allowed after SBU, e.g. SBU//NOFORN. */
export const SBU_CAVEATS = ['NOFORN', 'PROPIN', 'LES', 'PII'] as const;

const CLASSIFIED = /^(C|S|TS|CONFIDENTIAL|SECRET|TOP SECRET)(\/\/|$)/i;

/** "U", "SBU", or "SBU//CAVEAT[//CAVEAT]". Classified markings are refused with a specific message. */
export const PortionMarkSchema = z.string().superRefine((value, ctx) => {
  if (CLASSIFIED.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is a classified marking; Briefing Book Builder is for unclassified (U, SBU) work only`,
    });
    return;
  }
  const [level, ...caveats] = value.split('//');
  const ok =
    (level === 'U' && caveats.length === 0) ||
    (level === 'SBU' &&
      caveats.every((c) => (SBU_CAVEATS as readonly string[]).includes(c)) &&
      new Set(caveats).size === caveats.length);
  if (!ok) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a portion mark: use U, SBU or SBU//${SBU_CAVEATS.join('|')}`,
    });
  }
});
export type PortionMark = string;

/** Rank for the high-water mark: U < SBU < SBU with caveats. */
function rank(mark: PortionMark): number {
  if (mark === 'U') return 0;
  return mark === 'SBU' ? 1 : 2;
}

/**
 * The banner for a set of portion marks: the highest one, with the union of SBU caveats
 * (SBU//NOFORN and SBU//PROPIN give SBU//NOFORN//PROPIN). An empty set gives U.
 */
export function highWaterMark(marks: Iterable<PortionMark>): PortionMark {
  let top = 0;
  const caveats = new Set<string>();
  for (const mark of marks) {
    top = Math.max(top, rank(mark));
    for (const c of mark.split('//').slice(1)) caveats.add(c);
  }
  if (top === 0) return 'U';
  const ordered = SBU_CAVEATS.filter((c) => caveats.has(c));
  return ['SBU', ...ordered].join('//');
}

/** The banner text printed at top and bottom of every page. */
export function bannerText(mark: PortionMark): string {
  return mark === 'U' ? 'UNCLASSIFIED' : mark.replace(/^SBU/, 'SENSITIVE BUT UNCLASSIFIED');
}
