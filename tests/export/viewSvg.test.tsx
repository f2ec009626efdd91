import { describe, expect, it } from 'vitest';
import { timeScale } from '../../src/axis/timeScale';
import { layoutTimeline } from '../../src/timeline/layoutTimeline';
import { sourceLine } from '../../src/export/ExportMenu';
import { viewPicture, type ViewInputs } from '../../src/export/viewPicture';
import { fitText, viewSvg, xmlText } from '../../src/export/viewSvg';
import { resolveActorColors } from '../../src/model/actorColors';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import type { Dataset } from '../../src/model/types';
import { diamondPath, pointShape } from '../../src/timeline/markShapes';
import type { ThemeColors } from '../../src/timeline/readThemeColors';
import { sampleDataset } from '../store/fixtures';

const LIGHT: ThemeColors = {
  fg: '#1a1c20',
  muted: '#596170',
  grid: '#e6e6e0',
  border: '#d6d6cf',
  surface: '#ffffff',
  surface2: '#efefea',
  bg: '#f6f6f3',
  accent: '#1c5bb8',
  focus: '#1764d8',
  font: "'Inter', system-ui, sans-serif",
  labelPx: 12,
  forced: false,
};

function inputs(doc: Dataset, over: Partial<ViewInputs> = {}): ViewInputs {
  const dataset = createInMemoryDataset(doc);
  const mask = new Uint8Array(doc.events.length).fill(1);
  return {
    dataset,
    mask,
    shown: doc.events.length,
    actors: doc.actors.map((_, i) => i),
    domain: [Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)],
    plotWidth: 800,
    height: 300,
    colors: LIGHT,
    actorColors: resolveActorColors(doc.actors),
    tickTimes: (d, count) => timeScale(d, [0, 1]).ticks(count),
    layoutTimeline,
    source: 'Data: https://example.org/data.json',
    ...over,
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
  return doc;
}

describe('the view as SVG', () => {
  it('is an SVG document with the title, the visible range, the counts and the source line', () => {
    const picture = viewPicture(inputs(sampleDataset(), { shown: 4 }));
    const { svg, width, height } = viewSvg(picture);
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([width, height]);
    const words = root.textContent ?? '';
    expect(words).toContain('Test coalition timeline');
    expect(words).toContain('1 January 2014 – 31 December 2024');
    expect(words).toContain('Showing 4 of 5 events');
    expect(words).toContain('Data: https://example.org/data.json');
    // The key to the marks, and a lane name per lane.
    for (const k of ['event', 'key event', 'period', 'dated to the month or year only']) expect(words).toContain(k);
    for (const name of ['United States', 'Government of Iraq', 'ISIS']) expect(words).toContain(name);
  });

  it('draws every mark the layout placed, each from its shape: key events as the layout\'s diamonds', () => {
    const picture = viewPicture(inputs(sampleDataset()));
    const doc = parse(viewSvg(picture).svg);
    const marks = doc.querySelectorAll('#marks > g');
    expect(marks.length).toBe(picture.layout.marks.length);
    expect(marks.length).toBeGreaterThan(0);
    const diamonds = picture.layout.marks.filter((m) => m.shape.type === 'point' && m.shape.diamond);
    expect(diamonds.length).toBeGreaterThan(0);
    const paths = [...doc.querySelectorAll('#marks path')].map((p) => p.getAttribute('d'));
    for (const m of diamonds) if (m.shape.type === 'point') expect(paths).toContain(diamondPath(m.shape));
    // Ramadi is dated to the month: a hatched bar in its lane's pattern.
    expect(doc.querySelector('#marks rect[fill^="url(#hatch-"]')).not.toBeNull();
  });

  it('writes a range before 1 CE with its eras, in the title and on the axis', () => {
    const domain: [number, number] = [Date.parse('-003499-01-01T00:00:00Z'), Date.parse('0015-01-01T00:00:00Z')];
    const words = parse(viewSvg(viewPicture(inputs(sampleDataset(), { domain }))).svg).documentElement.textContent ?? '';
    expect(words).toContain('1 January 3500 BCE – 31 December 14 CE');
    expect(words).toContain('3000 BCE');
    expect(words).toContain('1 CE');
  });

  it('keeps data as text: markup in a title or a name is escaped, never an element', () => {
    const doc0 = sampleDataset();
    const hostile = { ...doc0, title: '<script>alert(1)</script> & "Mosul" \u0001', actors: doc0.actors.map((a, i) => (i === 0 ? { ...a, name: '<img src=x>' } : a)) };
    const { svg } = viewSvg(viewPicture(inputs(hostile)));
    const doc = parse(svg);
    expect(doc.querySelectorAll('script, img, foreignObject').length).toBe(0);
    expect(doc.querySelector('title')?.textContent).toContain('<script>alert(1)</script> & "Mosul" ');
    expect(doc.documentElement.textContent).toContain('<img src=x>');
    expect(xmlText('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });

  it('follows the theme it is given: the dark surface behind the picture, its text colour for the title', () => {
    const dark = { ...LIGHT, surface: '#171a1e', fg: '#e7e9ec' };
    const doc = parse(viewSvg(viewPicture(inputs(sampleDataset(), { colors: dark }))).svg);
    expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe('#171a1e');
    expect(doc.querySelector('svg > text')?.getAttribute('fill')).toBe('#e7e9ec');
  });

  it('shades the periods in view and labels them', () => {
    const doc0 = { ...sampleDataset(), periods: [{ title: 'Caliphate at its height', start: '2014-06', end: '2016-10' }, { title: 'Before the data', start: '1990', end: '1991' }] };
    const picture = viewPicture(inputs(doc0));
    expect(picture.periods).toHaveLength(1);
    expect(picture.periods[0].x0).toBeCloseTo((800 * (Date.UTC(2014, 5, 1) - Date.UTC(2014, 0, 1))) / (Date.UTC(2025, 0, 1) - Date.UTC(2014, 0, 1)), 3);
    expect(parse(viewSvg(picture).svg).documentElement.textContent).toContain('Caliphate at its height');
  });

  it('at scale 2 is the same picture at twice the pixels', () => {
    const picture = viewPicture(inputs(sampleDataset()));
    const one = viewSvg(picture);
    const two = viewSvg(picture, { scale: 2 });
    expect([two.width, two.height]).toEqual([one.width * 2, one.height * 2]);
    const root = parse(two.svg).documentElement;
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${one.width} ${one.height}`);
  });

  it('cuts long names to their room with an ellipsis', () => {
    expect(fitText('Short', 100, 13)).toBe('Short');
    const cut = fitText('Combined Joint Task Force – Operation Inherent Resolve', 100, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(Math.floor(100 / (0.58 * 13)));
  });

  it('says where the data is, or that it was a local file', () => {
    expect(sourceLine('data/coalition.json', null, 'https://example.org/app/?q=x')).toMatch(/^Data: https:\/\/example\.org\/app\/data\/coalition\.json/);
    expect(sourceLine(null, 'harbour-log.json', 'https://example.org/')).toMatch(/^Data: harbour-log\.json \(a local file/);
  });

  it('a key event in the key is the same diamond the marks use', () => {
    const doc = parse(viewSvg(viewPicture(inputs(sampleDataset()))).svg);
    const key = pointShape(7, 0, 3);
    expect([...doc.querySelectorAll('path')].map((p) => p.getAttribute('d'))).toContain(diamondPath(key));
  });
});
