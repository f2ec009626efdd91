import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLocale, intlTag } from '../../src/i18n/locale';
import { WARMED_TAGS, warmIntlSoon } from '../../src/worker/warmIntl';

afterEach(() => {
  applyLocale('en');
  vi.restoreAllMocks();
});

describe('warmIntlSoon (the parse worker loads ICU for the page)', () => {
  it("warms exactly the tags the page's formatters use, in each of its languages", () => {
    const pageTags = (['en', 'ar'] as const).map((locale) => (applyLocale(locale), intlTag()));
    expect(WARMED_TAGS).toEqual(pageTags);
  });

  it('builds each language\'s formatters in a task of its own, after the tasks already queued', () => {
    const tasks: (() => void)[] = [];
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    warmIntlSoon((run) => tasks.push(run));
    expect(built).not.toHaveBeenCalled();
    tasks.shift()!();
    expect(new Set(built.mock.calls.map(([tag]) => tag))).toEqual(new Set([WARMED_TAGS[0]]));
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(new Set(built.mock.calls.map(([tag]) => tag))).toEqual(new Set(WARMED_TAGS));
    expect(tasks).toHaveLength(0);
  });
});
