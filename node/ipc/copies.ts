// copies:* handlers: numbered copies and addenda of a book, and "Identify a copy".
import type { AppServices } from '../services/createAppServices';
import type { DomainHandlers } from './types';

/** Handlers for the copies domain. */
export function copiesHandlers(s: AppServices): DomainHandlers<'copies'> {
  return {
    'copies:export': (request) => s.copies.exportCopies(request),
    'copies:identify': (request) => s.copies.identify(request),
  };
}
