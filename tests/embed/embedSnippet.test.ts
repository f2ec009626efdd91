import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/embed/embedSnippet';

describe('the embed snippet', () => {
  it('embeds the view on screen: the same parameters plus embed=1', () => {
    expect(embedUrl('https://example.org/timeline/?actors=us,iran&from=2023-10-01&to=2024-02-01#x')).toBe(
      'https://example.org/timeline/?actors=us,iran&from=2023-10-01&to=2024-02-01&embed=1',
    );
  });

  it('is a full-width iframe with a title, and resizes only the frame that reports its height', () => {
    const snippet = embedSnippet('https://example.org/?story=3', 'Coalition "timeline" <draft>');
    const frame = snippet.split('\n')[0];
    expect(frame).toMatch(/^<iframe src="https:\/\/example\.org\/\?story=3&amp;embed=1"/);
    expect(frame).toContain('title="Coalition &quot;timeline&quot; &lt;draft>"');
    expect(frame).toContain('width="100%"');
    expect(snippet).toContain('f.contentWindow===e.source');
    expect(snippet).toContain('"coalition-timeline:height"');
  });
});
