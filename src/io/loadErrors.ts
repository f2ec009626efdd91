import type { Problem } from '../model/types';
import { HttpStatusError } from './httpStatusError';

/** Where a dataset comes from: an http(s) URL, or a file the user opened. */
export type DatasetSource = { url: string } | { file: Blob; name: string };

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

/** Rejects addresses other than http(s) before anything is fetched. */
export function assertAllowedUrl(location: string): void {
  if (!/^https?:/i.test(new URL(location, 'http://relative.invalid/').protocol)) {
    throw new DatasetLoadError('The dataset address is not allowed', location, [
      { path: '(url)', message: 'Only http: and https: addresses can be loaded.' },
    ]);
  }
}

/** What a failed fetch means to the reader: the server's answer, or no answer at all. */
export function fetchFailure(error: unknown, location: string): DatasetLoadError {
  if (error instanceof HttpStatusError) {
    return new DatasetLoadError(`The server answered ${error.message}`, location, [
      {
        path: '(response)',
        message:
          error.status === 404
            ? 'No dataset was found at this address (404). Check the data= parameter.'
            : `The server did not send the dataset (status ${error.status}).`,
      },
    ]);
  }
  return new DatasetLoadError('The dataset could not be fetched', location, [
    {
      path: '(request)',
      message: `The request failed before the server answered (${
        error instanceof Error ? error.message : String(error)
      }): the address may be wrong, the server unreachable, or it may not allow cross-origin requests (CORS).`,
    },
  ]);
}

/** Headline for a document that did not validate: syntax errors are named as such. */
export function invalidTitle(problems: Problem[]): string {
  const syntax = problems.length === 1 && problems[0].message.startsWith('not valid JSON');
  if (syntax) return 'The dataset is not valid JSON';
  return problems.length === 1 ? 'The dataset has 1 problem' : `The dataset has ${problems.length.toLocaleString('en-US')} problems`;
}
