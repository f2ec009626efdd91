import { httpUrl, RELATIVE_BASE } from '../model/httpUrl';
import type { Notice } from '../i18n/notices.en';
import { partialDateBounds } from './dateRange';
import { isLocale, type Locale } from '../i18n/locale';

/**
 * What the address bar carries: enough to reopen exactly this view. The theme is
 * a personal preference (localStorage), not part of a shared link.
 *
 * `from`/`to` are the date range, which is also the visible window (see dateRange.ts),
 * so a link like `?actors=us,iraq-gov&q=talks&from=2023-10-01&to=2024-02-01` opens
 * zoomed to those months with those filters.
 */
export interface UrlState {
  /** `data`: dataset URL; null = the default dataset. */
  data: string | null;
  /** `actors`: comma list of the actor ids shown; null = all (parameter absent). */
  actors: readonly string[] | null;
  /** `categories`: comma list of the category ids shown; null = all. */
  categories: readonly string[] | null;
  /** `q`: text search. */
  q: string;
  /** `from`/`to`: inclusive "YYYY[-MM[-DD]]" bounds; null = open. */
  from: string | null;
  to: string | null;
  /** `event`: the selected event's id. */
  event: string | null;
  /**
   * `lanes`: how many actors get a lane: `all`, or the N busiest; null = the
   * default cap (LANE_CAP, src/store/busiestLanes.ts), parameter absent.
   */
  lanes: number | 'all' | null;
  /** `story`: the story step shown, 1-based; null = not in the story. The step defines the rest of the view. */
  story: number | null;
  /** `embed=1`: the page is embedded in an article. */
  embed: boolean;
  /** `lang`: the interface language, written when it is not English, so a link opens in the language it was shared in; null = the reader's own. */
  lang: Locale | null;
}

/** The parameters this app understands, in the order they are written. */
export const URL_PARAMS = ['data', 'actors', 'categories', 'q', 'from', 'to', 'event', 'lanes', 'story', 'embed', 'lang'] as const;

/** What decoding checks ids against once a dataset is loaded. */
export interface UrlStateContext {
  actors: readonly { id: string }[];
  categories: readonly { id: string }[];
  hasEvent?: (id: string) => boolean;
  /** Steps in the dataset's story (0 = it has none). */
  storySteps?: number;
}

/** Longest search kept from a URL; longer is almost certainly not typed by a person. */
const MAX_QUERY = 200;

/** Most lanes a `lanes=N` link may ask for: more than any file's actors a timeline can show one by one. */
export const MAX_LANES = 10_000;

/** Serialises the state; absent parameters mean the default (all, blank, whole span). */
export function encodeUrlState(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.data) params.set('data', state.data);
  if (state.actors) params.set('actors', state.actors.join(','));
  if (state.categories) params.set('categories', state.categories.join(','));
  if (state.q.trim()) params.set('q', state.q);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.event) params.set('event', state.event);
  if (state.lanes !== null) params.set('lanes', String(state.lanes));
  if (state.story) params.set('story', String(state.story));
  if (state.embed) params.set('embed', '1');
  if (state.lang) params.set('lang', state.lang);
  return params;
}

/** `?a=b` with commas left readable (they need no escaping in a query). */
export function toQueryString(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

function decodeIdList(
  name: 'actors' | 'categories',
  raw: string,
  known: readonly { id: string }[] | undefined,
  notices: Notice[],
): string[] {
  const ids = [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
  if (!known) return ids;
  const valid = new Set(known.map((k) => k.id));
  const unknown = ids.filter((id) => !valid.has(id));
  if (unknown.length) {
    const ids = unknown.map((id) => `"${id}"`).join(', ');
    notices.push({ key: name === 'actors' ? 'noticeUnknownActors' : 'noticeUnknownCategories', params: { count: unknown.length, ids } });
  }
  return ids.filter((id) => valid.has(id));
}

const isLoadableUrl = (value: string): boolean => httpUrl(value, RELATIVE_BASE) !== null;

/**
 * Reads the state from URL parameters. Anything unknown or malformed is left out
 * of `state` and described in `notices` (naming the parameter), never thrown.
 * Without `context`, ids are taken as given (the dataset is not known yet).
 */
export function decodeUrlState(
  params: URLSearchParams,
  context?: UrlStateContext,
): { state: Partial<UrlState>; notices: Notice[] } {
  const state: Partial<UrlState> = {};
  const notices: Notice[] = [];
  const known = new Set<string>(URL_PARAMS);
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (!known.has(name)) notices.push({ key: 'noticeUnknownParam', params: { name } });
    else if (params.getAll(name).length > 1) notices.push({ key: 'noticeRepeatedParam', params: { name } });
  }

  const data = params.get('data');
  if (data !== null) {
    if (data && isLoadableUrl(data)) state.data = data;
    else notices.push({ key: 'noticeBadData', params: { value: data } });
  }
  const actors = params.get('actors');
  if (actors !== null) state.actors = decodeIdList('actors', actors, context?.actors, notices);
  const categories = params.get('categories');
  if (categories !== null) state.categories = decodeIdList('categories', categories, context?.categories, notices);

  const q = params.get('q');
  if (q !== null) {
    if (q.length > MAX_QUERY) notices.push({ key: 'noticeQueryShortened', params: { max: MAX_QUERY } });
    state.q = q.slice(0, MAX_QUERY);
  }

  const bounds: Partial<Record<'from' | 'to', [number, number]>> = {};
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name);
    if (value === null) continue;
    const parsed = partialDateBounds(value);
    if (parsed) {
      state[name] = value;
      bounds[name] = parsed;
    } else {
      notices.push({ key: 'noticeBadDate', params: { name, value } });
    }
  }
  if (bounds.from && bounds.to && bounds.to[1] <= bounds.from[0]) {
    notices.push({ key: 'noticeReversedRange', params: { from: state.from ?? '', to: state.to ?? '' } });
    delete state.from;
    delete state.to;
  }

  const event = params.get('event');
  if (event !== null) {
    if (!event) notices.push({ key: 'noticeEmptyEvent' });
    else if (context?.hasEvent && !context.hasEvent(event))
      notices.push({ key: 'noticeUnknownEvent', params: { event } });
    else state.event = event;
  }

  const lanes = params.get('lanes');
  if (lanes === 'all') state.lanes = 'all';
  else if (lanes !== null) {
    const cap = /^[1-9]\d{0,4}$/.test(lanes) ? Number(lanes) : 0;
    if (cap && cap <= MAX_LANES) state.lanes = cap;
    else notices.push({ key: 'noticeBadLanes', params: { value: lanes, max: String(MAX_LANES) } }); // as typed in a link, without digit grouping
  }

  const story = params.get('story');
  if (story !== null) {
    // A step of the story this dataset has (without a dataset yet, any step number).
    const step = /^[1-9]\d{0,5}$/.test(story) ? Number(story) : 0;
    if (step && step <= (context?.storySteps ?? step)) state.story = step;
    else notices.push({ key: 'noticeBadStory', params: { value: story } });
  }
  const embed = params.get('embed');
  if (embed === '1') state.embed = true;
  else if (embed !== null && embed !== '0') notices.push({ key: 'noticeBadEmbed', params: { value: embed } });
  const lang = params.get('lang');
  if (isLocale(lang)) state.lang = lang;
  else if (lang !== null) notices.push({ key: 'noticeBadLang', params: { value: lang } });
  return { state, notices };
}
