import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpStatusError } from '../../src/io/httpStatusError';
import { fetchBytes, readSource, readStreamBytes } from '../../src/worker/readSource';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

const bytes = new TextEncoder().encode('{"title":"Hīt — قاعدة 🇮🇶"}');
// Split inside multi-byte characters, so only a decode of the whole reassembles them.
const chunks = [bytes.subarray(0, 13), bytes.subarray(13, 30), bytes.subarray(30)];

afterEach(() => vi.unstubAllGlobals());

describe('readStreamBytes', () => {
  it('reassembles characters split across chunks and reports bytes as they arrive', async () => {
    const seen: number[] = [];
    const text = decode(await readStreamBytes(streamOf(chunks), bytes.length, ({ received }) => seen.push(received)));
    expect(text).toBe('{"title":"Hīt — قاعدة 🇮🇶"}');
    expect(seen).toEqual([0, 13, 30, bytes.length]);
  });

  it('grows its buffer when the stream is longer than announced, or the length is unknown', async () => {
    expect(decode(await readStreamBytes(streamOf(chunks), 4, () => {}))).toBe('{"title":"Hīt — قاعدة 🇮🇶"}');
    expect(decode(await readStreamBytes(streamOf(chunks), null, () => {}))).toBe('{"title":"Hīt — قاعدة 🇮🇶"}');
  });
});

describe('fetchBytes', () => {
  it('fails with the HTTP status like the main-thread fetch does', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    const error = await fetchBytes('http://example.test/x.json', () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(404);
  });

  it('returns the body with progress against Content-Length', async () => {
    vi.stubGlobal('fetch', async () => new Response(streamOf(chunks), { headers: { 'content-length': String(bytes.length) } }));
    const fractions: number[] = [];
    const text = decode(await fetchBytes('http://example.test/x.json', ({ received, total }) => fractions.push(received / (total ?? NaN))));
    expect(text).toBe('{"title":"Hīt — قاعدة 🇮🇶"}');
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('readSource', () => {
  it('reads a file and bytes already in hand the same way, exactly their length', async () => {
    const file = new Blob([bytes]);
    const fromFile = await readSource({ file, name: 'x.json' }, () => {});
    const fromBytes = await readSource({ bytes: bytes.slice().buffer, name: 'x.json' }, () => {});
    expect(fromFile.byteLength).toBe(bytes.length);
    expect(decode(fromFile)).toBe(decode(fromBytes));
  });

  it('stops reading when the load is cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('cancelled', 'AbortError'));
    await expect(readSource({ file: new Blob([bytes]), name: 'x.json' }, () => {}, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
