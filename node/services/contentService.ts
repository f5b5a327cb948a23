// Templates, framework and country data for the handlers: loaded once, validated by their owners, cached.
import type { MeetingInput } from '../../core/book/assemble';
import { assembleBook } from '../../core/book/assemble';
import { startNextRound } from '../../core/book/nextRound';
import type { Book } from '../../core/book/schema';
import type { CountriesFile } from '../../core/countries/schema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { AppFailure } from '../../core/ipc/result';
import { loadTemplates, type Template } from '../../core/templates';
import { findCountry, loadCountries, loadFramework } from '../../core/data';

/** The bundled data and the pure book engine, behind one object the handlers use. */
export interface ContentService {
  templates(): Template[];
  framework(): FrameworkBundle;
  countries(): CountriesFile;
  /** Drafts a book; throws not-found for an unknown template or country. */
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

/** The real content service over core/templates, core/data and core/book. */
export function createContentService(): ContentService {
  const templates = once(loadTemplates);
  const framework = once(loadFramework);
  const countries = once(loadCountries);
  return {
    templates,
    framework,
    countries,
    draftBook(templateId, countryCode, meeting, opts) {
      const template = templates().find((t) => t.id === templateId);
      if (!template) throw new AppFailure('not-found', `No template with id "${templateId}"`);
      const file = countries();
      // findCountry throws not-found, suggesting close matches.
      const country = findCountry(file, countryCode);
      return assembleBook(template, framework(), file, country, meeting, opts);
    },
    nextRound: (book, opts) => startNextRound(book, opts),
  };
}
