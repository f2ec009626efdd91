import { describe, expect, it } from 'vitest';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { validateDataset } from '../../src/model/validate';
import { validateStory } from '../../src/model/validateStory';
import { problemMessage } from '../../src/i18n/problemText';
import { validDocument } from './fixtures';

const ids = (list: Record<string, unknown>[]) => new Set(list.map((x) => x.id as string));

function check(story: unknown) {
  const doc = validDocument();
  const events = ids(doc.events);
  const result = validateStory(story, { events: (id) => events.has(id), actors: ids(doc.actors), categories: ids(doc.categories), sources: ids(doc.sources), languages: new Set(['ar']) });
  return result.ok ? { ok: true as const, story: result.steps } : { ok: false as const, problems: result.problems.map((p) => `${p.path}: ${problemMessage(p)}`) };
}

describe('the story (docs/dataset.md, "Story")', () => {
  it('keeps event steps and cited date-range steps with their views, in order', () => {
    const story = [
      { event: 'fall-of-mosul', narration: 'Mosul falls.' },
      {
        from: '2023-10',
        to: '2024-01',
        title: 'Attacks',
        narration: 'Attacks rise.',
        sources: [{ source: 'src-a', quote: 'more than 150 attacks' }],
        view: { from: '2023-09', to: '2024-02', actors: ['us'], categories: ['diplomacy'] },
      },
      { event: 'talks', title: 'The talks', narration: 'Talks begin.', sources: [{ source: 'src-b' }] },
    ];
    expect(check(story)).toEqual({ ok: true, story });
  });

  it('travels with the document as written, so a broken story never costs the events; a document may have none', () => {
    const story = [{ event: 'nowhere', narration: 'x' }];
    const result = validateDataset({ ...validDocument(), story });
    expect(result.ok).toBe(true);
    if (result.ok) expect(createInMemoryDataset(result.dataset).meta.story).toEqual(story);
    const none = validateDataset(validDocument());
    expect(none.ok && none.dataset.story).toBeUndefined();
  });

  it('names the step of an unknown event id', () => {
    expect(check([{ event: 'fall-of-mosul', narration: 'a' }, { event: 'talks-round-1', narration: 'b' }])).toEqual({
      ok: false,
      problems: ['story[1].event: unknown event "talks-round-1"'],
    });
  });

  it('names the path and the fault of every other problem', () => {
    const result = check([
      { narration: 'no anchor' },
      { event: 'talks', from: '2024', narration: 'both' },
      { from: '2024-13', title: 'T', narration: 'x', sources: [{ source: 'src-a' }] },
      { from: '2024', narration: 'no title, no sources' },
      { from: '2024-02', to: '2024-01', title: 'T', narration: 'x', sources: [{ source: 'reuters' }] },
      { event: 'talks', narration: 'x'.repeat(613) },
      { event: 'talks', narration: '' },
      { event: 'talks', narration: 'x', view: { actors: ['mars'], categories: ['war'], zoom: 2 } },
      { event: 'talks', narration: 'x', zoom: 2 },
      'a step',
    ]);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : [...result.problems].sort()).toEqual(
      [
        'story[0]: needs "event" (an event id) or "from" (a date range)',
        'story[1]: has both "event" and "from"/"to": a step is about one or the other',
        'story[2].from: "2024-13" is not a date',
        'story[3].title: is required for a date-range step',
        'story[3].sources: must cite at least one source for a date-range step',
        'story[4].to: is before "from" (2024-02)',
        'story[4].sources[0].source: unknown source "reuters"',
        'story[5].narration: must be at most 600 characters (has 613)',
        'story[6].narration: must not be empty',
        'story[7].view.zoom: unknown key',
        'story[7].view.actors[0]: unknown actor "mars"',
        'story[7].view.categories[0]: unknown category "war"',
        'story[8].zoom: unknown key',
        'story[9]: must be an object',
      ].sort(),
    );
  });

  it('keeps a step\'s title and narration translated into a declared language', () => {
    const story = [
      { event: 'talks', narration: 'Talks begin.', translations: { ar: { narration: 'تبدأ المحادثات.' } } },
      { from: '2024', title: 'Attacks', narration: 'x', sources: [{ source: 'src-a' }], translations: { ar: { title: 'الهجمات', narration: 'س' } } },
    ];
    expect(check(story)).toEqual({ ok: true, story });
  });

  it('names the path and the fault of a bad story translation', () => {
    const result = check([
      { event: 'talks', narration: 'a', translations: { fr: { narration: 'b' } } },
      { event: 'talks', narration: 'a', translations: { ar: { narration: '', quote: 'c' } } },
      { event: 'talks', narration: 'a', translations: { ar: { narration: 'ب'.repeat(601) } } },
      { event: 'talks', narration: 'a', translations: { ar: { title: 'عنوان', narration: 'ب' } } },
      { from: '2024', title: 'T', narration: 'a', sources: [{ source: 'src-a' }], translations: { ar: { title: 'ع'.repeat(121), narration: 7 } } },
      { event: 'talks', narration: 'a', translations: 'ar' },
    ]);
    expect(result.ok ? [] : [...result.problems].sort()).toEqual(
      [
        'story[0].translations.fr: is not declared in "translations"',
        'story[1].translations.ar.narration: must not be empty',
        'story[1].translations.ar.quote: unknown key',
        'story[2].translations.ar.narration: must be at most 600 characters (has 601)',
        'story[3].translations.ar.title: the step has no title of its own to translate (it shows its event’s title, translated with the event)',
        'story[4].translations.ar.title: must be at most 120 characters (has 121)',
        'story[4].translations.ar.narration: must be a string',
        'story[5].translations: must be an object',
      ].sort(),
    );
  });

  it('when present is a list of at least one step', () => {
    expect(check({ steps: [] })).toEqual({ ok: false, problems: ['story: must be a list'] });
    expect(check([])).toEqual({ ok: false, problems: ['story: must have at least one step'] });
  });
});
