/**
 * Calls `onChange` whenever the system's colour scheme or forced-colours mode (Windows
 * high contrast) changes, so canvas layers, which cannot use CSS, repaint in the new
 * colours. Returns the unsubscribe.
 */
export function watchColorModes(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));
  for (const q of queries) q.addEventListener('change', onChange);
  return () => {
    for (const q of queries) q.removeEventListener('change', onChange);
  };
}
