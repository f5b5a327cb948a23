// prefs:* and app:* handlers: user preferences, start-up notices, and unlocking a passphrase-protected library.
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
    'app:notices': async () => {
      // Opening preferences is what detects a corrupt file: do it before reporting. Book reads
      // already under way (the renderer asks right after books:get/list) may restore a backup.
      await s.prefs();
      return s.notices.drainSettled();
    },
    'app:keyStatus': () => s.keyStatus(),
    'app:unlock': async ({ passphrase }) => {
      await s.unlock(passphrase);
      return null;
    },
  };
}
