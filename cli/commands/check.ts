// `brief check BOOK.json [--json]`: the readiness list (core/readiness); exit 0 when ready, 1 when not.
import { loadCountries, loadFramework } from '../../core/data';
import { loadAuthorities } from '../../core/data/authorities';
import { checkReadiness, describeProblem, isReady } from '../../core/readiness';
import type { TrustedKeys } from '../../core/packs/packFormat';
import { PackLibrary } from '../../node/packs/packLibrary';
import { readBookFileAt } from '../../node/storage/bookFile';
import { usageError } from '../errors';

/** Today as YYYY-MM-DD (UTC): the CLI is the one place that reads the clock for the check. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** Prints every readiness problem (or a JSON array of them) and returns the exit code. */
export async function runCheck(
  files: string[],
  opts: { json?: boolean; 'user-data'?: string },
  out: (text: string) => void,
  /** Tests only: the data-pack keys to trust instead of the app's. */
  trustedKeys?: TrustedKeys,
): Promise<number> {
  if (files.length !== 1) throw usageError('check: give exactly one BOOK.json');
  const file = files[0]!;
  // The app's codec: the same verdict as opening or importing the file in the app.
  const book = await readBookFileAt(file, file, { requireChecksum: false });
  // With the app's user data: the packs it uses, so drift since drafting is listed too.
  const packs = opts['user-data']
    ? new PackLibrary({
        userDataDir: opts['user-data'],
        ...(trustedKeys ? { trustedKeys } : {}),
      })
    : null;
  const problems = checkReadiness({
    book,
    framework: packs ? packs.framework() : loadFramework(),
    countries: packs ? packs.countries() : loadCountries(),
    authorities: packs ? packs.authorities() : loadAuthorities(),
    ...(packs ? { packs: packs.versions() } : {}),
    today: todayIso(),
  });
  const ready = isReady(problems);
  if (opts.json) {
    out(JSON.stringify(problems, null, 2));
  } else {
    for (const p of problems) out(describeProblem(p));
    const blockers = problems.filter((p) => p.severity === 'blocker').length;
    out(
      `${file}: ${ready ? 'ready' : 'not ready'}; ${blockers} blocker(s), ${problems.length - blockers} warning(s)`,
    );
  }
  return ready ? 0 : 1;
}
