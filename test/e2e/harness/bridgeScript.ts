// The init script that plays the preload's part in the e2e harness: builds `window.briefing` from API_CHANNELS.
import { API_CHANNELS } from '../../../core/ipc/api';

/** Name of the Playwright binding that forwards (channel, request) to the real main-process handlers. */
export const INVOKE_BINDING = '__briefingInvoke';
/** Page functions the harness calls to push events, as main's webContents.send would. */
export const PROGRESS_HOOK = '__briefingProgress';
export const MENU_HOOK = '__briefingMenu';

/**
 * Source of the init script. Kept as a string (not a serialised function) so no transpiler helper
 * can leak into it. Like the preload, it exposes intents only and freezes the object.
 */
export function bridgeInitScript(): string {
  return `(() => {
  const channels = ${JSON.stringify(API_CHANNELS)};
  const progressListeners = new Set();
  const menuListeners = new Set();
  const subscribe = (set) => (listener) => {
    set.add(listener);
    return () => { set.delete(listener); };
  };
  const api = {};
  for (const [domain, methods] of Object.entries(channels)) {
    api[domain] = {};
    for (const [method, channel] of Object.entries(methods)) {
      api[domain][method] = (request) => window.${INVOKE_BINDING}(channel, request ?? {});
    }
  }
  api.exports.onProgress = subscribe(progressListeners);
  api.app.onMenuCommand = subscribe(menuListeners);
  for (const domain of Object.values(api)) Object.freeze(domain);
  Object.defineProperty(window, 'briefing', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(window, '${PROGRESS_HOOK}', {
    value: (progress) => progressListeners.forEach((l) => l(progress)),
  });
  Object.defineProperty(window, '${MENU_HOOK}', {
    value: (command) => menuListeners.forEach((l) => l(command)),
  });
})();`;
}
