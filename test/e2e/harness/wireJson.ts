// The harness's wire format for invoke requests: JSON text (with byte arrays as base64), parsed back on the Node side.

/**
 * Why: Playwright serializes binding arguments with its own JavaScript walker, on the page's main
 * thread; a 100-page book (about 1 MB) took it tens of milliseconds per journal write or save, a
 * long task Electron does not have (its IPC uses V8's native serializer). JSON.stringify is native
 * too, so the page pays about what it would in Electron. Byte arrays, which JSON cannot carry, go
 * as base64 under BYTES; `undefined` properties are dropped, as zod's optional fields allow.
 */
const BYTES = '__bytes_base64';

const g = globalThis as unknown as {
  btoa(s: string): string;
  atob(s: string): string;
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return g.btoa(binary);
}

/** %TypedArray%.prototype: every Uint8Array, Int16Array ... inherits from it. */
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype) as { toJSON?: unknown };

/**
 * Page side: the request as JSON text. Byte arrays go through a `toJSON` that exists only for the
 * duration of this synchronous call: a replacer function would make JSON.stringify call back into
 * JavaScript for every value of a 1 MB book (hundreds of ms per save on the page's main thread).
 */
export function encodeRequest(request: unknown): string {
  typedArrayProto.toJSON = function (this: Uint8Array) {
    return { [BYTES]: toBase64(new Uint8Array(this.buffer, this.byteOffset, this.byteLength)) };
  };
  try {
    return JSON.stringify(request);
  } finally {
    delete typedArrayProto.toJSON;
  }
}

/** Node side: the request back from its JSON text. */
export function decodeRequest(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  // The reviver costs a JavaScript call per value: only requests that carry bytes need it.
  if (!text.includes(BYTES)) return JSON.parse(text) as unknown;
  return JSON.parse(text, (_key, value: unknown) => {
    if (
      value &&
      typeof value === 'object' &&
      typeof (value as Record<string, unknown>)[BYTES] === 'string'
    ) {
      const binary = g.atob((value as Record<string, string>)[BYTES]!);
      return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    }
    return value;
  });
}

/** Characters per binding call when a request is sent in parts. */
export const WIRE_PART_CHARS = 64 * 1024;

/**
 * A request's JSON text in parts of WIRE_PART_CHARS. Why: Playwright's binding costs about 50 ns a
 * character on the page's main thread, in one task: 70 ms for a 100-page book, where Electron
 * copies the same string in about 1 ms. Each part goes in its own call (its own task), so a
 * keystroke waits for one part at most, as it would wait for Electron's copy.
 */
export function wireParts(wire: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < wire.length; at += WIRE_PART_CHARS)
    parts.push(wire.slice(at, at + WIRE_PART_CHARS));
  return parts;
}

/** Node side: collects the parts of each request by id until its final call takes them whole. */
export class WireAssembler {
  private readonly pending = new Map<string, string[]>();

  add(id: string, part: string): void {
    const parts = this.pending.get(id) ?? [];
    parts.push(part);
    this.pending.set(id, parts);
  }

  /** The whole text of request `id` (and forgets it); throws if no part of it arrived. */
  take(id: string): string {
    const parts = this.pending.get(id);
    if (!parts) throw new Error(`No parts arrived for request ${id}`);
    this.pending.delete(id);
    return parts.join('');
  }
}
