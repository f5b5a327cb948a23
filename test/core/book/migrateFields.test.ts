// Format 1 -> 2 on a real format-1 book drafted by the previous code: substituted details become fields.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyDetails } from '../../../core/book/fields';
import type { SerializedNode } from '../../../core/book/lexical';
import { migrateBook } from '../../../core/book/migrate';
import type { Book } from '../../../core/book/schema';
import { unconvertedDetails } from '../../../core/book/unconverted';
import { walkNodes } from '../../../core/book/walk';

/** kenya-v1.book.json: `brief new` (format 1 code) for KE, 2027-03-10, Nairobi, test-named people. */
const raw = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL('../../fixtures/books/kenya-v1.book.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

const nodes = (book: Book) => book.tabs.flatMap((t) => [...walkNodes(t.content.root)]);
const textRuns = (book: Book) =>
  nodes(book)
    .filter((n) => n.type === 'text')
    .map((n) => String(n.text));
const fieldsNamed = (book: Book, name: string) =>
  nodes(book).filter((n) => n.type === 'field' && n.field === name);

/** Rewrites the text of the one text node that equals `from` (in the raw format-1 JSON). */
function editText(data: Record<string, unknown>, from: string, to: string): void {
  const tabs = data.tabs as Array<{ content: { root: SerializedNode } }>;
  const hits = tabs.flatMap((t) => [...walkNodes(t.content.root)]).filter((n) => n.text === from);
  expect(hits).toHaveLength(1);
  hits[0]!.text = to;
}

describe('format 1 -> 2 migration', () => {
  it('is a real format-1 book with the details substituted as text', () => {
    const data = raw();
    expect(data.formatVersion).toBe(1);
    expect(JSON.stringify(data)).toContain('Meeting date: March 10, 2027. Place: Nairobi.');
    expect(JSON.stringify(data)).not.toContain('"type": "field"');
  });

  it('turns the substituted date, city and people into fields and nothing is left over', () => {
    const book = migrateBook(raw(), 'kenya-v1.book.json');
    expect(book.formatVersion).toBe(2);
    const runs = textRuns(book).join('\n');
    for (const value of [
      'March 10, 2027',
      'Nairobi',
      'Test Counterpart Alpha',
      'Test Principal Bravo',
    ])
      expect(runs, value).not.toContain(value);
    expect(fieldsNamed(book, 'meeting.date').length).toBe(2);
    expect(fieldsNamed(book, 'meeting.city').length).toBeGreaterThanOrEqual(4);
    expect(fieldsNamed(book, 'counterpart.name').length).toBeGreaterThanOrEqual(4);
    expect(fieldsNamed(book, 'counterpart.title').length).toBeGreaterThanOrEqual(1);
    // The Schedule sentence reads the same, now as text + fields.
    const schedule = book.tabs.find((t) => t.title === 'Schedule')!;
    const sentence = schedule.content.root.children.find((b) =>
      JSON.stringify(b).includes('Meeting date: '),
    )!;
    expect(sentence.children!.map((c) => [c.type, c.text])).toEqual([
      ['text', 'Meeting date: '],
      ['field', 'March 10, 2027'],
      ['text', '. Place: '],
      ['field', 'Nairobi'],
      ['text', '.'],
    ]);
    expect(book.titlePattern).toBe(
      'U.S.-{{country.name}} Bilateral Space Dialogue, {{meeting.date}}',
    );
    expect(book.titleIsCustom).toBe(false);
    expect(unconvertedDetails(book)).toEqual([]);
    // From now on the details drive the text.
    const moved = applyDetails(book, { ...book.meeting, date: '2027-09-15', city: 'Mombasa' });
    expect(moved.title).toBe('U.S.-Kenya Bilateral Space Dialogue, September 15, 2027');
    expect(JSON.stringify(moved.tabs)).not.toMatch(/March 10, 2027|Nairobi/);
  });

  it('keeps framework language verbatim and carries a run’s formatting over to its field', () => {
    const data = raw();
    const tabs = data.tabs as Array<{ content: { root: SerializedNode } }>;
    const bold = tabs
      .flatMap((t) => [...walkNodes(t.content.root)])
      .find((n) => n.text === 'Test Counterpart Alpha')!;
    bold.format = 1;
    const before = tabs.flatMap((t) =>
      [...walkNodes(t.content.root)].filter((n) => n.type === 'framework-quote'),
    );
    const book = migrateBook(data, 'k.json');
    const after = nodes(book).filter((n) => n.type === 'framework-quote');
    expect(after).toEqual(before);
    expect(fieldsNamed(book, 'counterpart.name').filter((n) => n.format === 1)).toHaveLength(1);
  });

  it('reports an edited sentence it could not convert, with its tab and block', () => {
    const data = raw();
    editText(
      data,
      'Meeting date: March 10, 2027. Place: Nairobi.',
      'Meeting date: March 10 or 11, 2027. Place: Nairobi.',
    );
    const book = migrateBook(data, 'k.json');
    const problems = unconvertedDetails(book);
    expect(problems).toHaveLength(1);
    const schedule = book.tabs.find((t) => t.title === 'Schedule')!;
    expect(problems[0]).toMatchObject({
      tabId: schedule.id,
      tabTitle: 'Schedule',
      field: 'meeting.date',
      found: 'March 10',
    });
    expect(JSON.stringify(schedule.content.root.children[problems[0]!.blockIndex])).toContain(
      'March 10 or 11, 2027',
    );
    expect(problems[0]!.message).toMatch(
      /^Schedule: "Meeting date: March 10 or 11, 2027\..*the meeting date/,
    );
    // The city in that sentence was still converted.
    expect(fieldsNamed(book, 'meeting.city').length).toBeGreaterThanOrEqual(4);
  });

  it('treats a title without the details as renamed by hand', () => {
    const book = migrateBook({ ...raw(), title: 'Kenya talks' }, 'k.json');
    expect(book.titleIsCustom).toBe(true);
    expect(book.titlePattern).toBeUndefined();
    expect(applyDetails(book, { ...book.meeting, date: '2027-09-15' }).title).toBe('Kenya talks');
  });
});
