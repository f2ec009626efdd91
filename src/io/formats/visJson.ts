import { DocumentBuilder } from './documentBuilder';
import type { ConvertOptions, FormatInput, FormatSample, ImportFormat, ImportResult } from './importFormat';
import { abortError } from './csvRows';
import { cellText } from './columnMapping';
import { htmlToText } from './htmlToText';
import { parseJsonOrThrow } from './parseJson';
import { DateReader } from './readDate';
import { recordsOf } from './jsonArray';
import { importWords } from './importFailure';

/*
 * vis-timeline items: `[{ id, content, start, end?, group?, type?, title? }]`
 * (or `{ "data": [...] }`). content (HTML) -> title as text, group -> actor
 * (items without a group share one lane), start/end as ISO strings or epoch ms,
 * title (vis's tooltip) -> summary, id -> id.
 */

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export const visJson: ImportFormat = {
  id: 'vis-json',
  detect(sample: FormatSample): number {
    const t = sample.text.trimStart();
    if (!/^(\[|\{\s*"data"\s*:\s*\[)\s*\{/.test(t)) return 0;
    const head = t.slice(0, 4096);
    return /"start"\s*:/.test(head) && /"content"\s*:/.test(head) ? 0.85 : 0;
  },
  convert(input: FormatInput, options: ConvertOptions): Promise<ImportResult> {
    if (options.signal?.aborted) return Promise.reject(abortError());
    const name = input.fileName;
    const items = recordsOf(parseJsonOrThrow(input, 'asVisItems'), name);
    const b = new DocumentBuilder({
      title: input.fileName,
      untitled: 'untitledVis',
      fileSource: { publisher: input.fileName ?? 'vis-timeline file', title: 'vis-timeline items' },
      noActorName: 'No group',
    });
    const dates = new DateReader();
    const read = (v: unknown) => (typeof v === 'number' ? dates.readNumber(v) : dates.read(cellText(v)));
    items.forEach((item, i) => {
      const path = (f: string) => `[${i}].${f}`;
      const row = i + 1;
      if (!isObject(item)) {
        b.reject(row, `[${i}]`, item, importWords('notObject'));
        return;
      }
      if (item.start === undefined || item.start === null || item.start === '') {
        b.reject(row, path('start'), item.start, importWords('required'));
        return;
      }
      const start = read(item.start);
      if ('error' in start) {
        b.reject(row, path('start'), item.start, start.error);
        return;
      }
      let end: string | undefined;
      if (item.end !== undefined && item.end !== null && item.end !== '') {
        const e = read(item.end);
        if ('error' in e) {
          b.reject(row, path('end'), item.end, e.error);
          return;
        }
        end = e.date;
      }
      const title = htmlToText(cellText(item.content));
      const group = cellText(item.group).trim();
      const tooltip = htmlToText(cellText(item.title));
      const id = cellText(item.id).trim();
      b.addEvent(
        row,
        {
          id: id || undefined,
          date: start.date,
          end,
          title: title || tooltip || `Item ${id || row}`,
          summary: tooltip && tooltip !== title ? tooltip : undefined,
          actors: group ? [b.actorId(group)] : [],
        },
        { id: path('id'), date: path('start'), end: path('end') },
      );
    });
    b.notes.push(...dates.notes('start'));
    options.onProgress?.({ bytes: input.text?.length ?? 0, rows: items.length });
    return Promise.resolve(b.finish());
  },
};
