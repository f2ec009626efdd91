/**
 * Reads a user-opened file as text chunk by chunk, reporting bytes read, so a
 * large file shows progress like a download does.
 */
export async function readBlobWithProgress(
  blob: Blob,
  onProgress: (progress: { received: number; total: number | null }) => void,
): Promise<string> {
  const total = blob.size;
  const reader = blob.stream().getReader();
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
