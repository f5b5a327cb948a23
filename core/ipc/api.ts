// The shape of `window.briefing`: intents grouped by domain, each resolving to a Result.
import type { Channel, RequestOf, ResponseMap, ExportProgress, MenuCommand } from './contract';
import type { Result } from './result';

type Call<C extends Channel> = (request: RequestOf<C>) => Promise<Result<ResponseMap[C]>>;

/** What the preload exposes (checked there with `satisfies BriefingApi`) and the e2e harness binds. */
export interface BriefingApi {
  books: {
    list: Call<'books:list'>;
    get: Call<'books:get'>;
    create: Call<'books:create'>;
    save: Call<'books:save'>;
    duplicate: Call<'books:duplicate'>;
    trash: Call<'books:trash'>;
    restore: Call<'books:restore'>;
    listTrash: Call<'books:listTrash'>;
    purge: Call<'books:purge'>;
    import: Call<'books:import'>;
    exportFile: Call<'books:exportFile'>;
  };
  journal: {
    write: Call<'journal:write'>;
    get: Call<'journal:get'>;
    discard: Call<'journal:discard'>;
  };
  templates: { list: Call<'templates:list'> };
  framework: { get: Call<'framework:get'> };
  countries: { get: Call<'countries:get'> };
  exports: {
    pdf: Call<'export:pdf'>;
    cancel: Call<'export:cancel'>;
    /** Subscribes to export progress; returns an unsubscribe function. */
    onProgress: (listener: (progress: ExportProgress) => void) => () => void;
  };
  prefs: { get: Call<'prefs:get'>; set: Call<'prefs:set'> };
  app: {
    notices: Call<'app:notices'>;
    keyStatus: Call<'app:keyStatus'>;
    unlock: Call<'app:unlock'>;
    /** Subscribes to native-menu intents (File > New, Save, Export PDF, ...); returns an unsubscribe function. */
    onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  };
}

/** Maps each API method to its channel, so preload and harness build the object the same way. */
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
  countries: { get: 'countries:get' },
  exports: { pdf: 'export:pdf', cancel: 'export:cancel' },
  prefs: { get: 'prefs:get', set: 'prefs:set' },
  app: { notices: 'app:notices', keyStatus: 'app:keyStatus', unlock: 'app:unlock' },
} as const satisfies Record<string, Record<string, Channel>>;
