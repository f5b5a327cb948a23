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

/** Page side: the request as JSON text. */
export function encodeRequest(request: unknown): string {
  return JSON.stringify(request, (_key, value: unknown) =>
    ArrayBuffer.isView(value)
      ? { [BYTES]: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) }
      : value,
  );
}

/** Node side: the request back from its JSON text. */
export function decodeRequest(text: string | undefined): unknown {
  if (text === undefined) return undefined;
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
