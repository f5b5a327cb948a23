// Books the app drafts (each template, for every fifth country) pass the codec that reads them back: no false refusal.
import { describe, expect, it } from 'vitest';
import { assembleBook } from '../../../core/book/assemble';
import { findCountry, loadCountries, loadFramework } from '../../../core/data';
import { loadTemplates } from '../../../core/templates';
import { readBookFile, serializeBookFile } from '../../../node/storage/bookFile';

describe('drafted books and the codec', () => {
  it('each template drafted for a spread of countries is read back equal', () => {
    const countries = loadCountries();
    const framework = loadFramework();
    const meeting = { date: '2026-05-01', city: 'Capital', counterpart: null, principal: null };
    // Every fifth country keeps the run short while covering signatories, non-signatories, MTCR and not.
    const sample = countries.countries.filter((_, i) => i % 5 === 0);
    const refused: string[] = [];
    let read = 0;
    for (const template of loadTemplates()) {
      for (const { iso2 } of sample) {
        const country = findCountry(countries, iso2);
        const book = assembleBook(template, framework, countries, country, meeting, {
          now: new Date('2026-04-01T00:00:00Z'),
          id: `${template.id}-${iso2}`,
        });
        try {
          const text = serializeBookFile(book, '2026-04-01T00:00:00.000Z');
          expect(readBookFile(text, 'draft.json', { requireChecksum: true })).toEqual(book);
          read++;
        } catch (error) {
          refused.push(`${template.id} ${iso2}: ${(error as Error).message}`);
        }
      }
    }
    expect(refused).toEqual([]);
    expect(read).toBe(loadTemplates().length * sample.length);
  });
});
