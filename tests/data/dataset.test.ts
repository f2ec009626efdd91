import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { validateDataset } from '../../src/model/validate';
import { validateStory } from '../../src/model/validateStory';

/*
 * Checks of the default dataset, data/coalition.json. Apart from the first test, which runs
 * the app's own validator, these checks are self-contained, so that a mistake in the data is
 * caught even if the validator changes.
 */

interface Citation { source: string; quote?: string }
interface Event {
  id: string; date: string; end?: string; title: string; summary?: string;
  actors: string[]; category: string; importance?: number; sources: Citation[];
  place?: { name: string };
}
interface Point { date: string; value: number; estimate: string; kind: string; source: string; quote?: string; note?: string }
interface Series { id: string; name: string; unit: string; actor?: string; points: Point[] }
interface Doc {
  version: number; title: string; description?: string;
  actors: { id: string; name: string; kind?: string; color?: string }[];
  categories: { id: string; name: string }[];
  sources: { id: string; publisher: string; title: string; url?: string; published?: string; grade?: string }[];
  events: Event[];
  series: Series[];
  story?: { event?: string; from?: string; to?: string; title?: string; narration: string; sources?: Citation[]; view?: { actors?: string[]; categories?: string[] } }[];
  translations?: Record<string, unknown>;
}

const raw: unknown = JSON.parse(fs.readFileSync(new URL('../../data/coalition.json', import.meta.url), 'utf8'));
const doc = raw as Doc;

const SEED_SOURCE = 'national-2024-01-27';
const ARTICLE = path.resolve(process.cwd(), '../shared/seed/article.html');

/** Start of the period a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string names, in ms (UTC); null if it is not a real date. */
function periodStart(s: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? 1 : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t;
}

