// The one list of IPC names (channels, events, menu commands, window.briefing's methods); plain constants, no zod, so the preload can import it.

/** Each `window.briefing` method and the channel it invokes, grouped by domain. */
export const API_CHANNELS = {
  books: {
    list: 'books:list',
    get: 'books:get',
    create: 'books:create',
    save: 'books:save',
    duplicate: 'books:duplicate',
    trash: 'books:trash',
    restore: 'books:restore',
    listTrash: 'books:listTrash',
    purge: 'books:purge',
    import: 'books:import',
    exportFile: 'books:exportFile',
  },
  journal: { write: 'journal:write', get: 'journal:get', discard: 'journal:discard' },
  templates: { list: 'templates:list' },
  framework: { get: 'framework:get' },
  countries: { get: 'countries:get', authorities: 'countries:authorities' },
  packs: { status: 'packs:status', import: 'packs:import' },
  exports: {
    pdf: 'export:pdf',
    cancel: 'export:cancel',
    preview: 'export:preview',
    pageCounts: 'export:pageCounts',
  },
  copies: { export: 'copies:export', identify: 'copies:identify' },
  docx: { exportWord: 'docx:export', review: 'docx:review', apply: 'docx:apply' },
  prefs: { get: 'prefs:get', set: 'prefs:set' },
  app: { keyStatus: 'app:keyStatus', unlock: 'app:unlock' },
  images: { pick: 'images:pick' },
  fonts: { check: 'fonts:check' },
} as const;

/** The event channel main uses to push export progress to the renderer. */
export const EXPORT_PROGRESS_EVENT = 'export:progress';
/** The event channel main uses to push a menu intent (payload: one MenuCommand). */
export const MENU_COMMAND_EVENT = 'menu:command';
/** The event channel main uses to push an AppNotice (backup restored, export finished, prefs reset ...). */
export const NOTICE_EVENT = 'app:notice';

/**
 * Sent by the preload right after the page subscribes to notices: main then delivers the notices
 * it held back (raised before any window listened) and pushes later ones as they happen.
 */
export const NOTICES_LISTEN_CHANNEL = 'app:listenNotices';

/** Each `window.briefing` subscription and the event it listens to. */
export const API_EVENTS = {
  exports: { onProgress: EXPORT_PROGRESS_EVENT },
  app: { onMenuCommand: MENU_COMMAND_EVENT, onNotice: NOTICE_EVENT },
} as const;

/** Intents the native menu sends to the renderer (File items, Find/Replace; other Edit/View items use Electron roles). */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'import',
  'export-pdf',
  'export-packet',
  'find',
  'replace',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'shortcuts',
  'getting-started',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

type Values<T> = T[keyof T];
/** Every invoke channel: the API's and the notice handshake. */
export type ChannelName =
  | Values<{ [D in keyof typeof API_CHANNELS]: Values<(typeof API_CHANNELS)[D]> }>
  | typeof NOTICES_LISTEN_CHANNEL;
/** Every event main pushes to the renderer. */
export type EventName = Values<{ [D in keyof typeof API_EVENTS]: Values<(typeof API_EVENTS)[D]> }>;
