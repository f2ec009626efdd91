import { HttpStatusError } from './httpStatusError';

/** Bytes received so far and the total when the server says (Content-Length). */
export interface FetchProgress {
  received: number;
  total: number | null;
}

/**
 * Fetches a URL as text, reporting bytes as they arrive so a large dataset shows
 * real progress. Throws HttpStatusError for non-2xx answers; network failures and
 * aborts surface as fetch reports them (TypeError, AbortError).
 */
export async function fetchWithProgress(
  url: string,
  onProgress: (progress: FetchProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new HttpStatusError(response.status, response.statusText);
  const length = Number(response.headers.get('content-length'));
  // A compressed response's Content-Length counts compressed bytes, so it is only a
  // trustworthy total when the body is not content-encoded.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = Number.isFinite(length) && length > 0 && !encoded ? length : null;
  if (!response.body) {
    const text = await response.text();
    onProgress({ received: text.length, total });
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  onProgress({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress({ received, total });
  }
  parts.push(decoder.decode());
  return parts.join('');
}
