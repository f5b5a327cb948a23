// node/pdf/laidOut.ts: the after-layout check sees every laid-out page before drawing, a throwing check stops the render, drawn pages let go of their items.
import * as pdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { fontDescriptors } from '../../../node/pdf/fonts';
import { installLaidOutChecks, onLaidOut } from '../../../node/pdf/laidOut';
import type { LaidOutPage } from '../../../node/pdf/blockGuard';
import { testFontsDir } from './testFonts';

interface Server {
  setFonts(fonts: TFontDictionary): void;
  createPdf(dd: TDocumentDefinitions): {
    getStream(): Promise<{ _pdfMakePages?: LaidOutPage[]; end(): void }>;
  };
}

function server(): Server {
  const shared = ((pdfmakeModule as unknown as { default?: unknown }).default ??
    pdfmakeModule) as Server;
  const pdfmake = new (shared as unknown as { constructor: new () => Server }).constructor();
  pdfmake.setFonts(fontDescriptors(['Roboto'], testFontsDir()));
  return pdfmake;
}

/** Three pages of text. */
const definition = (): TDocumentDefinitions => ({
  content: [1, 2, 3].map((n) => ({
    text: `Page ${n} body text.`,
    pageBreak: n > 1 ? ('before' as const) : undefined,
  })),
});

installLaidOutChecks();

describe('laidOut: checks before drawing, items released after', () => {
  it('gives the check every laid-out page with its lines, and empties them once drawn', async () => {
    const seen: number[] = [];
    const dd = definition();
    onLaidOut(dd, (pages) => seen.push(...pages.map((p) => p.items.length)));
    const doc = await server().createPdf(dd).getStream();
    expect(seen).toHaveLength(3);
    for (const n of seen) expect(n).toBeGreaterThan(0);
    expect(doc._pdfMakePages).toHaveLength(3);
    expect(doc._pdfMakePages!.map((p) => p.items.length)).toEqual([0, 0, 0]);
  });

  it('rejects the render with the error of a throwing check', async () => {
    const dd = definition();
    onLaidOut(dd, () => {
      throw new Error('a block went missing');
    });
    await expect(server().createPdf(dd).getStream()).rejects.toThrow('a block went missing');
  });

  it('leaves a document without a check untouched (its items stay)', async () => {
    const doc = await server().createPdf(definition()).getStream();
    expect(doc._pdfMakePages!.every((p) => p.items.length > 0)).toBe(true);
  });
});
