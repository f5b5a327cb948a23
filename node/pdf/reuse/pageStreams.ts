// Page content streams of reused tabs: a captured page keeps its compressed stream and hash; a replayed page that comes out the same writes that stream instead of compressing again.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Capturing, ContentRef, ReuseStats } from './reuseTypes';

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

/** A captured page: its whole stream is compressed here (as pdfkit would), and kept with its hash. */
export function keepPageStream(ref: ContentRef, fragment: Capturing): void {
  beforeFinalize(ref, (r) => {
    const text = streamText(r);
    if (text === undefined) return;
    const deflated = deflateSync(Buffer.from(text, 'latin1'));
    fragment.page = { hash: sha256(text), deflated };
    useDeflated(r, deflated);
  });
}

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
