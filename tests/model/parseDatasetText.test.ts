import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model/parseDatasetText';
import { validDocument } from './fixtures';
import { problemMessage } from '../../src/i18n/problemText';

describe('parseDatasetText', () => {
  it('parses and validates a valid file', () => {
    const result = parseDatasetText(JSON.stringify(validDocument()), 'data.json');
    expect(result.ok).toBe(true);
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseDatasetText(`\ufeff${JSON.stringify(validDocument())}`, 'data.json').ok).toBe(true);
  });

  it('reports a JSON syntax error at its line and column', () => {
    const text = '{\n  "version": 1,\n  "title": "x",,\n}';
    const result = parseDatasetText(text, 'data.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0].path).toBe('line 3, column 16');
      expect(problemMessage(result.problems[0])).toMatch(/^not valid JSON: /);
    }
  });

  it('reports a truncated file as a JSON problem, not an exception', () => {
    const text = JSON.stringify(validDocument()).slice(0, 200);
    const result = parseDatasetText(text, 'data.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(problemMessage(result.problems[0])).toMatch(/^not valid JSON/);
  });

  it('names an empty file by its location', () => {
    const result = parseDatasetText('  \n', 'https://example.org/d.json');
    expect(result).toMatchObject({ ok: false, problems: [{ path: '(document)' }] });
    if (!result.ok) expect(problemMessage(result.problems[0])).toBe('https://example.org/d.json is empty');
  });

  it('passes validation problems through with their paths', () => {
    const doc = validDocument();
    doc.events[0].date = '2014-13-01';
    const result = parseDatasetText(JSON.stringify(doc), 'data.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => [p.path, problemMessage(p)])).toEqual([['events[0].date', '"2014-13-01" is not a date']]);
  });
});
