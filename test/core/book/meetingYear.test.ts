// A new meeting's year: 0027 (a half-typed date field) is refused with a clear message, here and by books:create's schema.
import { describe, expect, it } from 'vitest';
import { meetingYearProblem } from '../../../core/book/meetingYear';
import { MeetingInputSchema } from '../../../core/ipc/contract';

describe('meetingYearProblem', () => {
  it('accepts years 2000-2099 and names the bad year otherwise', () => {
    expect(meetingYearProblem('2026-03-14')).toBeNull();
    expect(meetingYearProblem('2000-01-01')).toBeNull();
    expect(meetingYearProblem('2099-12-31')).toBeNull();
    expect(meetingYearProblem('0027-03-14')).toBe(
      "The meeting date's year is 0027: enter a year from 2000 to 2099.",
    );
    expect(meetingYearProblem('1999-12-31')).toMatch(/year is 1999/);
    expect(meetingYearProblem('2100-01-01')).toMatch(/year is 2100/);
  });

  it('is enforced where books are created', () => {
    const bad = MeetingInputSchema.safeParse({ date: '0027-03-14' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/year is 0027/);
    expect(bad.error?.issues[0]?.path).toEqual(['date']);
    expect(MeetingInputSchema.safeParse({ date: '2026-03-14' }).success).toBe(true);
  });
});
