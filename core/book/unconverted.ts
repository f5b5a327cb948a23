// Detail text that is not a live field (left by the 1 -> 2 migration, or typed by hand): it will not follow the details.
import type { SerializedNode } from './lexical';
import type { Book } from './schema';
import { fieldValues, longDate, type FieldName } from './fields';
import { MIGRATED_FIELDS } from './migrateFields';
import { firstWords, nodeText } from './walk';

/** One block that mentions a meeting detail in plain text; readiness lists these as warnings. */
export interface UnconvertedDetail {
  tabId: string;
  tabTitle: string;
  /** Index of the top-level block in the tab. */
  blockIndex: number;
  field: FieldName;
  /** The text found (the detail, or a fragment of it such as "March 10"). */
  found: string;
  firstWords: string;
  message: string;
}

const LABEL: Partial<Record<FieldName, string>> = {
  'meeting.date': 'the meeting date',
  'meeting.isoDate': 'the meeting date',
  'meeting.city': 'the meeting city',
  'counterpart.name': "the counterpart's name",
  'counterpart.title': "the counterpart's title",
  'principal.name': "the principal's name",
  'principal.title': "the principal's title",
};

/** What to look for: each detail's value, and the month-day of the date (an edited date keeps it). */
function traces(book: Book): Array<{ text: string; field: FieldName }> {
  const values = fieldValues(book.meeting);
  const out: Array<{ text: string; field: FieldName }> = [];
  for (const field of MIGRATED_FIELDS) {
    const value = values[field];
    // Prompts are placeholders, listed as such; one-letter values would match everywhere.
    if (value.trim().length >= 2 && !value.startsWith('[Drafter:'))
      out.push({ text: value, field });
  }
  const [monthDay, year] = longDate(book.meeting.date).split(', ');
  const day = monthDay?.split(' ')[1];
  const month = monthDay?.split(' ')[0];
  if (monthDay && year) out.push({ text: monthDay, field: 'meeting.date' });
  if (day && month) out.push({ text: `${day} ${month}`, field: 'meeting.date' });
  return out;
}

/** The block's text without its fields (a field's value is live, so it never counts). */
function textOutsideFields(node: SerializedNode): string {
  if (node.type === 'field') return ' ';
  if (node.type === 'framework-quote') return ' ';
  if (!node.children) return typeof node.text === 'string' ? node.text : ' ';
  return node.children.map(textOutsideFields).join(node.type === 'paragraph' ? '' : ' ');
}

// Why: re-run after every edit; unchanged blocks come back as the same objects, so each block's
// text is computed once. Weak keys: old blocks go.
const outsideFields = new WeakMap<SerializedNode, string>();

function blockTextOutsideFields(block: SerializedNode): string {
  let text = outsideFields.get(block);
  if (text === undefined) {
    text = textOutsideFields(block);
    outsideFields.set(block, text);
  }
  return text;
}

/**
 * Every top-level block whose plain text (fields and cleared framework language aside) still
 * names a meeting detail, or a fragment of the meeting date: such text will not change when the
 * details do. Computed from the book, so it lists what the 1 -> 2 migration could not convert
 * (e.g. a sentence whose date was edited to "March 10 or 11, 2027") and anything typed since.
 */
export function unconvertedDetails(book: Book): UnconvertedDetail[] {
  const looks = traces(book);
  const out: UnconvertedDetail[] = [];
  for (const tab of book.tabs) {
    tab.content.root.children.forEach((block, blockIndex) => {
      const text = blockTextOutsideFields(block);
      // One entry per field per block: the first trace found names it.
      const reported = new Set<FieldName>();
      for (const look of looks) {
        const field = look.field === 'meeting.isoDate' ? 'meeting.date' : look.field;
        if (reported.has(field) || !text.includes(look.text)) continue;
        reported.add(field);
        out.push({
          tabId: tab.id,
          tabTitle: tab.title,
          blockIndex,
          field,
          found: look.text,
          firstWords: firstWords(block) || nodeText(block),
          message: `${tab.title}: "${firstWords(block)}" mentions ${LABEL[field] ?? field} ("${look.text}") as plain text, so it will not follow the book details; replace it with the field or check it by hand.`,
        });
      }
    });
  }
  return out;
}
