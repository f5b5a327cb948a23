// The full handler map: every channel of the contract, composed from one file per domain.
import type { AppServices } from '../services/createAppServices';
import { bookHandlers } from './books';
import { countryHandlers, frameworkHandlers, packHandlers, templateHandlers } from './content';
import { docxHandlers } from './docx';
import { exportHandlers } from './export';
import { fontHandlers } from './fonts';
import { copiesHandlers } from './copies';
import { imageHandlers } from './images';
import { journalHandlers } from './journal';
import { appHandlers, prefsHandlers } from './prefs';
import type { HandlerMap } from './types';

export type { HandlerMap, HandlerContext, Handler } from './types';

/** Builds the handler for every channel on the given services (typed: a missing channel does not compile). */
export function createHandlerMap(services: AppServices): HandlerMap {
  return {
    ...bookHandlers(services),
    ...journalHandlers(services),
    ...templateHandlers(services),
    ...frameworkHandlers(services),
    ...countryHandlers(services),
    ...packHandlers(services),
    ...exportHandlers(services),
    ...copiesHandlers(services),
    ...docxHandlers(services),
    ...prefsHandlers(services),
    ...appHandlers(services),
    ...imageHandlers(services),
    ...fontHandlers(services),
  };
}
