// Drafts a book from a template, the framework and one country's facts: pure, deterministic.
import type { Template } from '../templates/schema';
import type { FrameworkBundle } from '../framework/bundle';
import type { CountriesFile, Country } from '../countries/schema';
import type { AuthoritiesFile } from '../data/authoritiesSchema';
import { AppFailure } from '../ipc/result';
import {
  BOOK_FORMAT_VERSION,
  IsoDateSchema,
  type Book,
  type Meeting,
  type Person,
  type Tab,
} from './schema';
import { renderBlock, type BlockContext } from './blocks';
import { fillPlaceholders, placeholderValues } from './placeholders';
import { paragraph, root, withMark } from './lexicalBuilders';
import { checkBookId, isoTimestamp, tabId } from './ids';
import { pendingOffices } from '../clearance/tracker';
import { ensureBlockIds } from './blockIds';

/** The meeting a book is drafted for (core/ipc/contract.ts MeetingInputSchema, parsed). */
export interface MeetingInput {
  date: string;
  city: string;
  counterpart: Person | null;
  principal: Person | null;
  delegation?: Person[];
}

/**
 * Assembles a new draft book. Every tab's blocks come from the template's rules applied to the
 * country's facts; every top-level block carries a portion mark; framework language is inserted
 * verbatim as framework-quote nodes; each framework item appears at most once per book.
 * Pure: the clock (`now`) and the book `id` are injected, so the same inputs give the same book.
 * Throws AppFailure('validation') for a bad meeting date, id or clock value.
 */
export function assembleBook(
  template: Template,
  framework: FrameworkBundle,
  countries: CountriesFile,
  country: Country,
  meeting: MeetingInput,
  options: { now: Date | string; id: string; authorities?: AuthoritiesFile },
): Book {
  if (!IsoDateSchema.safeParse(meeting.date).success) {
    throw new AppFailure(
      'validation',
      `meeting date "${meeting.date}" is not a real date as YYYY-MM-DD`,
    );
  }
  const stamp = isoTimestamp(options.now);
  const bookMeeting: Meeting = {
    countryCode: country.iso2,
    countryName: country.name,
    counterpart: meeting.counterpart,
    principal: meeting.principal,
    city: meeting.city.trim(),
    date: meeting.date,
    ...(meeting.delegation && meeting.delegation.length > 0
      ? { delegation: meeting.delegation }
      : {}),
  };
  const ctx: BlockContext = {
    framework,
    countries,
    country,
    meeting: bookMeeting,
    values: placeholderValues(country, bookMeeting),
    used: new Set(),
    ...(options.authorities ? { authorities: options.authorities } : {}),
  };
  const tabs: Tab[] = template.tabs.map((tt, index) => {
    const blocks = tt.blocks.flatMap((block) => renderBlock(block, tt.defaultMark, ctx));
    // An empty tab still opens in the editor with one (marked) empty paragraph to type into.
    const children = blocks.length > 0 ? blocks : [withMark(paragraph(''), tt.defaultMark)];
    return {
      id: tabId(index, tt.kind),
      kind: tt.kind,
      title: fillPlaceholders(tt.title, ctx.values),
      defaultMark: tt.defaultMark,
      content: root(children),
    };
  });
  return ensureBlockIds({
    formatVersion: BOOK_FORMAT_VERSION,
    id: checkBookId(options.id),
    title: fillPlaceholders(template.titlePattern, ctx.values).slice(0, 300),
    // The title follows the details (core/book/fields.ts refreshFields) until renamed by hand.
    titlePattern: template.titlePattern.slice(0, 300),
    titleIsCustom: false,
    meeting: bookMeeting,
    bookDate: stamp.slice(0, 10),
    copyNumber: null,
    templateId: template.id,
    templateVersion: template.version,
    frameworkVersion: framework.version,
    tabs,
    clearance: {
      drafted: null,
      cleared: pendingOffices(template.clearingOffices ?? []),
      approved: null,
      status: 'draft',
    },
    createdAt: stamp,
    updatedAt: stamp,
  });
}
