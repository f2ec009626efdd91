import { t } from '../i18n/failure.en';
import { problemMessage } from '../i18n/problemText';
import type { KeyedText, Problem } from '../model/types';
import { HttpStatusError } from './httpStatusError';
import { DatasetLoadError } from './loadErrors';

/*
 * The words of a failed load: a module of their own, which the loader imports only
 * when a load fails, so the default page does not carry them.
 */

/** An address that is not http(s), refused before anything is fetched. */
export const notAllowed = (location: string): DatasetLoadError =>
  new DatasetLoadError(t('addressNotAllowed'), location, [{ path: '(url)', message: t('onlyHttp') }]);

/** What a failed fetch means to the reader: the server's answer, or no answer at all. */
export function fetchFailure(error: unknown, location: string): DatasetLoadError {
  if (error instanceof HttpStatusError) {
    return new DatasetLoadError(t('serverAnswered', { status: error.message }), location, [
      { path: '(response)', message: error.status === 404 ? t('notFound') : t('serverStatus', { status: String(error.status) }) },
    ]);
  }
  return new DatasetLoadError(t('fetchFailed'), location, [
    { path: '(request)', message: t('requestFailed', { detail: error instanceof Error ? error.message : String(error) }) },
  ]);
}

/** A file that was read but did not become a dataset for a reason other than its content (the parser failed). */
export function readFailure(error: unknown, location: string): DatasetLoadError {
  return new DatasetLoadError(t('couldNotRead'), location, [
    { path: '(document)', message: error instanceof Error ? error.message : String(error) },
  ]);
}

/**
 * Headline for a file that did not become a dataset: syntax errors are named as such,
 * else the sequence's own headline (`title`) or the number of problems.
 */
export function invalidTitle(problems: Problem[], title?: KeyedText): string {
  const syntax = problems.length === 1 && (problems[0].key === 'notJson' || problems[0].message.startsWith('not valid JSON'));
  if (syntax) return t('notValidJson');
  if (title) return problemMessage(title);
  return t('datasetProblems', { count: problems.length });
}
