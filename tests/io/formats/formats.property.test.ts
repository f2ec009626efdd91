import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importedFormats } from '../../../src/io/formats/importedFormats';
import type { ColumnMapping, ImportFormat, ImportResult } from '../../../src/io/formats/importFormat';
import { validateDataset } from '../../../src/model/validate';
import { EXTERNAL } from './formatTestUtils';
import { FUZZ } from '../../fuzzRuns';

/*
 * Hostile and broken files: fixtures cut short, with a byte-order mark, CRLF line
 * ends, stray quotes, a huge field, deeply nested JSON or values of the wrong
 * type. Whatever comes in, a conversion ends either in a document the app
 * accepts, with every left-out row naming its row, or in an Error that says why.
 */

const head = (path: string, lines: number) => readFileSync(join(EXTERNAL, path), 'utf8').split('\n').slice(0, lines).join('\n');

const seeds: Record<string, string> = {
  acled2020: head('acled-rpanlilio-2020-05/acled_iraq_syria_subset.csv', 12),
  acledNow: head('acled-geosentinel-sample/acled_data_sample.csv', 3),
  ucdp: head('ucdp-prio-acd-201/ucdp-prio-acd-201.csv', 12),
  timelineJs: readFileSync(join(EXTERNAL, 'timelinejs3/group_sample.json'), 'utf8'),
  eras: readFileSync(join(EXTERNAL, 'timelinejs3/eras.json'), 'utf8'),
  vis: readFileSync(join(EXTERNAL, 'vis-timeline/basic.json'), 'utf8'),
  wk2014: readFileSync(join(EXTERNAL, 'almende-vis/wk2014.json'), 'utf8'),
  sheet: [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    '2014,6,10,,,,,,,Mosul falls,<p>ISIS takes <b>Mosul</b></p>,https://example.org/a.jpg,AP,Caption,,,Iraq,',
    '2014,,,,,,,,,Title,Intro,,,,,title,,',
    '2014,1,,,2017,12,,,,Era,,,,,,era,,',
    '2024,1,27,14:30,,,,,,Talks,,,,,,,US,',
  ].join('\r\n'),
};

/** One mutation of a text: cut, BOM, CRLF, stray quote, huge field, control characters. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('bom' as const) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom('"', "'", ',', '\n', '{', '}', '[', ']', ':', '\u0000', '\\', '&#x0;', '<script>', ';', '-') }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), size: fc.integer({ min: 1000, max: 200_000 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('random' as const), text: fc.string({ maxLength: 300 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const pos = 'at' in m ? Math.floor(m.at * text.length) : 0;
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, pos);
    case 'bom':
      return `\ufeff${text}`;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'insert':
      return text.slice(0, pos) + m.text + text.slice(pos);
    case 'huge':
      return text.slice(0, pos) + 'x'.repeat(m.size) + text.slice(pos);
    case 'delete':
      return text.slice(0, pos) + text.slice(pos + m.length);
    case 'random':
      return m.text;
  }
}

/** JSON values of the wrong type in any place, including deep nesting. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -20000, max: 20000 }),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('2014', '2014-06-10', '-500', '', '9-May-20', '<b>x</b>', 'javascript:alert(1)'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('year', 'month', 'day', 'hour', 'start', 'end', 'content', 'id', 'group', 'text', 'headline', 'start_date', 'end_date', 'media', 'url', '__proto__'), tie('value'), { maxKeys: 5 }),
  ),
})).value;

const deepNesting = fc.integer({ min: 1000, max: 20000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);

const mapping: ColumnMapping = { date: 'year', title: 'location', actors: ['side_a', 'side_b'], actorSeparator: ',' };

async function outcome(format: ImportFormat, text: string, options: { mapping?: ColumnMapping } = {}): Promise<ImportResult | Error> {
  try {
    return await format.convert({ fileName: 'fuzz.txt', text }, options);
  } catch (e) {
    return e as Error;
  }
}

function expectDataOrReason(result: ImportResult | Error): void {
  if (result instanceof Error) {
    expect(result.message.length).toBeGreaterThan(10);
    return;
  }
  expect(result).toHaveProperty('document');
  const checked = validateDataset(result.document);
  if (!checked.ok) expect(checked.problems.slice(0, 3)).toEqual([]);
  for (const r of result.rejected) {
    expect(Number.isInteger(r.row) && r.row >= 1).toBe(true);
    expect(r.message.length).toBeGreaterThan(0);
    if (r.value !== undefined) expect(r.value.length).toBeLessThanOrEqual(121);
  }
}

const byId = (id: string) => importedFormats.find((f) => f.id === id)!;

const cases: [string, ImportFormat, string[], ColumnMapping | undefined][] = [
  ['ACLED CSV', byId('acled-csv'), ['acled2020', 'acledNow'], undefined],
  ['TimelineJS JSON', byId('timelinejs-json'), ['timelineJs', 'eras'], undefined],
  ['TimelineJS spreadsheet', byId('timelinejs-csv'), ['sheet'], undefined],
  ['vis-timeline JSON', byId('vis-json'), ['vis'], undefined],
  ['generic CSV', byId('csv'), ['ucdp'], mapping],
  ['JSON list', byId('json-array'), ['wk2014', 'vis'], { date: 'start', title: 'description', actors: ['player1'] }],
];

describe.each(cases)('%s under hostile input', (_name, format, seedNames, map) => {
  it('mutated files end in a valid document or an Error that says why', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seedNames), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (seed, ms) => {
        const text = ms.reduce(mutate, seeds[seed]);
        // The pipeline strips a byte-order mark before convert; the format must cope either way.
        expectDataOrReason(await outcome(format, text, { mapping: map }));
        expect(() => format.detect({ text, bytes: new TextEncoder().encode(text.slice(0, 4096)) })).not.toThrow();
      }),
      { numRuns: FUZZ.runs, seed: FUZZ.seed },
    );
  }, FUZZ.timeout);

  it('JSON of any shape and deep nesting never throws anything but an Error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonValue.map((v) => JSON.stringify(v) ?? 'null'), deepNesting, fc.array(jsonValue, { maxLength: 8 }).map((v) => JSON.stringify({ events: v, eras: v, title: v[0] }))), async (text) => {
        expectDataOrReason(await outcome(format, text, { mapping: map }));
      }),
      { numRuns: Math.max(50, Math.floor(FUZZ.runs / 4)), seed: FUZZ.seed },
    );
  }, FUZZ.timeout);
});
