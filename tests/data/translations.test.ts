import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyTranslations } from '../../scripts/translate.mjs';

/*
 * The default dataset's Arabic (docs/dataset.md, "Translations"). The Arabic is kept in
 * scripts/translations/ar.json, each entry stamped with a hash of the English it was made from,
 * and written into data/coalition.json by scripts/translate.mjs.
 */

const doc = JSON.parse(readFileSync('data/coalition.json', 'utf8'));
const table = JSON.parse(readFileSync('scripts/translations/ar.json', 'utf8'));
const ARABIC_LETTERS = /[\u0621-\u064A]/g;

interface Step {
  event?: string;
  from?: string;
  title?: string;
  narration: string;
  translations?: Record<string, { title?: string; narration?: string }>;
}
const story = doc.story as Step[];
const stepName = (step: Step) => step.event ?? step.from;

/** The phrases a text quotes: “…”. */
const quoted = (text: string | undefined) => (text ?? '').match(/“[^”]*”/g) ?? [];

interface Item {
  id: string;
  name?: string;
  title?: string;
  summary?: string;
  unit?: string;
  note?: string;
  place?: { name: string };
  translations?: Record<string, Record<string, string>>;
}

/** Figures in a text, thousands separators dropped: "1,400 troops at 8:30" -> ["1400", "8:30"]. */
const figures = (text: string | undefined) => (text ?? '').replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:[.:]\d+)?/g)?.sort() ?? [];

/**
 * Mostly Arabic: acronyms such as DMDC or F-16 may stay in Latin letters, and a phrase quoted
 * from a source (“fewer than 50”) stays in its words, but no other English.
 */
function mostlyArabic(text: string): boolean {
  const unquoted = text.replace(/“[^”]*”/g, '');
  const arabic = unquoted.match(ARABIC_LETTERS)?.length ?? 0;
  const latin = unquoted.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > 4 * latin;
}

describe('the default dataset in Arabic', () => {
  it('declares its Arabic as a machine translation from English, saying by what', () => {
    expect(doc.translations.ar).toMatchObject({ from: 'en', by: 'machine' });
    expect(doc.translations.ar.translator).toMatch(/AI language model/);
    expect(mostlyArabic(doc.translations.ar.title)).toBe(true);
  });

  it('translates every event title and summary, every place, every actor, category and series name, and every note', () => {
    const untranslated: string[] = [];
    const want = (key: string, item: Item, fields: (keyof Item)[]) => {
      for (const f of fields) {
        if (item[f] === undefined) continue;
        const text = item.translations?.ar?.[f];
        if (!text || !mostlyArabic(text)) untranslated.push(`${key}/${item.id}.${f}`);
      }
    };
    for (const e of doc.events as Item[]) want('events', e, ['title', 'summary', 'place']);
    for (const a of doc.actors as Item[]) want('actors', a, ['name']);
    for (const c of doc.categories as Item[]) want('categories', c, ['name']);
    for (const s of doc.series as Item[]) want('series', s, ['name', 'unit', 'note']);
    for (const s of doc.series as (Item & { points: (Item & { date: string })[] })[]) {
      for (const p of s.points) want(`series/${s.id}/points`, { ...p, id: p.date }, ['note']);
    }
    expect(untranslated).toEqual([]);
  });

  it('translates the story: every step\'s narration, and the title of every step that has its own', () => {
    const untranslated = story.flatMap((step) =>
      (['title', 'narration'] as const).filter((f) => step[f] !== undefined && !mostlyArabic(step.translations?.ar?.[f] ?? '')).map((f) => `${stepName(step)}.${f}`),
    );
    expect(story.length).toBeGreaterThan(0);
    expect(untranslated).toEqual([]);
  });

  it('keeps the phrases a narration quotes in the words their source published', () => {
    const changed = story
      .filter((step) => quoted(step.narration).some((q) => !step.translations?.ar?.narration?.includes(q)))
      .map(stepName);
    // The default story quotes its sources in two steps; both keep the English.
    expect(story.filter((step) => quoted(step.narration).length > 0).map(stepName)).toEqual(['iri-statement-on-talks', 'talks-first-round']);
    expect(changed).toEqual([]);
  });

  it('keeps every figure of the English in the Arabic: no number lost, changed or added', () => {
    const differ: string[] = [];
    const compare = (label: string, en: string | undefined, ar: string | undefined) => {
      if (figures(en).join() !== figures(ar).join()) differ.push(`${label}: ${figures(en).join(' ')} vs ${figures(ar).join(' ')}`);
    };
    for (const e of doc.events as Item[]) {
      compare(`${e.id}.title`, e.title, e.translations?.ar?.title);
      compare(`${e.id}.summary`, e.summary, e.translations?.ar?.summary);
    }
    for (const s of doc.series as (Item & { points: (Item & { date: string })[] })[]) {
      compare(`${s.id}.note`, s.note, s.translations?.ar?.note);
      for (const p of s.points) compare(`${s.id}/${p.date}.note`, p.note, p.translations?.ar?.note);
    }
    for (const step of story) {
      compare(`story/${stepName(step)}.title`, step.title, step.translations?.ar?.title);
      compare(`story/${stepName(step)}.narration`, step.narration, step.translations?.ar?.narration);
    }
    compare('description', doc.description, doc.translations.ar.description);
    expect(differ).toEqual([]);
  });

  it('has no stale translation: each was made from the English the dataset has now', () => {
    const result = applyTranslations(doc, 'ar', structuredClone(table));
    // A stale entry means the English changed after it was translated: translate it again, then --stamp.
    expect(result.stale).toEqual([]);
    expect(result.unstamped).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.unused).toEqual([]);
  });

  it('holds exactly what the table says: scripts/translate.mjs has been run since the table changed', () => {
    const { doc: written } = applyTranslations(doc, 'ar', structuredClone(table));
    expect(written).toEqual(doc);
  });

});
