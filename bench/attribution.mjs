// Names for Long Animation Frame script entries. The built app is minified, so a LoAF entry's
// `sourceFunctionName` is a one-letter name; its `sourceCharPosition` in the built file, read
// back through the build's source map (vite emits them), gives the original file and line, e.g.
// `src/timeline/useTimelineRenderer.ts:58 draw`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

/** Returns `name(script) -> readable label`, caching one consumer per built file. */
export function scriptNamer(distDir) {
  const files = new Map();
  const load = (src) => {
    if (files.has(src)) return files.get(src);
    let entry = null;
    const file = join(distDir, 'assets', src);
    if (src && existsSync(file) && existsSync(`${file}.map`)) {
      const code = readFileSync(file, 'utf8');
      const lineStarts = [0];
      for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
      entry = { lineStarts, map: new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) };
    }
    files.set(src, entry);
    return entry;
  };
  return (script) => {
    const base = script.fn || script.invoker || '(anonymous)';
    const entry = load(script.src);
    if (!entry || !(script.pos >= 0)) return script.src ? `${base}@${script.src}` : `${script.invoker || base}`;
    let line = 0;
    while (line + 1 < entry.lineStarts.length && entry.lineStarts[line + 1] <= script.pos) line++;
    const orig = entry.map.originalPositionFor({ line: line + 1, column: script.pos - entry.lineStarts[line] });
    if (!orig.source) return `${base}@${script.src}`;
    const source = orig.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
    return `${source}:${orig.line}${orig.name ? ` ${orig.name}` : ''}`;
  };
}
