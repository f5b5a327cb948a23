// The pure converter: format bitmask, marks, links, lists, tables, framework quotes, unknown node types.
import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { formatStyle } from '../../../core/pdf/inline';
import {
  blockToPdfmake,
  lexicalToPdfmake,
  UnknownNodeError,
} from '../../../core/pdf/lexicalToPdfmake';
import type { FontKey } from '../../../core/pdf/scripts';
import { fixtureFramework } from '../../fixtures/books/framework';
import { doc, fq, h, li, link, list, nest, p, t, table } from '../../fixtures/books/nodes';

const ctx = () => ({
  usedFonts: new Set<FontKey>(),
  framework: fixtureFramework(),
  frameworkVersion: 'sfsd-2023',
});
/** The printed words of converted content, in order. */
const words = (c: unknown): string =>
  JSON.stringify(c)
    .match(/"text":"[^"]*"/g)!
    .map((m) => m.slice(8, -1))
    .join('');

describe('formatStyle', () => {
  it('decodes the Lexical bitmask into pdfmake properties', () => {
    expect(formatStyle(1)).toEqual({ bold: true });
    expect(formatStyle(2 | 8)).toEqual({ italics: true, decoration: 'underline' });
    expect(formatStyle(4 | 8)).toEqual({ decoration: ['underline', 'lineThrough'] });
    expect(formatStyle(64)).toEqual({ sup: true });
    expect(formatStyle(undefined)).toEqual({});
  });
});

describe('lexicalToPdfmake', () => {
  it('prints the portion mark before a paragraph and keeps run styles', () => {
    const [para] = lexicalToPdfmake(
      doc(p('SBU//NOFORN', 'Plain ', t('bold', 'bold'))),
      ctx(),
    ) as Array<{ text: Array<{ text: string; bold?: boolean }> }>;
    expect(para!.text[0]).toEqual({ text: '(SBU//NOFORN) ', bold: true });
    expect(para!.text.slice(1)).toEqual([{ text: 'Plain ' }, { text: 'bold', bold: true }]);
  });

  it('maps headings to named styles and links to link + printed URL (unsafe links print words only)', () => {
    const out = lexicalToPdfmake(
      doc(
        h(2, 'U', 'Title'),
        p('U', link('https://x.test/', 'site'), ' ', link('javascript:x()', 'bad')),
      ),
      ctx(),
    );
    expect((out[0] as { style: string }).style).toBe('h2');
    const inlines = (out[1] as { text: Array<{ text: string; link?: string }> }).text;
    expect(inlines.filter((i) => i.link).map((i) => i.text)).toEqual([
      'site',
      ' (https://x.test/)',
    ]);
    expect(words(out[1])).toBe('(U) site (https://x.test/) bad');
  });

  it('nests lists: a listitem holding a list continues the item above, and items inherit or override marks', () => {
    const [out] = lexicalToPdfmake(
      doc(
        list('number', 'U', [
          li(undefined, 'one'),
          nest(list('bullet', undefined, [li('SBU', 'sub')])),
          li(undefined, 'two'),
        ]),
      ),
      ctx(),
    );
    const ol = out as { ol: Content[]; start: number };
    expect(ol.start).toBe(1);
    expect(ol.ol).toHaveLength(3);
    expect((ol.ol[1] as unknown as { listType: string }).listType).toBe('none');
    expect(words(ol.ol[1])).toBe('(SBU) sub');
    expect(words(ol.ol[2])).toBe('(U) two');
  });

  it('builds tables with a repeated header row and placeholders for spans', () => {
    const tbl = table('SBU', ['A', 'B'], [['1', '2']]);
    const [out] = lexicalToPdfmake(doc(tbl), ctx()) as Array<{
      stack: [{ text: string }, { table: { headerRows: number; body: unknown[][] } }];
    }>;
    expect(out!.stack[0].text).toBe('(SBU)');
    expect(out!.stack[1].table.headerRows).toBe(1);
    expect(words(out!.stack[1].table.body[1])).toBe('12');
    const spanning = structuredClone(tbl);
    const cell = spanning.children![0]!.children![0]!;
    cell.colSpan = 2;
    spanning.children![0]!.children = [cell];
    const body = (blockToPdfmake(spanning, ctx(), false) as { table: { body: unknown[][] } }).table
      .body;
    expect(body[0]).toHaveLength(2);
    expect(body[0]![1]).toEqual({});
  });

  it('prints verbatim framework language as cleared, and edited language with an "edited" citation', () => {
    const item = {
      itemId: 'P1.G3.4.2',
      itemKind: 'objective' as const,
      cites: ['P1.G3.4.2'],
      text: fixtureFramework().objectives[2]!.text,
    };
    const cleared = blockToPdfmake(fq('U', item), ctx());
    expect(JSON.stringify(cleared)).toContain('"style":"cleared"');
    expect(words(cleared)).toMatch(/^\(U\) Collaborate .* \[P1\.G3\.4\.2\]$/);
    const edited = blockToPdfmake(fq('U', { ...item, text: `${item.text} Also more.` }), ctx());
    expect(JSON.stringify(edited)).not.toContain('"style":"cleared"');
    expect(words(edited)).toMatch(/\[P1\.G3\.4\.2; edited\]$/);
    const point = blockToPdfmake(
      fq('U', {
        itemId: 'TP.x',
        itemKind: 'if-raised',
        cites: ['P1.G1.3'],
        raised: 'They ask.',
        text: 'We answer.',
      }),
      ctx(),
    );
    expect(words(point)).toBe('(U) If raised: They ask.We answer. (cites P1.G1.3)');
  });

  it('fails loudly on a node type it does not know, at any depth', () => {
    expect(() => lexicalToPdfmake(doc({ type: 'poll', children: [] }), ctx())).toThrow(
      UnknownNodeError,
    );
    expect(() => lexicalToPdfmake(doc({ type: 'poll', children: [] }), ctx())).toThrow(
      'Cannot print node type "poll"',
    );
    expect(() => lexicalToPdfmake(doc(p('U', { type: 'emoji', text: 'x' })), ctx())).toThrow(
      'node type "emoji" inside a line of text',
    );
  });
});
