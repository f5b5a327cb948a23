// fonts:check: whether the PDF can print a text, by the export's own script and glyph checks (the new-book form warns as typed).
import { printProblem } from '../pdf/printable';
import type { AppServices } from '../services/createAppServices';
import type { DomainHandlers } from './types';

/** Handlers for the fonts domain. */
export function fontHandlers(s: AppServices): DomainHandlers<'fonts'> {
  return {
    'fonts:check': ({ text, countryCode }) =>
      Promise.resolve(printProblem(text, s.fontsDir(), countryCode)),
  };
}
