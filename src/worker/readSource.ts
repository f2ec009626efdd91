import { HttpStatusError } from '../io/httpStatusError';
import type { DatasetSource } from '../io/loadErrors';

/** Bytes received so far and the total when known. */
export type ByteProgress = (progress: { received: number; total: number | null }) => void;


/**
 * Reads a byte stream into one buffer (sized from the expected total when known),
 * so the format decodes the whole file once: a single TextDecoder call over
 * hundreds of megabytes is much cheaper than decoding thousands of chunks and
 * joining the parts. Returns a view of exactly the bytes received.
 */
export async function readStreamBytes(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: ByteProgress,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  let buffer = new Uint8Array(total ?? 1 << 20);
  let received = 0;
  const reader = stream.getReader();
  onProgress({ received, total });
  for (;;) {
    signal?.throwIfAborted();
    const { done, value } = await reader.read();
    if (done) break;
    if (received + value.byteLength > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, received + value.byteLength));
      grown.set(buffer.subarray(0, received));
      buffer = grown;
    }
    buffer.set(value, received);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return buffer.subarray(0, received);
}

/**
 * Fetches a URL's bytes with progress, for the parse worker and the main-thread
 * path alike. Throws HttpStatusError for a non-2xx answer; network failures and
 * aborts surface as fetch reports them (TypeError, AbortError).
 */
export async function fetchBytes(url: string, onProgress: ByteProgress, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new HttpStatusError(response.status, response.statusText);
  const length = Number(response.headers.get('content-length'));
  // A compressed response's Content-Length counts compressed bytes: no trustworthy total then.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = Number.isFinite(length) && length > 0 && !encoded ? length : null;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onProgress({ received: bytes.byteLength, total });
    return bytes;
  }
  return readStreamBytes(response.body, total, onProgress, signal);
}

/** The bytes of any source, with progress; see fetchBytes for how failures surface. */
export function readSource(source: DatasetSource, onProgress: ByteProgress, signal?: AbortSignal): Promise<Uint8Array> {
  if ('url' in source) return fetchBytes(source.url, onProgress, signal);
  const blob = 'file' in source ? source.file : new Blob([source.bytes]);
  return readStreamBytes(blob.stream(), blob.size, onProgress, signal);
}
