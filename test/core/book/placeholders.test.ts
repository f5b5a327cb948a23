// Placeholders: known names, filled values, drafter prompts for missing facts, unknown names refused.
import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  longDate,
  placeholderValues,
  placeholdersIn,
} from '../../../core/book/placeholders';
import { fixtureCountry } from '../../fixtures/engine/bundle';

describe('placeholders', () => {
  const values = placeholderValues(fixtureCountry('ZA'), {
    date: '2026-12-01',
    city: ' ',
    counterpart: { name: 'N. Person' },
    principal: null,
  });

  it('fills every known placeholder, prompting the drafter for what the meeting lacks', () => {
    expect(
      fillPlaceholders(
        '{{country.name}} ({{country.code}}) on {{meeting.date}} / {{ meeting.isoDate }}',
        values,
      ),
    ).toBe('South Africa (ZA) on December 1, 2026 / 2026-12-01');
    expect(
      fillPlaceholders(
        '{{meeting.city}}|{{counterpart.name}}|{{counterpart.title}}|{{principal.name}}|{{country.agency}}',
        values,
      ),
    ).toBe(
      "[Drafter: city]|N. Person|[Drafter: counterpart's title]|[Drafter: principal]|[Drafter: space agency]",
    );
    expect(
      placeholderValues(fixtureCountry('JP'), {
        date: '2026-01-31',
        city: 'Tokyo',
        counterpart: null,
        principal: null,
      })['country.agency'],
    ).toBe('Japan Aerospace Exploration Agency (JAXA)');
  });

  it('refuses an unknown placeholder by name instead of leaving "{{" in the book', () => {
    expect(() => fillPlaceholders('Hello {{country.capital}}', values)).toThrow(
      /unknown placeholder \{\{country\.capital\}\}/,
    );
    expect(placeholdersIn('a {{x.y}} b {{ meeting.date }}')).toEqual(['x.y', 'meeting.date']);
  });

  it('writes dates without locale or time-zone drift', () => {
    expect(longDate('2026-01-01')).toBe('January 1, 2026');
    expect(longDate('2024-02-29')).toBe('February 29, 2024');
  });
});
