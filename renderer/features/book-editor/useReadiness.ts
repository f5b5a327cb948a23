// The book's readiness problems (core/readiness) from the app's reference data and today's date.
import { useMemo } from 'react';
import type { Book } from '../../../core/book/schema';
import { packVersions } from '../../../core/packs/packFormat';
import { checkReadiness, type ReadinessProblem } from '../../../core/readiness';
import type { AppData } from '../../app/AppData';

/** Today in the user's time zone as YYYY-MM-DD ("en-CA" writes dates that way). */
export const localToday = (): string => new Date().toLocaleDateString('en-CA');

/** Empty until the reference data has loaded. Recomputed when the book object changes; unchanged tabs are served from core's per-tab cache. */
export function useReadiness(
  book: Book | null,
  data: AppData | null,
  includeTabs?: readonly string[],
): ReadinessProblem[] {
  return useMemo(
    () =>
      // Without the framework every quote would look unverifiable: wait for the reference data.
      book && data
        ? checkReadiness({
            book,
            framework: data.framework,
            countries: data.countries,
            authorities: data.authorities,
            packs: packVersions(data.packs),
            today: localToday(),
            ...(includeTabs ? { includeTabs } : {}),
          })
        : [],
    [book, data, includeTabs],
  );
}
