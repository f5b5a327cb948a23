// E2E seed books that several specs share, by country and city (test data, not real meetings).
import type { SeedBook } from '../harness';

/** A meeting with no counterpart and no principal named. */
export const meeting = (date: string, city: string): SeedBook['meeting'] => ({
  date,
  city,
  counterpart: null,
  principal: null,
});

export const JP_TOKYO: SeedBook = {
  templateId: 'bilateral-space-dialogue',
  countryCode: 'JP',
  meeting: meeting('2026-03-14', 'Tokyo'),
};

/** The Tokyo dialogue a year later (specs whose checks want the 2027 date). */
export const JP_TOKYO_2027: SeedBook = { ...JP_TOKYO, meeting: meeting('2027-03-14', 'Tokyo') };

export const KR_SEOUL: SeedBook = {
  templateId: 'artemis-accords-outreach',
  countryCode: 'KR',
  meeting: meeting('2026-03-16', 'Seoul'),
};

export const BR_BRASILIA: SeedBook = {
  templateId: 'artemis-accords-outreach',
  countryCode: 'BR',
  meeting: meeting('2026-05-02', 'Brasília'),
};

export const KE_NAIROBI: SeedBook = {
  templateId: 'bilateral-space-dialogue',
  countryCode: 'KE',
  meeting: meeting('2027-03-10', 'Nairobi'),
};

export const FR_PARIS: SeedBook = {
  templateId: 'bilateral-space-dialogue',
  countryCode: 'FR',
  meeting: meeting('2026-09-08', 'Paris'),
};
