// Live fields in core: values from details, assembly makes fields, refresh and the title, schema and PDF printing.
import { describe, expect, it } from 'vitest';
import {
  applyDetails,
  fieldNode,
  fieldValues,
  refreshFields,
  type FieldName,
} from '../../../core/book/fields';
import { EditorStateSchema, type SerializedNode } from '../../../core/book/lexical';
import { paragraph, root } from '../../../core/book/lexicalBuilders';
import { fillInline } from '../../../core/book/placeholders';
import { BookSchema, type Book, type Meeting } from '../../../core/book/schema';
import { walkNodes, nodeText } from '../../../core/book/walk';
import { inlineNode } from '../../../core/pdf/inline';
import { plainText } from '../../../core/pdf/portions';
import type { FontKey } from '../../../core/pdf/scripts';
import { draft, MEETING } from './draft';

const meeting = (over: Partial<Meeting> = {}): Meeting => ({
  countryCode: 'JP',
  countryName: 'Japan',
  counterpart: { name: 'Counterpart Name', title: 'Director-General' },
  principal: null,
  city: 'Tokyo',
  date: '2026-03-12',
  ...over,
});

/** Every field node in the book as [field, text]. */
function fieldsIn(book: Book): Array<[unknown, unknown]> {
  return book.tabs.flatMap((t) =>
    [...walkNodes(t.content.root)]
      .filter((n) => n.type === 'field')
      .map((n): [unknown, unknown] => [n.field, n.text]),
  );
}

/** Text of every plain text node (not fields) in the book. */
function plainRuns(book: Book): string {
  return book.tabs
    .flatMap((t) => [...walkNodes(t.content.root)].filter((n) => n.type === 'text'))
    .map((n) => n.text)
    .join('\n');
}

describe('fieldValues', () => {
  it('derives each value from the details, with prompts for what is missing', () => {
    const v = fieldValues(meeting());
    expect(v['meeting.date']).toBe('March 12, 2026');
    expect(v['meeting.isoDate']).toBe('2026-03-12');
    expect(v['meeting.city']).toBe('Tokyo');
    expect(v['counterpart.title']).toBe('Director-General');
    expect(v['counterpart.nativeName']).toBe('—');
    expect(v['principal.name']).toBe('[Drafter: principal]');
    expect(v.delegation).toBe('[Drafter: U.S. delegation]');
    const w = fieldValues(
      meeting({
        city: '  ',
        counterpart: null,
        delegation: [{ name: 'A. Member', title: 'Deputy' }, { name: 'B. Member' }],
      }),
    );
    expect(w['meeting.city']).toBe('[Drafter: city]');
    expect(w['counterpart.nativeName']).toBe("[Drafter: counterpart's name in native script]");
    expect(w.delegation).toBe('A. Member, Deputy; B. Member');
  });
});

describe('fillInline', () => {
  const values = {
    ...fieldValues(meeting()),
    'country.agency': 'Agency (AG)',
  };
  it('makes fields of details and text of everything else', () => {
    const nodes = fillInline(
      'On {{meeting.date}} in {{ meeting.city }}, with {{country.agency}}.',
      values,
    );
    expect(nodes.map((n) => [n.type, n.type === 'field' ? n.field : n.text])).toEqual([
      ['text', 'On '],
      ['field', 'meeting.date'],
      ['text', ' in '],
      ['field', 'meeting.city'],
      ['text', ', with Agency (AG).'],
    ]);
    expect(nodeText(paragraph(nodes))).toBe('On March 12, 2026 in Tokyo, with Agency (AG).');
  });
  it('throws on an unknown placeholder', () => {
    expect(() => fillInline('{{meeting.weather}}', values)).toThrow(/unknown placeholder/);
  });
});

describe('assembly', () => {
  it('drafts details as fields, never as substituted text', () => {
    const book = draft('bilateral-space-dialogue', 'JP');
    expect(BookSchema.safeParse(book).success).toBe(true);
    const fields = fieldsIn(book);
    const names = new Set(fields.map(([f]) => f));
    for (const f of ['meeting.date', 'meeting.city', 'counterpart.name', 'counterpart.title'])
      expect(names.has(f), f).toBe(true);
    expect(fields).toContainEqual(['meeting.date', 'March 12, 2026']);
    const runs = plainRuns(book);
    for (const value of ['March 12, 2026', 'Tokyo', MEETING.counterpart!.name])
      expect(runs, value).not.toContain(value);
    expect(book.titlePattern).toBe(
      'U.S.-{{country.name}} Bilateral Space Dialogue, {{meeting.date}}',
    );
    expect(book.titleIsCustom).toBe(false);
  });
});

describe('refreshFields / applyDetails', () => {
  it('sets every field and a following title to the new details', () => {
    const book = draft('bilateral-space-dialogue', 'JP');
    const moved = applyDetails(book, {
      ...book.meeting,
      date: '2026-10-01',
      city: 'Osaka',
      counterpart: { name: 'Other Name', title: 'Minister' },
    });
    expect(moved.title).toBe('U.S.-Japan Bilateral Space Dialogue, October 1, 2026');
    const byField = new Map<unknown, Set<unknown>>();
    for (const [f, t] of fieldsIn(moved)) byField.set(f, (byField.get(f) ?? new Set()).add(t));
    expect(byField.get('meeting.date')).toEqual(new Set(['October 1, 2026']));
    expect(byField.get('meeting.city')).toEqual(new Set(['Osaka']));
    expect(byField.get('counterpart.name')).toEqual(new Set(['Other Name']));
    expect(byField.get('counterpart.title')).toEqual(new Set(['Minister']));
    expect(JSON.stringify(moved.tabs)).not.toMatch(/March 12, 2026|Tokyo|Counterpart Name/);
    expect(book.meeting.city).toBe('Tokyo'); // the input is not mutated
  });

  it('keeps a title renamed by hand, and unchanged tabs keep their identity', () => {
    const book = {
      ...draft('bilateral-space-dialogue', 'JP'),
      title: 'My title',
      titleIsCustom: true,
    };
    const same = refreshFields(book);
    expect(same.title).toBe('My title');
    expect(same.tabs.every((t, i) => t === book.tabs[i])).toBe(true);
    const moved = applyDetails(book, { ...book.meeting, date: '2026-10-01' });
    expect(moved.title).toBe('My title');
    expect(moved.tabs.some((t, i) => t !== book.tabs[i])).toBe(true);
  });
});

describe('the field node in the schema and the PDF', () => {
  it('accepts known fields and names an unknown one', () => {
    const ok = root([paragraph([fieldNode('meeting.city', 'Tokyo')])]);
    expect(EditorStateSchema.safeParse(ok).success).toBe(true);
    const bad = root([
      paragraph([{ ...fieldNode('meeting.city', 'x'), field: 'meeting.weather' }]),
    ]);
    const parsed = EditorStateSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/unknown field \\"meeting.weather\\"/);
  });

  it('prints the current value with the run’s formatting, not the stored text', () => {
    const ctx = { usedFonts: new Set<FontKey>(), fields: fieldValues(meeting({ city: 'Osaka' })) };
    const stale: SerializedNode = fieldNode('meeting.city' as FieldName, 'Tokyo', 1 | 2);
    expect(inlineNode(stale, ctx)).toEqual([{ text: 'Osaka', bold: true, italics: true }]);
    // Plain-text readers (marks, first words) see the field's text.
    expect(plainText(paragraph([{ type: 'text', text: 'in ' }, stale]))).toBe('in Tokyo');
  });
});
