import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Pure modules: the model, importers/exporters and every layout file. */
const pureFiles = [
  ...filesUnder(join(root, 'src/model')),
  ...filesUnder(join(root, 'src/io')),
  ...filesUnder(join(root, 'src')).filter((p) => /[/\\]layout[A-Z]\w*\.ts$/.test(p)),
].filter((p) => /\.ts$/.test(p) && !p.endsWith('.d.ts'));

const forbidden: [RegExp, string][] = [
  [/from\s+['"]react(-dom)?(\/[^'"]*)?['"]/, 'imports React'],
  [/from\s+['"]d3-(selection|zoom|brush|axis)['"]/, 'imports a DOM-touching d3 module'],
  [/\b(document|window)\.\w/, 'touches the DOM'],
];

describe('architecture', () => {
  it('finds the pure modules it guards', () => {
    expect(pureFiles.length).toBeGreaterThan(3);
  });

  it.each(pureFiles.map((p) => [relative(root, p)]))('%s neither imports React nor touches the DOM', (file) => {
    // Comments may talk about "the document"; only code counts.
    const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const [pattern, what] of forbidden) {
      expect(pattern.test(text), `${file} ${what}`).toBe(false);
    }
  });

  it('no source file uses dangerouslySetInnerHTML', () => {
    const offenders = filesUnder(join(root, 'src')).filter((p) =>
      readFileSync(p, 'utf8').includes('dangerouslySetInnerHTML'),
    );
    expect(offenders).toEqual([]);
  });
});
