// The new-book form's per-field errors: books:create's own schema, its issue paths mapped to the form's fields.
import { describe, expect, it } from 'vitest';
import { NewBookRequestSchema } from '../../core/ipc/contract';
import {
  EMPTY_MEETING,
  fieldErrors,
  fieldOfPath,
  firstInvalid,
  newBookRequest,
} from '../../renderer/features/new-book/newBookErrors';

describe('new-book field errors', () => {
  it('maps every issue path of the request schema to its field', () => {
    expect(fieldOfPath(['templateId'])).toBe('template');
    expect(fieldOfPath(['countryCode'])).toBe('country');
    expect(fieldOfPath(['meeting', 'date'])).toBe('date');
    expect(fieldOfPath(['meeting', 'city'])).toBe('city');
    expect(fieldOfPath(['meeting', 'counterpart', 'nativeName'])).toBe('counterpartNative');
    expect(fieldOfPath(['meeting', 'principal', 'title'])).toBe('principalTitle');
    expect(fieldOfPath(['meeting', 'principal', 'nativeName'])).toBeNull();
  });

  it('gives each invalid field its message, in screen order', () => {
    const errors = fieldErrors(
      newBookRequest('', '', { ...EMPTY_MEETING, date: '2026-02-30', principalTitle: 'Director' }),
    );
    expect(errors).toEqual({
      template: 'Choose a template.',
      country: 'Choose a country.',
      date: 'The meeting date is not a real calendar date.',
      principalName: "Enter the principal's name too: the title goes with it.",
    });
    expect(firstInvalid(errors)).toBe('template');
  });

  it('accepts exactly what books:create accepts', () => {
    const ok = newBookRequest('bilateral-space-dialogue', 'JP', {
      ...EMPTY_MEETING,
      date: '2026-03-14',
      counterpartName: 'Sato Hanako',
      counterpartNative: '佐藤 花子',
    });
    expect(fieldErrors(ok)).toEqual({});
    expect(NewBookRequestSchema.safeParse(ok).success).toBe(true);
    const year = newBookRequest('bilateral-space-dialogue', 'JP', {
      ...EMPTY_MEETING,
      date: '0027-03-14',
    });
    expect(fieldErrors(year).date).toBe(
      "The meeting date's year is 0027: enter a year from 2000 to 2099.",
    );
    expect(NewBookRequestSchema.safeParse(year).success).toBe(false);
  });
});
