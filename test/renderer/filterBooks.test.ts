// Library search: every word must match title, country, date, city, counterpart or body text, ignoring case and accents.
import { describe, expect, it } from 'vitest';
import type { BookSummary } from '../../core/ipc/contract';
import { EMPTY_FILTER, filterBooks } from '../../renderer/features/library/filterBooks';

const row = (over: Partial<BookSummary>): BookSummary => ({
  id: 'x',
  title: 'Untitled',
  countryCode: 'JP',
  countryName: 'Japan',
  meetingDate: '2026-03-14',
  templateId: 'bilateral-space-dialogue',
  updatedAt: '2026-03-01T00:00:00.000Z',
  banner: 'UNCLASSIFIED',
  status: 'draft',
  city: '',
  counterpart: '',
  excerpt: '',
  round: null,
  previousRoundId: null,
  ...over,
});

const books = [
  row({ id: 'ke', countryCode: 'KE', countryName: 'Kenya', city: 'Nairobi' }),
  row({ id: 'br', countryCode: 'BR', countryName: 'Brazil', city: 'Brasília' }),
  row({ id: 'in', countryCode: 'IN', countryName: 'India', counterpart: 'Asha Rao आशा राव' }),
  row({ id: 'jp', excerpt: 'Discuss lunar gateway cooperation and debris mitigation.' }),
];
const ids = (text: string, extra = {}) =>
  filterBooks(books, { ...EMPTY_FILTER, text, ...extra }).map((b) => b.id);

describe('filterBooks', () => {
  it('finds a book by its meeting city', () => {
    expect(ids('Nairobi')).toEqual(['ke']);
    expect(ids('nairobi kenya')).toEqual(['ke']);
  });

  it('ignores accents both ways', () => {
    expect(ids('brasilia')).toEqual(['br']);
    expect(ids('Brasília')).toEqual(['br']);
  });

  it('finds a book by its counterpart, in Latin or native script', () => {
    expect(ids('rao')).toEqual(['in']);
    expect(ids('आशा')).toEqual(['in']);
  });

  it('finds a book by words of its body text', () => {
    expect(ids('debris gateway')).toEqual(['jp']);
  });

  it('needs every word to match, and keeps the country filter', () => {
    expect(ids('nairobi debris')).toEqual([]);
    expect(ids('', { countryCode: 'BR' })).toEqual(['br']);
    expect(ids('nairobi', { countryCode: 'BR' })).toEqual([]);
    expect(ids('')).toEqual(['ke', 'br', 'in', 'jp']);
  });
});
