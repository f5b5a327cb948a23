// Preferences over a conf-compatible store (electron-store in the app, conf in tests) that survives a corrupt file.
import { withDictionaryWord } from '../spellcheck/spellMenu';
import { existsSync, renameSync } from 'node:fs';
import type { z } from 'zod';
import type { AppNotice, Preferences } from '../../core/ipc/contract';
import { PreferencesSchema } from '../../core/ipc/contract';
import { withRecentBook } from '../../core/ipc/recentBooks';
import { PREF_KEYS, type PrefKey, type WindowBounds } from './prefsSchema';

/** The subset of the conf / electron-store API this wrapper uses. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export interface PrefsStoreOptions {
  /** Opens the underlying store; may throw on a corrupt file (conf's clearInvalidConfig: false). */
  open: () => KeyValueStore;
  /** The file `open` reads, known before opening so a corrupt one can be moved aside. */
  path: string;
  now?: () => Date;
  notify?: (notice: AppNotice) => void;
}

const firstLine = (error: unknown): string =>
  String((error as Error)?.message ?? error).split('\n')[0]!;

/** A store that keeps values in memory only: the last resort when the preferences file is unusable. */
function memoryStore(path: string): KeyValueStore {
  const values = new Map<string, unknown>();
  return { path, get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

/** Typed, validated preferences. Never throws on bad data: it resets and tells the user instead. */
export class PrefsStore {
  private store: KeyValueStore;
  private readonly now: () => Date;
  private readonly notify: (notice: AppNotice) => void;

  constructor(private readonly options: PrefsStoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.notify = options.notify ?? (() => undefined);
    this.store = this.openFresh();
  }

  /** Where the preferences live (for diagnostics and tests). */
  get path(): string {
    return this.options.path;
  }

  private openFresh(): KeyValueStore {
    try {
      return this.options.open();
    } catch (error) {
      return this.recover(error);
    }
  }

  /**
   * Moves the unreadable file aside (renamed with a timestamp), starts fresh and queues a notice.
   * If even a fresh file cannot be opened (read-only disk), preferences live in memory for this session.
   */
  private recover(error: unknown): KeyValueStore {
    const path = this.options.path;
    let kept = '';
    try {
      if (existsSync(path)) {
        kept = `${path}.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(path, kept);
      }
      const fresh = this.options.open();
      this.notify({
        level: 'warning',
        message: `Your preferences file could not be read (${firstLine(error)}), so preferences were reset to defaults.${kept ? ` The old file was kept as ${kept}.` : ''}`,
      });
      return fresh;
    } catch (second) {
      this.notify({
        level: 'warning',
        message: `Preferences cannot be saved this session (${firstLine(second)}); defaults are used until the app restarts.`,
      });
      return memoryStore(path);
    }
  }

  /** Runs a store operation; if the file went bad underneath us, recovers once and retries. */
  private guarded<T>(op: (store: KeyValueStore) => T): T {
    try {
      return op(this.store);
    } catch (error) {
      this.store = this.recover(error);
      return op(this.store);
    }
  }

  private read<K extends PrefKey>(key: K): z.output<(typeof PREF_KEYS)[K]> | undefined {
    const raw = this.guarded((s) => s.get(key));
    if (raw === undefined) return undefined;
    const parsed = PREF_KEYS[key].safeParse(raw);
    if (parsed.success) return parsed.data as z.output<(typeof PREF_KEYS)[K]>;
    this.notify({ level: 'info', message: `A saved setting (${key}) was invalid and was reset.` });
    return undefined;
  }

  private write<K extends PrefKey>(key: K, value: z.input<(typeof PREF_KEYS)[K]>): void {
    const parsed = PREF_KEYS[key].parse(value);
    this.guarded((s) => s.set(key, parsed));
  }

  /** The user's preferences (defaults where unset or invalid). */
  getPreferences(): Preferences {
    return this.read('preferences') ?? PreferencesSchema.parse({});
  }

  setPreferences(prefs: Preferences): void {
    this.write('preferences', prefs);
  }

  /** Moves `id` to the front of the recent-books list (max RECENT_BOOKS_MAX). */
  touchRecentBook(id: string): void {
    const prefs = this.getPreferences();
    this.setPreferences({ ...prefs, recentBookIds: withRecentBook(prefs.recentBookIds, id) });
  }

  /** Keeps `word` in the user's spelling dictionary ("Add to dictionary"). */
  addSpellingWord(word: string): void {
    const prefs = this.getPreferences();
    this.setPreferences({ ...prefs, spellingWords: withDictionaryWord(prefs.spellingWords, word) });
  }

  getWindowBounds(): WindowBounds | undefined {
    return this.read('windowBounds');
  }

  setWindowBounds(bounds: WindowBounds): void {
    this.write('windowBounds', bounds);
  }
}
