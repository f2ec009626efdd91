import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpStatusError } from '../../src/io/httpStatusError';
import { fetchText, readStreamText } from '../../src/io/fetchText';

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

describe('readStreamText', () => {
  it('reassembles characters split across chunks and reports bytes as they arrive', async () => {
    const seen: number[] = [];
    const text = await readStreamText(streamOf(chunks), bytes.length, ({ received }) => seen.push(received));
    expect(text).toBe('{"title":"Hīt — قاعدة 🇮🇶"}');
    expect(seen).toEqual([0, 13, 30, bytes.length]);
  });

  it('grows its buffer when the stream is longer than announced, or the length is unknown', async () => {
    expect(await readStreamText(streamOf(chunks), 4, () => {})).toBe('{"title":"Hīt — قاعدة 🇮🇶"}');
    expect(await readStreamText(streamOf(chunks), null, () => {})).toBe('{"title":"Hīt — قاعدة 🇮🇶"}');
  });
});

describe('fetchText', () => {
  it('fails with the HTTP status like the main-thread fetch does', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    const error = await fetchText('http://example.test/x.json', () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(404);
  });

  it('returns the body with progress against Content-Length', async () => {
    vi.stubGlobal('fetch', async () => new Response(streamOf(chunks), { headers: { 'content-length': String(bytes.length) } }));
    const fractions: number[] = [];
    const text = await fetchText('http://example.test/x.json', ({ received, total }) => fractions.push(received / (total ?? NaN)));
    expect(text).toBe('{"title":"Hīt — قاعدة 🇮🇶"}');
    expect(fractions.at(-1)).toBe(1);
  });
});
