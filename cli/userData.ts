// Where the CLI finds the app's user data folder (imported data packs live in its packs/ folder).
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The packaged app's name: Electron keeps its user data in a folder of this name. */
const APP_FOLDER = 'Briefing Book Builder';

/**
 * `--user-data DIR` when given, else $BRIEF_USER_DATA, else the folder Electron uses for the
 * packaged app on this platform (Linux: $XDG_CONFIG_HOME or ~/.config; macOS: ~/Library/
 * Application Support; Windows: %APPDATA%).
 */
export function userDataDir(option: string | undefined, env = process.env): string {
  if (option) return option;
  if (env.BRIEF_USER_DATA) return env.BRIEF_USER_DATA;
  const home = homedir();
  if (process.platform === 'darwin')
    return join(home, 'Library', 'Application Support', APP_FOLDER);
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER);
}
