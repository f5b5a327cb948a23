// prefs:* and app:* handlers: user preferences, and connecting the window that listens for notices.
import type { AppServices } from '../services/createAppServices';
import type { DomainHandlers } from './types';

/** Handlers for the prefs domain. */
export function prefsHandlers(s: AppServices): DomainHandlers<'prefs'> {
  return {
    'prefs:get': async () => (await s.prefs()).getPreferences(),
    'prefs:set': async ({ prefs }) => {
      (await s.prefs()).setPreferences(prefs);
      return null;
    },
  };
}

/** Handlers for the app domain. */
export function appHandlers(s: AppServices): DomainHandlers<'app'> {
  return {
    'app:listenNotices': async (_request, ctx) => {
      // Opening preferences is what detects a damaged file: do it first, so that notice is held
      // and delivered with the others rather than waiting for the first prefs call.
      await s.prefs();
      s.notices.connect(ctx.emitNotice);
      return null;
    },
  };
}
