// A new meeting date's year must be plausible: a half-typed date field ("0027-03-14") is refused, never saved.
export const MEETING_YEAR_MIN = 2000;
export const MEETING_YEAR_MAX = 2099;

/** Why `isoDate` (YYYY-MM-DD) cannot be a meeting date, or null when its year is in range. */
export function meetingYearProblem(isoDate: string): string | null {
  const year = Number.parseInt(isoDate.slice(0, 4), 10);
  if (Number.isInteger(year) && year >= MEETING_YEAR_MIN && year <= MEETING_YEAR_MAX) return null;
  return `The meeting date's year is ${isoDate.slice(0, 4) || 'missing'}: enter a year from ${MEETING_YEAR_MIN} to ${MEETING_YEAR_MAX}.`;
}
