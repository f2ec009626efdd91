import { isHttpUrl } from '../../model/datasetSchema';
import { daysInMonth } from '../../model/partialDate';
import type { KeyedText, Place } from '../../model/types';
import { DocumentBuilder, valueText } from './documentBuilder';
import { htmlToText } from './htmlToText';
import { yearText } from './readDate';
import { importWords } from './importFailure';

/*
 * TimelineJS, JSON or spreadsheet, comes down to slides: a title slide, eras and
 * events, each with date parts, text and media. Both format modules turn their
 * input into these loose shapes and this module makes the document.
 *
 * - `group` becomes the actor (its lane); events without a group share one lane.
 * - `text.headline`/`text.text` are HTML: kept as plain text (htmlToText).
 * - `media.url`, when http(s), becomes a source the event cites, so the detail
 *   panel shows it as a link with its caption and credit.
 * - `display_date` is kept as an extra field; `unique_id` becomes the id.
 * - Eras become the document's shaded `periods`; the title slide its title and description.
 * - A negative year is a year BCE as TimelineJS shows it: its date formatting
 *   writes year -3500 as "3500 BCE" (Language.js, era_labels), so -3500 becomes
 *   the v1 year -3499 (astronomical, 0 being 1 BCE) and reads "3500 BCE" here too.
 *   TimelineJS has a year 0 that no calendar has: it is rejected, as are years
 *   outside 100000 BCE..9999 CE (TimelineJS allows cosmological ones), row by
 *   row: the app's dates are calendar dates.
 */

/** A slide's date as TimelineJS writes it: parts as numbers or strings, empty strings meaning absent. */
export interface SlideDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
  display_date?: unknown;
}

/** A slide loosely typed: every field may be missing or of the wrong type. */
export interface Slide {
  start_date?: unknown;
  end_date?: unknown;
  display_date?: unknown;
  text?: unknown;
  media?: unknown;
  group?: unknown;
  unique_id?: unknown;
  location?: unknown;
  type?: unknown;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** A date part as an integer, undefined when absent or empty, NaN when not a whole number. */
function part(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const s = value.trim();
  if (s === '') return undefined;
  return /^[+-]?\d+$/.test(s) ? Number(s) : NaN;
}

/** The v1 date of TimelineJS date parts, or a message naming the part at fault. */
export function slideDateText(d: unknown): { date: string } | { part: string; value: unknown; message: KeyedText } {
  if (!isObject(d)) return { part: '', value: d, message: importWords(d === undefined ? 'missing' : 'notDateParts') };
  const year = part(d.year);
  if (year === undefined) return { part: 'year', value: d.year, message: importWords('slideNeedsYear') };
  if (Number.isNaN(year)) return { part: 'year', value: d.year, message: importWords('wholeNumber') };
  if (year === 0) return { part: 'year', value: d.year, message: importWords('slideYearZero') };
  // TimelineJS counts BCE years without a year 0; the v1 format is astronomical.
  const astronomical = year < 0 ? year + 1 : year;
  const y = yearText(astronomical);
  if (!y) return { part: 'year', value: d.year, message: importWords('yearOutOfRange', { year: String(year) }) };
  const names = ['month', 'day', 'hour', 'minute', 'second'] as const;
  const values = names.map((n) => part(d[n]));
  for (let i = 0; i < names.length; i++) {
    if (Number.isNaN(values[i])) return { part: names[i], value: d[names[i]], message: importWords('wholeNumber') };
  }
  const [month, day, hour, minute, second] = values as (number | undefined)[];
  if (month === undefined && day === undefined && hour === undefined) return { date: y };
  const m = month ?? 1;
  if (m < 1 || m > 12) return { part: 'month', value: d.month, message: importWords('fromTo', { min: 1, max: 12 }) };
  if (day === undefined && hour === undefined) return { date: `${y}-${pad(m)}` };
  const dd = day ?? 1;
  if (dd < 1 || dd > daysInMonth(astronomical, m)) return { part: 'day', value: d.day, message: importWords('notDayOf', { month: `${y}-${pad(m)}` }) };
  if (hour === undefined) return { date: `${y}-${pad(m)}-${pad(dd)}` };
  if (hour < 0 || hour > 23) return { part: 'hour', value: d.hour, message: importWords('fromTo', { min: 0, max: 23 }) };
  const mm = minute ?? 0;
  if (mm < 0 || mm > 59) return { part: 'minute', value: d.minute, message: importWords('fromTo', { min: 0, max: 59 }) };
  if (second === undefined) return { date: `${y}-${pad(m)}-${pad(dd)}T${pad(hour)}:${pad(mm)}Z` };
  if (second < 0 || second > 59) return { part: 'second', value: d.second, message: importWords('fromTo', { min: 0, max: 59 }) };
  return { date: `${y}-${pad(m)}-${pad(dd)}T${pad(hour)}:${pad(mm)}:${pad(second)}Z` };
}

const str = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');

/** Headline and text of a slide as plain text. */
function slideText(slide: Slide): { headline: string; text: string } {
  const t = isObject(slide.text) ? slide.text : {};
  return { headline: htmlToText(str(t.headline)), text: htmlToText(str(t.text)) };
}

/** Where a slide's row is reported and how its fields are named (JSON paths or CSV columns). */
export interface SlideLocation {
  row: number;
  /** The column or path of a field: `start_date.year` -> "events[3].start_date.year" or "Year". */
  field(name: string): string;
}

/** Fills a builder from TimelineJS slides; shared by the JSON and the spreadsheet format. */
export class SlideReader {
  private grouped = false;

