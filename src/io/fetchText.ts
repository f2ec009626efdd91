import { HttpStatusError } from './httpStatusError';

/** Bytes received so far and the total when known. */
export type ByteProgress = (progress: { received: number; total: number | null }) => void;

/**
 * Reads a byte stream into one buffer (sized from the expected total when known)
 * and decodes it once at the end: a single TextDecoder call over hundreds of
 * megabytes is much cheaper than decoding thousands of chunks and joining the parts.
 */
export async function readStreamText(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: ByteProgress,
): Promise<string> {
  let buffer = new Uint8Array(total ?? 1 << 20);
  let received = 0;
  const reader = stream.getReader();
  onProgress({ received, total });
  for (;;) {
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
  return new TextDecoder().decode(buffer.subarray(0, received));
}

/**
 * Fetches a URL as text with byte progress, for the parse worker and the
 * main-thread path alike. Throws HttpStatusError for a non-2xx answer; network
 * failures and aborts surface as fetch reports them (TypeError, AbortError).
 */
export async function fetchText(url: string, onProgress: ByteProgress, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new HttpStatusError(response.status, response.statusText);
  const length = Number(response.headers.get('content-length'));
  // A compressed response's Content-Length counts compressed bytes: no trustworthy total then.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = Number.isFinite(length) && length > 0 && !encoded ? length : null;
  if (!response.body) {
    const text = await response.text();
    onProgress({ received: text.length, total });
    return text;
  }
  return readStreamText(response.body, total, onProgress);
}
