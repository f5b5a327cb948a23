// The framework-quote node in print: cleared language set apart, with its citation and, for if-raised, the ask.
import type { Content, ContentText } from 'pdfmake/interfaces';
import type { SerializedFrameworkQuote, SerializedNode } from '../book/lexical';
import type { FrameworkBundle } from '../framework/bundle';
import { inlineChildren, scriptInlines, type ConvertContext } from './inline';
import { isTailored, verifyQuote } from '../book/quotes';

/** What a quote needs beyond the shared context: the framework to check the words against. */
export interface QuoteContext extends ConvertContext {
  framework?: FrameworkBundle;
  /** The book's framework version; quotes are only checked against the same version. */
  frameworkVersion?: string;
  /** False leaves out the citations (a non-paper: they point at U.S.-internal documents). */
  citations?: boolean;
}

/** The citation printed after the quote: "[P1.G3.4.2]" for an objective, "(cites A, B)" for a point. */
export function citationText(
  node: Pick<SerializedFrameworkQuote, 'itemKind' | 'itemId' | 'cites'>,
): string {
  if (node.itemKind === 'objective') return `[${node.itemId}]`;
  const cites = node.cites.length > 0 ? node.cites : [node.itemId];
  return `(cites ${cites.join(', ')})`;
}

function quoteInlines(children: SerializedNode[], ctx: ConvertContext): ContentText[] {
  const blocks = children.some((c) => c.type === 'paragraph');
  if (!blocks) return inlineChildren(children, ctx);
  return children.flatMap((c, i) => [
    ...(i > 0 ? [{ text: '\n' }] : []),
    ...inlineChildren(c.children, ctx),
  ]);
}

/** A box with a coloured bar on its left: how cleared language is set apart on the page. */
function clearedBox(body: Content[]): Content {
  return {
    table: { widths: ['*'], body: [[{ stack: body }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 ? 2.5 : 0),
      vLineColor: () => '#1a4f8b',
      fillColor: () => '#eef3f9',
      paddingLeft: () => 8,
      paddingRight: () => 6,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 2, 0, 8],
  };
}

/**
 * Prints a framework-quote node. Only a quote verified against the bundled framework (same
 * version, known ID, verbatim words or sanctioned slots: core/book/quotes.ts) prints as cleared
 * language, boxed and cited. A tailored talking point whose recorded source verifies prints as
 * the officer's text citing "adapted from" its item. Anything else prints as the officer's own
 * text: no box, no citation.
 */
export function frameworkQuoteToPdfmake(
  node: SerializedFrameworkQuote,
  mark: string | undefined,
  ctx: QuoteContext,
): Content {
  const country = ctx.fields?.['country.name'];
  const honest =
    verifyQuote(node, ctx.framework, ctx.frameworkVersion, country ? { country } : undefined) ===
    null;
  const adapted = honest && isTailored(node);
  const cleared = honest && !adapted;
  const prefix: ContentText[] = mark ? [{ text: `(${mark}) `, bold: true }] : [];
  const citation = adapted ? `(adapted from ${node.itemId})` : citationText(node);
  const cite =
    honest && ctx.citations !== false
      ? scriptInlines(` ${citation}`, ctx, { style: 'citation' })
      : [];
  const style = cleared ? 'cleared' : 'body';
  const body: Content[] = [];
  if (node.itemKind === 'if-raised' && node.raised) {
    body.push({
      text: [
        ...prefix,
        { text: 'If raised: ', bold: true },
        ...scriptInlines(node.raised, ctx, { italics: true }),
      ],
      style: 'body',
    });
    body.push({ text: [...quoteInlines(node.children, ctx), ...cite], style });
  } else {
    body.push({ text: [...prefix, ...quoteInlines(node.children, ctx), ...cite], style });
  }
  return cleared ? clearedBox(body) : { stack: body, margin: [0, 0, 0, 6] };
}
