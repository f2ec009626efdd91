import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, splitAt } from '../../src/i18n/catalogue';
import { formatCount, numberFormat, pluralRules } from '../../src/i18n/format';
import { en } from '../../src/i18n/messages.en';
import { problemMessage } from '../../src/i18n/problemText';
import type { Sections } from '../../src/i18n/translator';
import { t as tOpen } from '../../src/i18n/open.en';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
const root = process.cwd();
const sources = filesUnder(join(root, 'src')).filter((p) => /\.tsx?$/.test(p));
const code = (p: string) => readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
const rel = (p: string) => relative(root, p);

/*
 * Every section of the English catalogue, found by its file: src/i18n/<section>.en.ts
 * holds the section of that name (messages.en.ts holds "main"), as its one exported
 * object of words. A section file added later is checked without touching this test.
 */
const sectionModules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.en.ts', { eager: true });
const sections = Object.fromEntries(
  Object.entries(sectionModules).map(([path, module]) => {
    const stem = /([\w]+)\.en\.ts$/.exec(path)![1];
    const words = Object.values(module).find((v) => typeof v === 'object' && v !== null) as Record<string, unknown>;
    return [stem === 'messages' ? 'main' : stem, { module: `${stem}.en`, words }];
  }),
) as Record<keyof Sections, { module: string; words: Record<string, unknown> }>;
const catalogueFiles = new Set(Object.values(sections).map((s) => join(root, 'src', 'i18n', `${s.module}.ts`)));
/** The code outside the catalogue's own files. */
const codeFiles = sources.filter((p) => !catalogueFiles.has(p));

/** Which section each translate function of a file reads: `import { t as name } from '../i18n/troops.en'`. */
function translateCalls(file: string): { section: keyof Sections; keys: string[] }[] {
  const text = code(file);
  const found: { section: keyof Sections; keys: string[] }[] = [];
  for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][./]*i18n\/(t|[\w]+\.en)['"]/g)) {
    const module = m[2] === 't' ? 'messages.en' : m[2];
    const section = (Object.keys(sections) as (keyof Sections)[]).find((s) => sections[s].module === module);
    const named = /(?:^|,)\s*t(?:\s+as\s+(\w+))?\s*(?:,|$)/.exec(m[1]);
    if (!section || !named) continue;
    const fn = named[1] ?? 't';
    // t('key'…), t(cond ? 'a' : 'b', …): the literal keys a call names.
    const keys = [...text.matchAll(new RegExp(`(?<![\\w.])${fn}\\(\\s*([^,()]*?)\\s*[,)]`, 'g'))].flatMap((c) =>
      [...c[1].matchAll(/'(\w+)'/g)].map((k) => k[1]),
    );
    found.push({ section, keys });
  }
  return found;
}

describe('message catalogue', () => {
  it('finds every section the translator knows, each in the file named after it', () => {
    // Sections is a type; the translate function each file builds names its section.
    for (const [name, { module }] of Object.entries(sections)) {
      const text = code(join(root, 'src', 'i18n', `${module}.ts`));
      if (name === 'main' || name === 'problems') continue;
      expect(text, module).toMatch(new RegExp(`ranslator\\('${name}'`));
    }
    expect(Object.keys(sections).length).toBeGreaterThan(10);
  });

  it('has every key the code asks a section for (its own, or the first paint\'s)', () => {
    const missing: string[] = [];
    let calls = 0;
    for (const file of codeFiles) {
      for (const { section, keys } of translateCalls(file)) {
        for (const key of keys) {
          calls++;
          const known = key in sections[section].words || (section !== 'problems' && section !== 'imports' && key in en);
          if (!known) missing.push(`${rel(file)}: ${section}.${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The scan would pass vacuously if it found no calls.
    expect(calls).toBeGreaterThan(80);
  });

  it('has no key that no code uses', () => {
    const literals = new Set(codeFiles.flatMap((p) => [...code(p).matchAll(/['"](\w+)['"]/g)].map((m) => m[1])));
    const unused = Object.entries(sections).flatMap(([name, { words }]) =>
      Object.keys(words)
        .filter((key) => !literals.has(key))
        .map((key) => `${name}.${key}`),
    );
    expect(unused).toEqual([]);
  });

  it('gives each key one home: no section repeats a key of the first paint', () => {
    const repeated = Object.entries(sections)
      .filter(([name]) => name !== 'main')
      .flatMap(([name, { words }]) => Object.keys(words).filter((k) => k in en).map((k) => `${name}.${k}`));
    expect(repeated).toEqual([]);
  });

  it('fills placeholders and writes numbers with grouping', () => {
    expect(tOpen('openRecentEntry', { size: '2 KB', count: 71000, when: 'today' })).toBe('2 KB · 71,000 events · opened today');
    expect(tOpen('openDeleteRecent', { name: 'a.csv' })).toBe('Delete a.csv from Recent');
  });

  it('picks the plural form by Intl.PluralRules, not by comparing with 1', () => {
    expect(tOpen('openBuilding', { count: 1 })).toBe('Building the timeline: 1 event');
    expect(tOpen('openBuilding', { count: 0 })).toBe('Building the timeline: 0 events');
    expect(tOpen('openBuilding', { count: 2 })).toBe('Building the timeline: 2 events');
    // A language with more forms picks among them: Arabic has zero, one, two, few, many, other.
    const arabic = new Intl.PluralRules('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => arabic.select(n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(render({ zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' }, { count: 1 })).toBe('o');
  });

  it('falls back to the "other" form when a language lacks the category', () => {
    expect(render({ other: '{count} things' }, { count: 1 })).toBe('1 things');
  });

  it('reads a part\'s own words and the first paint\'s through the same function', () => {
    expect(tOpen('reportImport', { count: 1 })).toBe('Import the 1 good row');
    expect(tOpen('reportImport', { count: 1200 })).toBe('Import the 1,200 good rows');
    expect(tOpen('actors')).toBe('Actors');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(render('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('splits a message around a placeholder an element fills', () => {
    expect(splitAt('Opening {name} now', 'name')).toEqual(['Opening ', ' now']);
    expect(splitAt('No name', 'name')).toEqual(['No name', '']);
  });

  it('writes a dataset problem again from its key, or keeps the text it came with', () => {
    expect(problemMessage({ path: 'events[0].id', message: 'x', key: 'duplicateId', params: { id: 'a' } })).toBe('duplicate id "a"');
    expect(problemMessage({ path: '(file)', message: 'as the importer wrote it' })).toBe('as the importer wrote it');
  });

  it('builds each Intl formatter once per locale and options', () => {
    expect(numberFormat({ maximumFractionDigits: 2 })).toBe(numberFormat({ maximumFractionDigits: 2 }));
    expect(numberFormat()).not.toBe(numberFormat({ maximumFractionDigits: 2 }));
    expect(pluralRules()).toBe(pluralRules());
    expect(formatCount(12345)).toBe('12,345');
  });
});
