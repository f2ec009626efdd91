import type { DatasetMeta } from '../model/loadedDataset';
import type { TimelineEvent } from '../model/types';

/*
 * The events that pass the filters as CSV, one row per event, for a spreadsheet:
 * names rather than ids (actors joined by "; "), the cited sources' URLs, and
 * every extra field (fatalities, display dates) as a column of its own.
 */

const BASE_COLUMNS = ['id', 'date', 'end', 'title', 'summary', 'actors', 'category', 'place', 'latitude', 'longitude', 'importance', 'sources', 'source_urls'];

/**
 * A cell as CSV: quoted when it holds a comma, quote or line break. A text that a
 * spreadsheet would run as a formula (=, +, @, a tab, or - not starting a number)
 * gets a leading apostrophe, the usual guard against CSV formula injection.
 */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^(?:[=+@\t\r]|-(?![\d.]))/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text (header + one line per event, CRLF as RFC 4180 asks). */
export function eventsToCsv(events: readonly TimelineEvent[], meta: DatasetMeta): string {
  const actorName = new Map(meta.actors.map((a) => [a.id, a.name]));
  const categoryName = new Map(meta.categories.map((c) => [c.id, c.name]));
  const sourceById = new Map(meta.sources.map((s) => [s.id, s]));
  const extraKeys: string[] = [];
  const seen = new Set<string>(BASE_COLUMNS);
  for (const e of events) {
    if (!e.extra) continue;
    for (const k of Object.keys(e.extra)) {
      if (seen.has(k)) continue;
      seen.add(k);
      extraKeys.push(k);
    }
  }
  const lines = [[...BASE_COLUMNS, ...extraKeys].map(csvCell).join(',')];
  for (const e of events) {
    const sources = e.sources.map((c) => sourceById.get(c.source));
    const row = [
      e.id,
      e.date,
      e.end ?? '',
      e.title,
      e.summary ?? '',
      e.actors.map((a) => actorName.get(a) ?? a).join('; '),
      categoryName.get(e.category) ?? e.category,
      e.place?.name ?? '',
      e.place?.lat ?? '',
      e.place?.lon ?? '',
      e.importance ?? '',
      sources.map((s, i) => (s ? `${s.publisher}: ${s.title}` : e.sources[i].source)).join('; '),
      sources.flatMap((s) => (s?.url ? [s.url] : [])).join(' '),
      ...extraKeys.map((k) => e.extra?.[k] ?? ''),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