const RANGE_START = Date.UTC(2014, 0, 1);
const RANGE_END = Date.UTC(2024, 11, 31);

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** The article's text as the spec defines it: tags stripped, entities decoded, whitespace folded. */
function articleText(htmlText: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return htmlText
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (all, n: string) => named[n.toLowerCase()] ?? all)
    .replace(/\s+/g, ' ')
    .trim();
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('default dataset (data/coalition.json)', () => {
  it('passes the app validator', () => {
    const result = validateDataset(raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has unique ids within each list', () => {
    expect(duplicates(doc.actors.map((a) => a.id))).toEqual([]);
    expect(duplicates(doc.categories.map((c) => c.id))).toEqual([]);
    expect(duplicates(doc.sources.map((s) => s.id))).toEqual([]);
    expect(duplicates(doc.events.map((e) => e.id))).toEqual([]);
    expect(duplicates(doc.series.map((s) => s.id))).toEqual([]);
  });

  it('has no two events with the same title and date', () => {
    expect(duplicates(doc.events.map((e) => `${e.date} ${e.title}`))).toEqual([]);
  });

  it('resolves every actor, category and source reference of events', () => {
    const actors = new Set(doc.actors.map((a) => a.id));
    const categories = new Set(doc.categories.map((c) => c.id));
    const sources = new Set(doc.sources.map((s) => s.id));
    const broken: string[] = [];
    for (const e of doc.events) {
      if (e.actors.length === 0) broken.push(`${e.id}: no actors`);
      for (const a of e.actors) if (!actors.has(a)) broken.push(`${e.id}: actor ${a}`);
      if (!categories.has(e.category)) broken.push(`${e.id}: category ${e.category}`);
      for (const c of e.sources) if (!sources.has(c.source)) broken.push(`${e.id}: source ${c.source}`);
    }
    expect(broken).toEqual([]);
  });

  it('cites at least one source for every event and one resolvable source for every series point', () => {
    const sources = new Set(doc.sources.map((s) => s.id));
    const actors = new Set(doc.actors.map((a) => a.id));
    expect(doc.events.filter((e) => e.sources.length === 0).map((e) => e.id)).toEqual([]);
    const broken: string[] = [];
    for (const s of doc.series) {
      if (s.actor !== undefined && !actors.has(s.actor)) broken.push(`${s.id}: actor ${s.actor}`);
      s.points.forEach((p, i) => {
        if (!sources.has(p.source)) broken.push(`${s.id}[${i}]: source ${p.source}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('lists only sources that something cites', () => {
    const cited = new Set([
      ...doc.events.flatMap((e) => e.sources.map((c) => c.source)),
      ...doc.series.flatMap((s) => s.points.map((p) => p.source)),
    ]);
    expect(doc.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('gives every source a publisher, a title, an http(s) URL when it has one, and a grade A, B or C', () => {
    const bad = doc.sources.filter(
      (s) =>
        !s.publisher || !s.title ||
        (s.url !== undefined && !/^https?:\/\/[^/\s]+/.test(s.url)) ||
        (s.published !== undefined && periodStart(s.published) === null) ||
        !['A', 'B', 'C'].includes(s.grade ?? ''),
    );
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('dates every event and series point at YYYY, YYYY-MM or YYYY-MM-DD precision within 2014-01-01..2024-12-31', () => {
    const bad: string[] = [];
    const check = (where: string, s: string) => {
      const t = periodStart(s);
      if (t === null || t < RANGE_START || t > RANGE_END) bad.push(`${where}: ${s}`);
    };
    for (const e of doc.events) {
      check(`${e.id}.date`, e.date);
      if (e.end !== undefined) check(`${e.id}.end`, e.end);
    }
    for (const s of doc.series) s.points.forEach((p, i) => check(`${s.id}[${i}]`, p.date));
    expect(bad).toEqual([]);
  });

  it('never ends a range event before it starts', () => {
    const bad = doc.events.filter((e) => e.end !== undefined && periodStart(e.end)! < periodStart(e.date)!);
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('keeps every series in date order, each point saying what kind of figure it is and how precise', () => {
    const bad: string[] = [];
    for (const s of doc.series) {
      s.points.forEach((p, i) => {
        const where = `${s.id}[${i}] ${p.date}`;
        if (!['count', 'official', 'ceiling', 'planned'].includes(p.kind)) bad.push(`${where}: kind ${String(p.kind)}`);
        if (!['exact', 'approximate', 'authorized'].includes(p.estimate)) bad.push(`${where}: estimate ${p.estimate}`);
        if (p.estimate === 'authorized' && p.kind !== 'ceiling') bad.push(`${where}: authorized but not a ceiling`);
        if (i === 0) return;
        const [before, here] = [periodStart(s.points[i - 1].date)!, periodStart(p.date)!];
        if (here < before) bad.push(`${where}: out of date order`);
        const sameDay = s.points.slice(0, i).filter((q) => periodStart(q.date) === here);
        if (sameDay.some((q) => q.kind === p.kind)) bad.push(`${where}: two ${p.kind} figures on one date`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('never has two points of one series on the same date disagree without a note saying why', () => {
    const bad: string[] = [];
    for (const s of doc.series) {
      s.points.forEach((p, i) => {
        for (const q of s.points.slice(0, i)) {
          if (periodStart(q.date) !== periodStart(p.date) || q.value === p.value) continue;
          if (!p.note?.trim() && !q.note?.trim()) bad.push(`${s.id} ${p.date}: ${q.value} (${q.kind}) and ${p.value} (${p.kind})`);
        }
      });
    }
    expect(bad).toEqual([]);
  });

  it('shows the Pentagon’s own personnel counts beside the official levels, so the gap can be seen', () => {
    const byId = new Map(doc.series.map((s) => [s.id, s]));
    /** The figure of a kind in force at a date: the last such point at or before it. */
    const inForce = (id: string, kinds: string[], date: string) =>
      byId.get(id)?.points.filter((p) => kinds.includes(p.kind) && periodStart(p.date)! <= periodStart(date)!).at(-1);
    const counted = inForce('us-personnel-iraq-counted', ['count'], '2017-09-30');
    expect(counted).toMatchObject({ date: '2017-09-30', value: 8892, kind: 'count' });
    expect(inForce('us-troops-iraq', ['official'], '2017-09-30')).toMatchObject({ value: 5262, kind: 'official' });
    expect(inForce('us-personnel-syria-counted', ['count'], '2017-09-30')).toMatchObject({ value: 1720 });
    expect(inForce('us-troops-syria', ['official'], '2017-09-30')).toMatchObject({ value: 503 });
    for (const id of ['us-personnel-iraq-counted', 'us-personnel-syria-counted']) {
      expect(byId.get(id)?.points.every((p) => p.kind === 'count'), id).toBe(true);
    }
  });

  it('dates the Syria deployment of April 2016 as the level it was to reach, not a count', () => {
    const syria = doc.series.find((s) => s.id === 'us-troops-syria')!;
    expect(syria.points.find((p) => p.date === '2016-04-25')).toMatchObject({ value: 300, kind: 'planned' });
    expect(syria.points.find((p) => p.date === '2016-04-25')?.quote).toContain('will increase');
  });

  it('has the three series the app charts', () => {
    const byId = new Map(doc.series.map((s) => [s.id, s]));
    expect(byId.get('us-troops-iraq')).toMatchObject({ unit: 'troops', actor: 'us' });
    expect(byId.get('us-troops-syria')).toMatchObject({ unit: 'troops', actor: 'us' });
    expect(byId.get('attacks-on-us-forces')).toMatchObject({ unit: 'attacks' });
    for (const s of doc.series) expect(s.points.length, s.id).toBeGreaterThan(0);
  });

  it('has at least 50 events and at least one in every year 2014..2024', () => {
    expect(doc.events.length).toBeGreaterThanOrEqual(50);
    const years = new Set(doc.events.map((e) => e.date.slice(0, 4)));
    const missing = [];
    for (let y = 2014; y <= 2024; y++) if (!years.has(String(y))) missing.push(y);
    expect(missing).toEqual([]);
  });

  it('rates every event 1..3 and marks the four key moments as importance 3', () => {
    expect(doc.events.filter((e) => ![1, 2, 3].includes(e.importance ?? 0)).map((e) => e.id)).toEqual([]);
    const key = doc.events.filter((e) => e.importance === 3).map((e) => e.id);
    expect(key).toEqual(
      expect.arrayContaining(['isis-advance-2014', 'iraq-declares-victory-2017', 'attacks-on-us-forces-begin', 'talks-first-round']),
    );
  });

  it('has the talks event the app opens with, on Saturday 27 January 2024', () => {
    const talks = doc.events.find((e) => e.id === 'talks-first-round');
    expect(talks).toMatchObject({ date: '2024-01-27', importance: 3 });
    expect(talks?.sources.map((c) => c.source)).toContain(SEED_SOURCE);
  });

  it('keeps text plain: no HTML tags or markdown links in titles, summaries or quotes', () => {
    const texts = [
      doc.title, doc.description ?? '',
      ...doc.events.flatMap((e) => [e.title, e.summary ?? '', ...e.sources.map((c) => c.quote ?? '')]),
      ...doc.series.flatMap((s) => s.points.map((p) => p.quote ?? '')),
      ...doc.sources.flatMap((s) => [s.title, s.publisher]),
      ...(doc.story ?? []).flatMap((s) => [s.title ?? '', s.narration, ...(s.sources ?? []).map((c) => c.quote ?? '')]),
    ];
    expect(texts.filter((t) => /<\/?[a-z!][^>]*>|\]\(|\*\*|&[a-z]+;/i.test(t))).toEqual([]);
  });

  it('gives every actor a distinct, valid hex colour readable on white and on #111', () => {
    const colors = doc.actors.map((a) => a.color ?? '');
    for (const c of colors) expect(c).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(duplicates(colors.map((c) => c.toLowerCase()))).toEqual([]);
    // Graphical marks: at least 2.5:1 against both backgrounds (most colours reach 3:1).
    const weak = colors.filter((c) => contrast(c, '#ffffff') < 2.5 || contrast(c, '#111111') < 2.5);
    expect(weak).toEqual([]);
  });

  describe.skipIf(!fs.existsSync(ARTICLE))('quotes from the seed article (../shared/seed/article.html)', () => {
    it('appear in the article text word for word', () => {
      const text = articleText(fs.readFileSync(ARTICLE, 'utf8'));
      const quotes = [
        ...doc.events.flatMap((e) => e.sources.filter((c) => c.source === SEED_SOURCE && c.quote).map((c) => c.quote!)),
        ...doc.series.flatMap((s) => s.points.filter((p) => p.source === SEED_SOURCE && p.quote).map((p) => p.quote!)),
        ...(doc.story ?? []).flatMap((s) => (s.sources ?? []).filter((c) => c.source === SEED_SOURCE && c.quote).map((c) => c.quote!)),
      ];
      expect(quotes.length).toBeGreaterThan(10);
      expect(quotes.filter((q) => !text.includes(fold(q)))).toEqual([]);
    });
  });

  describe('the default story', () => {
    const story = doc.story ?? [];
    const eventIds = new Set(doc.events.map((e) => e.id));
    const named = story.map((s) => s.event);

    it('passes the app’s story check', () => {
      const set = (list: { id: string }[]) => new Set(list.map((x) => x.id));
      const result = validateStory(doc.story, { events: (id) => eventIds.has(id), actors: set(doc.actors), categories: set(doc.categories), sources: set(doc.sources), languages: new Set(Object.keys(doc.translations ?? {})) });
      expect(result.ok ? [] : result.problems).toEqual([]);
    });

    it('has 10 to 15 steps, and every event it names is in the dataset', () => {
      expect(story.length).toBeGreaterThanOrEqual(10);
      expect(story.length).toBeLessThanOrEqual(15);
      expect(named.filter((id) => id !== undefined && !eventIds.has(id))).toEqual([]);
    });

    it('names only actors, categories and sources of the dataset', () => {
      const actors = new Set(doc.actors.map((a) => a.id));
      const categories = new Set(doc.categories.map((c) => c.id));
      const sources = new Set(doc.sources.map((s) => s.id));
      expect(story.flatMap((s) => s.view?.actors ?? []).filter((id) => !actors.has(id))).toEqual([]);
      expect(story.flatMap((s) => s.view?.categories ?? []).filter((id) => !categories.has(id))).toEqual([]);
      expect(story.flatMap((s) => s.sources ?? []).filter((c) => !sources.has(c.source))).toEqual([]);
    });

    it('runs in date order from the June 2014 advance to the September 2024 agreement', () => {
      expect(story[0].event).toBe('isis-advance-2014');
      expect(story.at(-1)?.event).toBe('joint-statement-sept-2024');
      const byId = new Map(doc.events.map((e) => [e.id, e]));
      // A date-range step is placed by where it ends: it sums up the time before the next step.
      const when = story.map((s) => periodStart(s.event ? byId.get(s.event)!.date : (s.to ?? s.from!))!);
      expect(when.every((t, i) => i === 0 || t >= when[i - 1])).toBe(true);
    });

    it('is centred on the report of 27 January 2024: the attacks, the working groups, the answer, the talks, the troop numbers', () => {
      for (const id of ['attacks-on-us-forces-begin', 'working-groups-announced', 'iri-statement-on-talks', 'talks-first-round']) expect(named).toContain(id);
      const seedQuotes = story.flatMap((s) => (s.sources ?? []).filter((c) => c.source === SEED_SOURCE).map((c) => c.quote ?? ''));
      expect(seedQuotes.some((q) => q.includes('150 attacks'))).toBe(true);
      expect(seedQuotes.some((q) => q.includes('2,500 US troops'))).toBe(true);
      // Half the steps or more are about October 2023 to January 2024.
      const around = story.filter((s) => (s.event ? doc.events.find((e) => e.id === s.event)!.date : s.to ?? s.from!) >= '2023-10');
      expect(around.length).toBeGreaterThanOrEqual(story.length / 2);
    });

    it('cites a source for every date-range step, and gives it a title', () => {
      const ranges = story.filter((s) => s.event === undefined);
      expect(ranges.length).toBeGreaterThan(0);
      for (const step of ranges) {
        expect(step.title).toBeTruthy();
        expect(step.sources?.length).toBeGreaterThan(0);
      }
    });
  });
});
