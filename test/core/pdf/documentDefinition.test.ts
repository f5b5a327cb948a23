// buildDocument: fresh definitions, cover without header/footer, metadata without author, watermark, fonts used.
import { describe, expect, it } from 'vitest';
import type { ContentSection } from 'pdfmake/interfaces';
import { buildDocument } from '../../../core/pdf/documentDefinition';
import { AppFailure } from '../../../core/ipc/result';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';

const input = (status: 'draft' | 'cleared' = 'draft') => ({
  books: [bilateralBook({ status })],
  framework: fixtureFramework(),
});

describe('buildDocument', () => {
  it('builds a fresh definition per call (pdfmake mutates it)', () => {
    const a = buildDocument(input()).definition;
    const b = buildDocument(input()).definition;
    expect(a).not.toBe(b);
    expect(a.content).not.toBe(b.content);
    expect(JSON.stringify(a.content)).toBe(JSON.stringify(b.content));
  });

  it('gives the cover no header or footer and the body both; DRAFT unless cleared', () => {
    const [cover, body] = buildDocument(input()).definition.content as ContentSection[];
    expect(cover!.header).toBeNull();
    expect(cover!.footer).toBeNull();
    expect(typeof body!.header).toBe('function');
    expect(typeof body!.footer).toBe('function');
    expect(cover!.watermark).toMatchObject({ text: 'DRAFT' });
    const cleared = buildDocument(input('cleared')).definition.content as ContentSection[];
    expect(cleared.map((s) => s.watermark)).toEqual([null, null]);
  });

  it('sets title and subject, never an author', () => {
    const info = buildDocument(input()).definition.info!;
    expect(info.title).toBe('Bilateral Space Dialogue');
    expect(info.subject).toContain('SENSITIVE BUT UNCLASSIFIED');
    expect(info.author).toBeUndefined();
  });

  it('lists the fonts used, so CJK fonts load only when needed', () => {
    expect(buildDocument(input()).fonts).toEqual(['Roboto']);
    const cjk = {
      ...input(),
      books: [bilateralBook({ counterpart: { name: 'Kim', nativeName: '김민준' } })],
    };
    expect(buildDocument(cjk).fonts.sort()).toEqual(['NotoKR', 'Roboto']);
  });

  it('refuses an empty export and an unknown book in includeTabs', () => {
    expect(() => buildDocument({ books: [], framework: fixtureFramework() })).toThrow(AppFailure);
    expect(() => buildDocument({ ...input(), includeTabs: { ghost: [] } })).toThrow(
      'includeTabs names book "ghost"',
    );
  });
});
