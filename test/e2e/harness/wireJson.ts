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
