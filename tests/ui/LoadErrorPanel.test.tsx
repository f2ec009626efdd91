import { render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../src/i18n/locale';
import { loadLocale } from '../../src/i18n/translator';
import type { LoadError } from '../../src/store/dataSlice';
import { problemsText, LoadErrorPanel } from '../../src/ui/LoadErrorPanel';
import { resetStores } from '../storeTestUtils';

const error: LoadError = {
  title: 'The dataset has 2 problems',
  location: 'mine.json',
  problems: [
    { path: '(document)', message: 'mine.json is empty' },
    { path: 'events[3].date', message: 'is not a date' },
  ],
};
const paths = () => screen.getAllByText((_, el) => el?.classList.contains('problem-path') ?? false).map((el) => el.textContent);

beforeAll(async () => {
  await loadLocale('ar');
});
beforeEach(() => applyLocale('en'));
afterEach(() => {
  resetStores();
  applyLocale('en');
});

describe('the failed load panel: where each problem is', () => {
  it('names a place without a path in English as it always has, and a path into the data as written', () => {
    render(<LoadErrorPanel error={error} />);
    expect(paths()).toEqual(['(document)', 'events[3].date']);
    expect(problemsText(error).split('\n').slice(3)).toEqual(['(document): mine.json is empty', 'events[3].date: is not a date']);
  });

  it('on an Arabic page names the place in Arabic and leaves the path into the data as the file has it', () => {
    applyLocale('ar');
    render(<LoadErrorPanel error={error} />);
    expect(paths()).toEqual(['(المستند)', 'events[3].date']);
    expect(problemsText(error)).toContain('(المستند): mine.json is empty');
    // The place reads as Arabic text; the path into the data and the address stay left to right, isolated.
    const [place, path] = screen.getAllByText((_, el) => el?.classList.contains('problem-path') ?? false);
    expect(place.tagName).toBe('SPAN');
    expect([path.tagName, path.getAttribute('dir')]).toEqual(['CODE', 'ltr']);
    expect(screen.getByText('mine.json').closest('code')?.getAttribute('dir')).toBe('ltr');
  });
});
