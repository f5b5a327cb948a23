// The one human date style of printed facts and readiness messages: "30 July 2026", "October 2025".
/** English month names, January first: the one table every printed date uses. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2026-07-30" -> "30 July 2026"; "2025-10" -> "October 2025"; anything else is returned as is. */
export function humanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** Every YYYY-MM-DD inside `text` written in the human style. */
export function humanDatesIn(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => humanDate(d));
}
