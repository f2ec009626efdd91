import { createStore } from 'zustand/vanilla';

/**
 * What the page has asked of the "Open data" dialog before its code is loaded: the
 * dialog open, a file dragged over the page, a file dropped. The dialog's chunk is
 * fetched on the first of these (App), and takes the file from here.
 */
export interface OpenRequest {
  open: boolean;
  dragging: boolean;
  file: File | null;
}

export const openRequest = createStore<OpenRequest>(() => ({ open: false, dragging: false, file: null }));

const carriesFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');

/**
 * Drag and drop anywhere on the page: a file dragged in shows the drop target, a
 * file dropped opens (the browser would otherwise leave the app to show it).
 * Returns the unsubscribe.
 */
export function listenForDrops(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  // dragenter/dragleave fire for every element crossed: count them to know when the drag left the page.
  let depth = 0;
  const enter = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    depth++;
    openRequest.setState({ dragging: true });
  };
  const over = (e: DragEvent) => {
    if (carriesFiles(e)) e.preventDefault();
  };
  const leave = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) openRequest.setState({ dragging: false });
  };
  const drop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth = 0;
    const file = e.dataTransfer?.files[0] ?? null;
    openRequest.setState(file ? { dragging: false, open: true, file } : { dragging: false });
  };
  const events = [
    ['dragenter', enter],
    ['dragover', over],
    ['dragleave', leave],
    ['drop', drop],
  ] as const;
  for (const [type, listener] of events) target.addEventListener(type, listener as EventListener);
  return () => {
    for (const [type, listener] of events) target.removeEventListener(type, listener as EventListener);
  };
}
