// Page content streams of reused tabs: a captured page keeps its compressed stream and hash; a replayed page that comes out the same writes that stream instead of compressing again.
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import type { Capturing, ContentRef, PageFragment, PdfPage, ReuseStats } from './reuseTypes';

const STREAM_HOOKED = Symbol('bbbStreamHooked');

/** Runs `before` when pdfkit finishes the content stream, before it compresses and writes it (once per stream). */
function beforeFinalize(
  ref: ContentRef & { [STREAM_HOOKED]?: true },
  before: (ref: ContentRef) => void,
): void {
  if (ref[STREAM_HOOKED]) return;
  ref[STREAM_HOOKED] = true;
  const finalize = ref.finalize;
  ref.finalize = function (this: ContentRef) {
    before(this);
    return finalize.call(this);
  };
}

/** The stream as one text, when it is all text (an image's bytes would have been flushed to `buffer`). */
const streamText = (ref: ContentRef): string | undefined =>
  ref.compress && ref.buffer.length === 0 && ref.pending !== undefined ? ref.pending : undefined;

/** Writes `deflated` as the stream's data: pdfkit then writes it as if it had compressed it itself. */
function useDeflated(ref: ContentRef, deflated: Buffer): void {
  ref.pending = undefined;
  ref.buffer = [deflated];
  ref.compress = false; // Filter stays FlateDecode: pdfkit set it on the first write
}

const sha256 = (text: string): string =>
  createHash('sha256').update(text, 'latin1').digest('base64');

/**
 * A captured page, when pdfkit finishes its stream: its fragment's ranges are made relative to the
 * stream's text, its fonts and opacity states are read off the page's resources (a page with an
 * image, pattern, shading or colour space resource is not kept), and the whole stream is
 * compressed here (as pdfkit would) and kept with its hash; the operators are read back out of it
 * on replay (pageOperators).
 */
export function endCapturedPage(page: PdfPage, fragment: Capturing): void {
  beforeFinalize(page.content, (r) => {
    const text = streamText(r);
    const base = r.uncompressedLength - (text?.length ?? 0);
    if (text === undefined || fragment.ranges.some((at) => at < base)) {
      fragment.spoiled = 'binary content';
      return;
    }
    const resources = page.resources.data;
    const has = (key: string) => Object.keys(resources[key] ?? {}).length > 0;
    if (has('XObject') || has('Pattern') || has('Shading') || has('ColorSpace')) {
      fragment.spoiled = 'foreign resource';
      return;
    }
    fragment.ranges = fragment.ranges.map((at) => at - base);
    fragment.fonts = Object.keys(resources.Font ?? {});
    fragment.opacities = Object.keys(resources.ExtGState ?? {});
    const deflated = deflateSync(Buffer.from(text, 'latin1'));
    fragment.page = { hash: sha256(text), deflated };
    useDeflated(r, deflated);
  });
}

/** The operators at `ranges` of a page's stream text, without the last newline. */
const operatorsOf = (text: string, ranges: number[]): string => {
  const parts: string[] = [];
  for (let i = 0; i < ranges.length; i += 2) parts.push(text.slice(ranges[i], ranges[i + 1]));
  return parts.join('').slice(0, -1);
};

/** A cached fragment's operators, read back out of its page's kept stream. */
export const pageOperators = (fragment: PageFragment): string =>
  fragment.page && fragment.ranges.length > 0
    ? operatorsOf(inflateSync(fragment.page.deflated).toString('latin1'), fragment.ranges)
    : '';

/** A replayed page that comes out exactly as it was drawn before reuses that compressed stream. */
export function reusePageStream(
  ref: ContentRef,
  kept: { hash: string; deflated: Buffer },
  stats: ReuseStats,
): void {
  beforeFinalize(ref, (r) => {
    const text = streamText(r);
    if (text === undefined || sha256(text) !== kept.hash) return;
    useDeflated(r, kept.deflated);
    stats.keptStreams++;
  });
}
