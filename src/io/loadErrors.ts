import { httpUrl, RELATIVE_BASE } from '../model/httpUrl';
import type { Problem } from '../model/types';

/** Where a dataset comes from: an http(s) URL, a file the user opened, or bytes already in hand. */
export type DatasetSource = { url: string } | { file: Blob; name: string } | { bytes: ArrayBuffer; name: string };

/**
 * A load that failed, in words a reader can act on: what failed (title), where
 * (location: the URL or file name) and each problem with its path in the document.
 */
export class DatasetLoadError extends Error {
  constructor(
    readonly title: string,
    readonly location: string,
    readonly problems: Problem[],
  ) {
    super(`${title}: ${location}`);
    this.name = 'DatasetLoadError';
  }
}

/** The name a source is reported under. */
export function sourceLocation(source: DatasetSource): string {
  return 'url' in source ? source.url : source.name;
}

/** True for the AbortError of a superseded load, which is not shown as a failure. */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Whether an address may be loaded: http(s) only, checked before anything is fetched (the refusal's words: failureMessages.notAllowed). */
export const isAllowedUrl = (location: string): boolean => httpUrl(location, RELATIVE_BASE) !== null;
