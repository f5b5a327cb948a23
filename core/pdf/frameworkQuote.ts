// The framework-quote node in print: cleared language set apart, with its citation and, for if-raised, the ask.
import type { Content, ContentText } from 'pdfmake/interfaces';
import type { SerializedFrameworkQuote, SerializedNode } from '../book/lexical';
import type { FrameworkBundle } from '../framework/bundle';
import { inlineChildren, scriptInlines, type ConvertContext } from './inline';
import { plainText } from './portions';

/** What a quote needs beyond the shared context: the framework to check the words against. */
export interface QuoteContext extends ConvertContext {
  framework?: FrameworkBundle;
  /** The book's framework version; quotes are only checked against the same version. */
  frameworkVersion?: string;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The cleared source text(s) an item ID stands for, or null when the bundle does not hold it. */
function sourceTexts(itemId: string, ctx: QuoteContext): string[] | null {
  const fw = ctx.framework;
  if (!fw || (ctx.frameworkVersion && fw.version !== ctx.frameworkVersion)) return null;
  const objective = fw.objectives.find((o) => o.id === itemId);
  if (objective) {
    const subs = (objective.subItems ?? []).map((s) => `${s.label}. ${s.text}`);
    return [objective.text, [objective.text, ...subs].join(' ')];
  }
  const point = fw.talkingPoints.find((t) => t.id === itemId);
  return point ? [point.text] : null;
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
 * Prints a framework-quote node. Only words that match the framework item verbatim print as
 * cleared language; edited words print as ordinary text whose citation says "edited".
 */
export function frameworkQuoteToPdfmake(
  node: SerializedFrameworkQuote,
  mark: string | undefined,
  ctx: QuoteContext,
): Content {
  const words = norm(plainText(node));
  const sources = sourceTexts(node.itemId, ctx);
  const cleared = sources !== null && sources.some((s) => norm(s) === words);
  const edited = sources !== null && !cleared;
  const prefix: ContentText[] = mark ? [{ text: `(${mark}) `, bold: true }] : [];
  const citation = citationText(node);
  const cite = scriptInlines(
    ` ${edited ? citation.replace(/[\])]$/, (c) => `; edited${c}`) : citation}`,
    ctx,
    {
      style: 'citation',
    },
  );
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
    body.push({
      text: [...quoteInlines(node.children, ctx), ...cite],
      style: cleared ? 'cleared' : 'body',
    });
  } else {
    body.push({
      text: [...prefix, ...quoteInlines(node.children, ctx), ...cite],
      style: cleared ? 'cleared' : 'body',
    });
  }
  return cleared ? clearedBox(body) : { stack: body, margin: [0, 0, 0, 6] };
}
