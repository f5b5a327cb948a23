// The e2e harness's invoke wire format: requests, byte arrays included, arrive as they were sent.
import { describe, expect, it } from 'vitest';
import {
  decodeRequest,
  encodeRequest,
  WIRE_PART_CHARS,
  WireAssembler,
  wireParts,
} from './wireJson';

describe('harness wire format', () => {
  it('round-trips a request with nested data and byte arrays', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    const request = { id: 'b1', book: { tabs: [{ title: 'Ünïcode ✓', n: 3 }] }, image: bytes };
    const back = decodeRequest(encodeRequest(request)) as typeof request;
    expect(back.book).toEqual(request.book);
    expect(back.image).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.image)).toEqual(Array.from(bytes));
  });

  it('drops undefined properties and passes an absent request through', () => {
    expect(decodeRequest(encodeRequest({ a: 1, b: undefined }))).toEqual({ a: 1 });
    expect(decodeRequest(undefined)).toBeUndefined();
  });

  it('leaves no toJSON on typed arrays behind, even when encoding throws', () => {
    const cyclic: Record<string, unknown> = { bytes: new Uint8Array([1, 2]) };
    cyclic['self'] = cyclic;
    expect(() => encodeRequest(cyclic)).toThrow(TypeError);
    expect(JSON.stringify(new Uint8Array([5]))).toBe('{"0":5}');
    expect(decodeRequest(encodeRequest({ n: new Int16Array([1]) }))).toEqual({
      n: Uint8Array.from([1, 0]),
    });
  });

  it('reads a text that merely mentions the marker as plain data', () => {
    const request = { note: '__bytes_base64', nested: { __bytes_base64: 42 } };
    expect(decodeRequest(encodeRequest(request))).toEqual(request);
  });

  it('sends a long request in parts that the Node side joins back exactly, per request id', () => {
    const wire = encodeRequest({ text: 'é"\\'.repeat(WIRE_PART_CHARS) });
    const parts = wireParts(wire);
    expect(parts.length).toBe(Math.ceil(wire.length / WIRE_PART_CHARS));
    expect(parts.every((p) => p.length <= WIRE_PART_CHARS)).toBe(true);
    const assembler = new WireAssembler();
    parts.forEach((p, i) => {
      assembler.add('1', p);
      if (i === 0) assembler.add('2', 'other');
    });
    expect(decodeRequest(assembler.take('1'))).toEqual({ text: 'é"\\'.repeat(WIRE_PART_CHARS) });
    expect(assembler.take('2')).toBe('other');
    expect(() => assembler.take('1')).toThrow(/No parts arrived for request 1/);
  });
});