  constructor(readonly builder: DocumentBuilder) {}

  title(slide: Slide): void {
    const { headline, text } = slideText(slide);
    if (headline) this.builder.title = headline;
    if (text) this.builder.description = text;
  }

  era(slide: Slide, at: SlideLocation): void {
    const start = slideDateText(slide.start_date);
    if ('message' in start) {
      this.builder.reject(at.row, at.field(`start_date${start.part ? `.${start.part}` : ''}`), start.value, start.message);
      return;
    }
    const end = slide.end_date === undefined ? start : slideDateText(slide.end_date);
    if ('message' in end) {
      this.builder.reject(at.row, at.field(`end_date${end.part ? `.${end.part}` : ''}`), end.value, end.message);
      return;
    }
    const { headline } = slideText(slide);
    this.builder.addPeriod(at.row, at.field('end_date'), { title: headline || `${start.date} – ${end.date}`, start: start.date, end: end.date });
  }

  event(slide: Slide, at: SlideLocation): void {
    const b = this.builder;
    if (!isObject(slide)) {
      b.reject(at.row, at.field(''), slide, importWords('notObject'));
      return;
    }
    const start = slideDateText(slide.start_date);
    if ('message' in start) {
      b.reject(at.row, at.field(`start_date${start.part ? `.${start.part}` : ''}`), start.value, start.message);
      return;
    }
    let end: string | undefined;
    if (slide.end_date !== undefined && slide.end_date !== null && slide.end_date !== '' && !(isObject(slide.end_date) && part(slide.end_date.year) === undefined)) {
      const e = slideDateText(slide.end_date);
      if ('message' in e) {
        b.reject(at.row, at.field(`end_date${e.part ? `.${e.part}` : ''}`), e.value, e.message);
        return;
      }
      end = e.date;
    }
    const { headline, text } = slideText(slide);
    const group = htmlToText(str(slide.group));
    if (group) this.grouped = true;
    const extra: Record<string, string> = {};
    const display = htmlToText(str(slide.display_date) || (isObject(slide.start_date) ? str(slide.start_date.display_date) : ''));
    if (display) extra.display_date = display;
    const sources = [];
    const media = isObject(slide.media) ? slide.media : undefined;
    const url = media ? str(media.url).trim() : '';
    if (url && isHttpUrl(url)) {
      const credit = htmlToText(str(media?.credit));
      const caption = htmlToText(str(media?.caption));
      sources.push({ source: b.sourceId(credit || new URL(url).hostname, caption || headline || 'Media', url) });
      sources.push(...b.fileCitation);
    } else if (url) {
      extra.media = valueText(url);
    }
    let place: Place | undefined;
    const loc = isObject(slide.location) ? slide.location : undefined;
    if (loc && typeof loc.name === 'string' && loc.name.trim() !== '') {
      place = { name: htmlToText(loc.name) };
      if (typeof loc.lat === 'number' && loc.lat >= -90 && loc.lat <= 90) place.lat = loc.lat;
      if (typeof loc.lon === 'number' && loc.lon >= -180 && loc.lon <= 180) place.lon = loc.lon;
    }
    const title = headline || firstWords(text) || display || start.date;
    const id = str(slide.unique_id).trim();
    b.addEvent(
      at.row,
      {
        id: id || undefined,
        date: start.date,
        end,
        title,
        summary: text && text !== title ? text : undefined,
        actors: group ? [b.actorId(group)] : [],
        place,
        sources: sources.length > 0 ? sources : undefined,
        extra,
      },
      { id: at.field('unique_id'), date: at.field('start_date'), end: at.field('end_date') },
    );
  }

  /** Notes for the report once every slide is read. */
  finishNotes(): void {
    if (!this.grouped && this.builder.eventCount > 0) this.builder.notes.push(importWords('noGroups'));
  }
}

function firstWords(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
