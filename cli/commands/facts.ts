// `brief facts status|import PACK [--user-data DIR]`: the data packs in use, and importing a signed pack offline.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { humanDate } from '../../core/data/humanDate';
import { PACK_KIND_NAMES, type TrustedKeys } from '../../core/packs/packFormat';
import { PackLibrary, packsDir } from '../../node/packs/packLibrary';
import { CliError, usageError } from '../errors';
import { userDataDir } from '../userData';

/** Days since `iso`, counted from `now`. */
const ageDays = (iso: string, now: Date) =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000));

/** Runs `facts status` or `facts import PACK`; `trustedKeys` replaces the app's keys (tests only). */
export async function runFacts(
  positionals: string[],
  opts: { 'user-data'?: string },
  out: (text: string) => void,
  deps: { trustedKeys?: TrustedKeys; now?: Date } = {},
): Promise<void> {
  const [sub, ...rest] = positionals;
  const dir = userDataDir(opts['user-data']);
  const library = new PackLibrary({
    userDataDir: dir,
    ...(deps.trustedKeys ? { trustedKeys: deps.trustedKeys } : {}),
  });
  const now = deps.now ?? new Date();
  if (sub === 'status') {
    if (rest.length > 0) throw usageError('facts status takes no file');
    for (const p of library.status().packs) {
      out(
        `${PACK_KIND_NAMES[p.kind]}: v${p.version} (${p.source}), signed ${humanDate(p.createdAt.slice(0, 10))}, ` +
          `${ageDays(p.createdAt, now)} days old, key "${p.keyId}"`,
      );
      if (p.problem) out(`  ${p.problem}`);
    }
    out(`user data: ${dir}`);
    return;
  }
  if (sub === 'import') {
    if (rest.length !== 1) throw usageError('facts import: give exactly one PACK file');
    const file = rest[0]!;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new CliError(
        `${file}: cannot read the pack (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    const before = library.versions();
    const info = await library.importText(text, basename(file));
    out(
      `Imported the ${PACK_KIND_NAMES[info.kind]} pack v${info.version} (was v${before[info.kind]}) into ${packsDir(dir)}`,
    );
    return;
  }
  throw usageError('facts: use "facts status" or "facts import PACK"');
}
