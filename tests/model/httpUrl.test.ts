import { describe, expect, it } from 'vitest';
import { httpUrl, RELATIVE_BASE } from '../../src/model/httpUrl';

describe('httpUrl', () => {
  it('accepts absolute http and https addresses', () => {
    expect(httpUrl('https://www.thenationalnews.com/a?b=1')?.href).toBe('https://www.thenationalnews.com/a?b=1');
    expect(httpUrl('HTTP://example.org')?.hostname).toBe('example.org');
  });

  it('refuses other schemes, relative paths and what does not parse when no base is given', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'blob:https://x/1', '/data.json', 'http:example.com', 'https://', ' ']) {
      expect(httpUrl(bad), bad).toBeNull();
    }
  });

  it('resolves relative addresses against a base, still refusing other schemes', () => {
    expect(httpUrl('data/x.json', 'https://site.example/app/')?.href).toBe('https://site.example/app/data/x.json');
    expect(httpUrl('data/x.json', RELATIVE_BASE)).not.toBeNull();
    expect(httpUrl('javascript:alert(1)', RELATIVE_BASE)).toBeNull();
    expect(httpUrl('file:///x.json', 'https://site.example/')).toBeNull();
  });
});
