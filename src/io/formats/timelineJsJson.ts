import { DocumentBuilder } from './documentBuilder';
import { importFailure, importWords } from './importFailure';
import type { ConvertOptions, FormatInput, FormatSample, ImportFormat, ImportResult } from './importFormat';
import { abortError } from './csvRows';
import { parseJsonOrThrow } from './parseJson';
import { SlideReader, type Slide } from './timelineJsSlides';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** TimelineJS 3 JSON: `{ title?, events: [slide], eras? }` (see timelineJsSlides.ts for the mapping). */
export const timelineJsJson: ImportFormat = {
  id: 'timelinejs-json',
  detect(sample: FormatSample): number {
    const t = sample.text.trimStart();
    if (!t.startsWith('{')) return 0;
    if (/"version"\s*:\s*1\b/.test(t.slice(0, 4096))) return 0;
    const hasEvents = /"events"\s*:\s*\[/.test(t);
    const hasSlideParts = /"(start_date|headline)"\s*:/.test(t);
    return hasEvents && hasSlideParts ? 0.9 : hasEvents ? 0.4 : 0;
  },
  convert(input: FormatInput, options: ConvertOptions): Promise<ImportResult> {
    if (options.signal?.aborted) return Promise.reject(abortError());
    const doc = parseJsonOrThrow(input, 'asTimelineJs');
    if (!isObject(doc) || !Array.isArray(doc.events)) {
      throw importFailure('noEventsList', { name: input.fileName });
    }
    const builder = new DocumentBuilder({
      title: input.fileName,
      untitled: 'untitledTimelineJs',
      fileSource: { publisher: input.fileName ?? 'TimelineJS file', title: 'TimelineJS timeline' },
      noActorName: 'No group',
    });
    const reader = new SlideReader(builder);
    if (isObject(doc.title)) reader.title(doc.title as Slide);
    const events = doc.events as unknown[];
    events.forEach((slide, i) => {
      reader.event(slide as Slide, { row: i + 1, field: (name) => `events[${i}]${name ? `.${name}` : ''}` });
    });
    if (Array.isArray(doc.eras)) {
      (doc.eras as unknown[]).forEach((era, i) => {
        const at = { row: i + 1, field: (name: string) => `eras[${i}]${name ? `.${name}` : ''}` };
        if (isObject(era)) reader.era(era as Slide, at);
        else builder.reject(at.row, at.field(''), era, importWords('notObject'));
      });
    }
    reader.finishNotes();
    options.onProgress?.({ bytes: input.text?.length ?? 0, rows: events.length });
    if (builder.eventCount === 0 && events.length > 0) builder.notes.push(importWords('noEventImported'));
    return Promise.resolve(builder.finish());
  },
};
