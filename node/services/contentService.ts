// Templates, framework and country data for the handlers: the data packs in use (bundled or imported), and the book engine over them.
import type { MeetingInput } from '../../core/book/assemble';
import { assembleBook } from '../../core/book/assemble';
import { startNextRound } from '../../core/book/nextRound';
import { reliedFacts } from '../../core/book/provenance';
import type { Book } from '../../core/book/schema';
import type { CountriesFile } from '../../core/countries/schema';
import type { AuthoritiesFile } from '../../core/data/authoritiesSchema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { AppFailure } from '../../core/ipc/result';
import type { PackInfo, PackStatus } from '../../core/packs/packFormat';
import type { PackVersions } from '../../core/readiness/driftChecks';
import { loadTemplates, type Template } from '../../core/templates';
import { findCountry } from '../../core/data';
import type { PackLibrary } from '../packs/packLibrary';

/** The data in use and the pure book engine, behind one object the handlers use. */
export interface ContentService {
  templates(): Template[];
  framework(): FrameworkBundle;
  countries(): CountriesFile;
  authorities(): AuthoritiesFile;
  /** The pack of each kind in use (version, date, bundled or imported). */
  packs(): PackStatus;
  packVersions(): PackVersions;
  /** Verifies and installs a pack; later calls serve its data. */
  importPack(text: string, fileName: string): Promise<PackInfo>;
  /** Drafts a book, recording the packs and the facts it relied on; throws not-found for an unknown template or country. */
  draftBook(
    templateId: string,
    countryCode: string,
    meeting: MeetingInput,
    opts: { now: Date; id: string },
  ): Book;
  /** "Start next round" from a past book. */
  nextRound(book: Book, opts: { meetingDate: string; now: Date; id: string }): Book;
}

const once = <T>(load: () => T): (() => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
};

/** The real content service over core/templates, the pack library and core/book. */
export function createContentService(packs: PackLibrary): ContentService {
  const templates = once(loadTemplates);
  return {
    templates,
    framework: () => packs.framework(),
    countries: () => packs.countries(),
    authorities: () => packs.authorities(),
    packs: () => packs.status(),
    packVersions: () => packs.versions(),
    importPack: (text, fileName) => packs.importText(text, fileName),
    draftBook(templateId, countryCode, meeting, opts) {
      const template = templates().find((t) => t.id === templateId);
      if (!template) throw new AppFailure('not-found', `No template with id "${templateId}"`);
      const file = packs.countries();
      // findCountry throws not-found, suggesting close matches.
      const country = findCountry(file, countryCode);
      const framework = packs.framework();
      const book = assembleBook(template, framework, file, country, meeting, {
        ...opts,
        authorities: packs.authorities(),
      });
      return {
        ...book,
        provenance: {
          packs: packs.versions(),
          facts: reliedFacts(book, framework, template, country),
        },
      };
    },
    nextRound: (book, opts) => startNextRound(book, opts),
  };
}
