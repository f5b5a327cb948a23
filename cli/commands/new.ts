// `brief new`: drafts a book file from a template, a country and a meeting date.
import { randomUUID } from 'node:crypto';
import { loadCountries, loadFramework, findCountry } from '../../core/data';
import { findTemplate, loadTemplates } from '../../core/templates';
import { assembleBook } from '../../core/book/assemble';
import { MeetingInputSchema } from '../../core/ipc/contract';
import { formatZodError } from '../../core/validation/formatZodError';
import { CliError, usageError } from '../errors';
import { assertStorable } from '../../node/storage/bookFile';
import { exists, writeFileAtomic } from '../io';
import { escapeForTerminal as term } from '../terminal';

export interface NewOptions {
  template?: string;
  country?: string;
  date?: string;
  city?: string;
  counterpart?: string;
  'counterpart-title'?: string;
  'counterpart-native'?: string;
  principal?: string;
  'principal-title'?: string;
  out?: string;
  force?: boolean;
}

const person = (name?: string, title?: string, nativeName?: string) =>
  name ? { name, ...(title ? { title } : {}), ...(nativeName ? { nativeName } : {}) } : null;

/** Drafts the book and writes it to --out atomically; refuses to overwrite unless --force. */
export async function runNew(opts: NewOptions, out: (text: string) => void): Promise<void> {
  for (const required of ['template', 'country', 'date', 'out'] as const) {
    if (!opts[required]) throw usageError(`new: --${required} is required`);
  }
  if (opts['counterpart-native'] && !opts.counterpart)
    throw usageError('new: --counterpart-native needs --counterpart');
  const parsed = MeetingInputSchema.safeParse({
    date: opts.date,
    city: opts.city ?? '',
    counterpart: person(opts.counterpart, opts['counterpart-title'], opts['counterpart-native']),
    principal: person(opts.principal, opts['principal-title']),
  });
  if (!parsed.success) {
    const message = formatZodError('meeting', parsed.error).replace(
      'meeting: $.date',
      `--date ${opts.date}`,
    );
    throw new CliError(message.replace(/^meeting: \$\./gm, '--'));
  }
  const template = findTemplate(loadTemplates(), opts.template!);
  const countries = loadCountries();
  const country = findCountry(countries, opts.country!.trim().toUpperCase());
  const outPath = opts.out!;
  if (!opts.force && (await exists(outPath))) {
    throw new CliError(`${outPath} already exists; pass --force to replace it`);
  }
  const book = assembleBook(template, loadFramework(), countries, country, parsed.data, {
    now: new Date(),
    id: randomUUID(),
  });
  // A bare, indented book (meant to be read and edited by hand), checked by the app's codec so the
  // CLI never writes a file that the app or `brief validate` would refuse.
  const text = `${JSON.stringify(book, null, 2)}\n`;
  assertStorable(book, text, outPath);
  await writeFileAtomic(outPath, text);
  out(
    `Wrote ${term(outPath)}: "${term(book.title)}" (${book.tabs.length} tabs, template ${template.id} v${template.version})`,
  );
}
