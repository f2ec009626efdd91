/**
 * The one check of "is this an http(s) address": links in the data, links the
 * page renders, datasets the app may load. Any other scheme (javascript:, data:,
 * file:, blob:) is refused, and so is anything that does not parse.
 *
 * Without `base` only absolute addresses count, written out with their `//host`
 * ("http:example.com" is not a link); with `base`, relative addresses are
 * resolved against it first (a dataset path such as "data/x.json").
 */
export function httpUrl(value: string, base?: string): URL | null {
  if (base === undefined && !/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value, base);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/** Base for checking a relative address's scheme without knowing the page's address. */
export const RELATIVE_BASE = 'http://relative.invalid/';
