// Names for Long Animation Frame script entries. The built app is minified, so a LoAF entry's
// `sourceFunctionName` is a one-letter name; its `sourceCharPosition` in the built file, read
// back through the build's source map (vite emits them), gives the original file and line, e.g.
// `src/timeline/useTimelineRenderer.ts:58 draw`.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/**
 * Returns `name(file, line, column, fn) -> label` for CPU-profile frames (0-based line and
 * column in the built file, as CDP reports them): `src/file.ts:line function` for the app's
 * code, the package name for a library (`react-dom`, `d3-array`), null for a file with no map.
 */
export function sourceNamer(distDir) {
  const maps = new Map();
  const load = (file) => {
    if (maps.has(file)) return maps.get(file);
    const path = join(distDir, 'assets', file);
    const map = existsSync(`${path}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null;
    maps.set(file, map);
    return map;
  };
  return (file, line, column) => {
    const map = load(file);
    if (!map) return null;
    const orig = map.originalPositionFor({ line: line + 1, column });
    if (!orig.source) return null;
    const lib = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(orig.source);
    if (lib) return lib[1];
    const source = orig.source.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(src\/)/, '$1');
    return `${source}:${orig.line}${orig.name ? ` ${orig.name}` : ''}`;
  };
}

/**
 * `label(node) -> name` for one CDP CPU profile's nodes, cached by node id: the app's
 * `src/file.ts:line function` or a library's name through `name` (sourceNamer), else the
 * profiler's own name ('GC' for the collector).
 */
export function profileLabeller(name) {
  const labels = new Map();
  return (node) => {
    if (labels.has(node.id)) return labels.get(node.id);
    const f = node.callFrame;
    let l = f.functionName || '(anonymous)';
    if (f.url) l = name(basename(f.url), f.lineNumber, f.columnNumber) ?? `${l}@${basename(f.url)}`;
    if (l === '(garbage collector)') l = 'GC';
    labels.set(node.id, l);
    return l;
  };
}

/**
 * Where a CPU profile's time went (CDP Profiler or the trace's ProfileChunk form: nodes with
 * children or parent, samples, timeDeltas): each sample is charged to the nearest frame up its
 * stack in the app's own code (`src/...`), so library time (react-dom, d3) counts for the app
 * function that called it; samples with no app frame are charged to their leaf (a library,
 * GC, the renderer's own work). `from`/`to` (µs on the profile's clock) limit the window.
 * Returns the sampled busy ms and the top `n` frames.
 */
export function attributeProfile(profile, name, { from = -Infinity, to = Infinity, n = 5 } = {}) {
  const nodes = new Map(profile.nodes.map((x) => [x.id, { ...x }]));
  for (const x of nodes.values()) for (const c of x.children ?? []) if (nodes.has(c)) nodes.get(c).parent ??= x.id;
  const labelOf = profileLabeller(name);
  const charge = new Map();
  const chargeOf = (id) => {
    if (charge.has(id)) return charge.get(id);
    let at = id;
    let found = null;
    while (at !== undefined) {
      const node = nodes.get(at);
      if (!node) break;
      const l = labelOf(node);
      if (l.startsWith('src/')) {
        found = l;
        break;
      }
      at = node.parent;
    }
    const c = found ?? labelOf(nodes.get(id));
    charge.set(id, c);
    return c;
  };
  const byFrame = new Map();
  let t = profile.startTime ?? 0;
  let busy = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i] ?? 0;
    const dt = timeDeltas[i + 1] ?? 0;
    if (t < from || t > to) continue;
    const c = chargeOf(samples[i]);
    if (c === '(idle)' || c === '(program)' || c === '(root)') continue;
    busy += dt;
    byFrame.set(c, (byFrame.get(c) ?? 0) + dt);
  }
  const top = [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, n).map(([where, us]) => ({ where, ms: us / 1000 }));
  return { busyMs: busy / 1000, top };
}
