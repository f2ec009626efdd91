import type { Problem } from '../model/types';
import { HttpStatusError } from './httpStatusError';
import { DatasetLoadError } from './loadErrors';

/*
 * The words of a failed load: a module of their own, which the loader imports only
 * when a load fails, so the default page does not carry them.
 */

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

/**
 * Headline for a file that did not become a dataset: syntax errors are named as such,
 * else the sequence's own headline (`title`) or the number of problems.
 */
export function invalidTitle(problems: Problem[], title?: string): string {
  const syntax = problems.length === 1 && problems[0].message.startsWith('not valid JSON');
  if (syntax) return 'The dataset is not valid JSON';
  if (title) return title;
  return problems.length === 1 ? 'The dataset has 1 problem' : `The dataset has ${problems.length.toLocaleString('en-US')} problems`;
}
