import { describe, expect, it } from 'vitest';
import { headerKey, recalledMapping, rememberMapping } from '../../src/open/mappingMemory';

/** localStorage's interface over a Map. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('mapping memory', () => {
  it('recalls the mapping confirmed for the same headers, in any order', () => {
    const store = memoryStorage();
    rememberMapping(['when', 'what', 'who'], { date: 'when', title: 'what', actors: ['who'] }, store);
    expect(recalledMapping(['who', 'when', 'what'], store)).toEqual({ date: 'when', title: 'what', actors: ['who'] });
  });

  it('recalls nothing for other headers, or a stored mapping that names a column no longer there', () => {
    const store = memoryStorage();
    rememberMapping(['when', 'what'], { date: 'when', title: 'what' }, store);
    expect(recalledMapping(['when', 'what', 'where'], store)).toBeNull();
    store.setItem(headerKey(['when', 'what']), JSON.stringify({ date: 'gone', title: 'what' }));
    expect(recalledMapping(['when', 'what'], store)).toBeNull();
    store.setItem(headerKey(['when', 'what']), '{not json');
    expect(recalledMapping(['when', 'what'], store)).toBeNull();
  });

  it('works without storage (private mode): nothing is recalled, nothing throws', () => {
    expect(() => rememberMapping(['a'], { date: 'a', title: 'a' }, null)).not.toThrow();
    expect(recalledMapping(['a'], null)).toBeNull();
  });
});
