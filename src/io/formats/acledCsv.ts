import type { Citation, Place } from '../../model/types';
import { importFailure, importWords } from './importFailure';
import { DocumentBuilder } from './documentBuilder';
import type { ConvertOptions, FormatInput, FormatSample, ImportFormat, ImportResult } from './importFormat';
import { columnIndex, csvHeader, readCsvRows } from './csvRows';
import { DateReader } from './readDate';
import { ownString } from './ownString';

/*
 * ACLED exports, the current layout ("01 November 2024", text inter codes) and
 * the 2020 one ("9-May-20", data_id first): columns are found by name, so both
 * read the same way.
 * - actor1, actor2, assoc_actor_1, assoc_actor_2 (each "; "-separated) -> actors
 * - event_type -> category; sub_event_type -> an extra field
 * - location, admin1, country (+ latitude, longitude) -> place
 * - notes -> summary; source ("; "-separated outlets) -> the event's sources
 * - fatalities -> an extra number; event_id_cnty -> id
 * Rows a million strong: per-row work is kept to the cells the event needs, and
 * citations, dates and actor ids are cached by their text.
 */

const REQUIRED = ['event_id_cnty', 'event_date', 'actor1', 'event_type'] as const;
const ACLED = 'ACLED';
const ACTOR_COLUMNS = ['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2'] as const;

/** "Mosul, Ninewa, Iraq" from the filled parts, without the arrays a map/filter/join would allocate per row. */
function joinFilled(a: string, b: string, c: string): string {
  let out = a.trim();
  const tb = b.trim();
  if (tb) out = out ? `${out}, ${tb}` : tb;
  const tc = c.trim();
  if (tc) out = out ? `${out}, ${tc}` : tc;
  return out;
}

export const acledCsv: ImportFormat = {
  id: 'acled-csv',
  detect(sample: FormatSample): number {
    const header = csvHeader(sample.text);
    const found = REQUIRED.filter((c) => columnIndex(header, c) >= 0).length;
    return found === REQUIRED.length ? 0.95 : found >= 2 && columnIndex(header, 'event_id_cnty') >= 0 ? 0.6 : 0;
  },
  async convert(input: FormatInput, options: ConvertOptions): Promise<ImportResult> {
    const text = input.text ?? '';
    const name = input.fileName;
    if (text.trim() === '') throw importFailure('fileEmpty', { name });
    const b = new DocumentBuilder({
      title: input.fileName && `ACLED: ${input.fileName}`,
      untitled: 'untitledAcled',
      fileSource: { publisher: ACLED, title: input.fileName ? `ACLED export ${input.fileName}` : 'ACLED export' },
      noActorName: 'No actor named',
    });
    const dates = new DateReader();
    const citations = new Map<string, Citation[]>();
    let col: Record<string, number> = {};
    let header: string[] = [];
    let bad = 0;
    const citationsOf = (source: string): Citation[] => {
      let c = citations.get(source);
      if (c === undefined) {
        const outlets = source.split(';').map((s) => s.trim()).filter(Boolean);
        c = outlets.map((publisher) => ({ source: b.sourceId(publisher, `Reported via ${ACLED}`) }));
        if (c.length === 0) c = b.fileCitation;
        if (citations.size < 50_000) citations.set(ownString(source), c);
      }
      return c;
    };
    const bytesPerChar = input.bytes ? input.bytes.byteLength / Math.max(1, text.length) : 1;
    await readCsvRows(
      text,
      {
        header(cells) {
          header = cells.map((c) => c.trim());
          const missing = REQUIRED.filter((c) => columnIndex(header, c) < 0);
          if (missing.length > 0) throw importFailure('notAcled', { name, columns: missing.map((m) => `"${m}"`).join(', ') });
          col = {};
          for (const c of [...REQUIRED, 'actor2', 'assoc_actor_1', 'assoc_actor_2', 'sub_event_type', 'location', 'admin1', 'country', 'latitude', 'longitude', 'notes', 'source', 'fatalities']) {
            col[c] = columnIndex(header, c);
          }
        },
        row(cells, row) {
          if (cells.length < header.length) {
            // A truncated last line or a line with missing cells: say so rather than read shifted columns.
            if (!(cells.length === 1 && cells[0].trim() === '')) b.reject(row, undefined, cells.join(','), importWords('rowCells', { count: cells.length, width: header.length }));
            return;
          }
          const cell = (c: string) => (col[c] >= 0 ? cells[col[c]] : '');
          const rawDate = cells[col.event_date];
          const d = dates.read(rawDate);
          if ('error' in d) {
            b.reject(row, 'event_date', rawDate, d.error);
            return;
          }
          const actors: string[] = [];
          for (const c of ACTOR_COLUMNS) {
            const v = cell(c);
            if (v === '') continue;
            for (const part of v.indexOf(';') >= 0 ? v.split(';') : [v]) {
              const n = part.trim();
              if (n === '') continue;
              const id = b.actorId(n);
              if (!actors.includes(id)) actors.push(id);
            }
          }
          const eventType = cell('event_type').trim();
          const extra: Record<string, string | number> = {};
          const sub = cell('sub_event_type').trim();
          if (sub) extra.sub_event_type = sub;
          const f = cell('fatalities').trim();
          if (f !== '') {
            const n = Number(f);
            if (!Number.isFinite(n) || n < 0) {
              bad++;
              b.reject(row, 'fatalities', f, importWords('notCount'));
              return;
            }
            extra.fatalities = n;
          }
          const placeName = joinFilled(cell('location'), cell('admin1'), cell('country'));
          let place: Place | undefined;
          if (placeName) {
            place = { name: placeName };
            const lat = Number(cell('latitude'));
            const lon = Number(cell('longitude'));
            if (cell('latitude') !== '' && lat >= -90 && lat <= 90) place.lat = lat;
            if (cell('longitude') !== '' && lon >= -180 && lon <= 180) place.lon = lon;
          }
          const notes = cell('notes').trim();
          const id = cells[col.event_id_cnty].trim();
          b.addEvent(
            row,
            {
              id,
              date: d.date,
              title: eventType && sub ? `${sub}: ${placeName || eventType}` : eventType || notes.slice(0, 80) || id,
              summary: notes || undefined,
              actors,
              category: eventType ? b.categoryId(eventType) : undefined,
              place,
              sources: citationsOf(cell('source')),
              extra,
            },
            { id: 'event_id_cnty', date: 'event_date' },
          );
        },
      },
      { onProgress: options.onProgress, signal: options.signal, bytesPerChar },
    );
    b.notes.push(...dates.notes('event_date'));
    if (bad > 0) b.notes.push(importWords('fatalitiesNotNumbers', { count: bad }));
    return b.finish();
  },
};
