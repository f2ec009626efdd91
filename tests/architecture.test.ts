import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const code = (file: string) =>
  // Comments may talk about "the document" or "fetch"; only code counts.
  readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

const sourceFiles = (dir: string) =>
  filesUnder(join(root, dir))
    .filter((p) => /\.tsx?$/.test(p) && !p.endsWith('.d.ts'))
    .map((p) => relative(root, p));

/** Pure modules: the model, the formats and load sequence in src/io, the words (src/i18n), every layout file, the exporters' writers. */
const pureFiles = [
  ...sourceFiles('src/model'),
  ...sourceFiles('src/io'),
  ...sourceFiles('src/i18n'),
  ...sourceFiles('src').filter((p) => /[/\\]layout[A-Z]\w*\.ts$/.test(p)),
  ...sourceFiles('src/timeline/laneLayout'),
  'src/timeline/markShapes.ts',
  // The exporters' pure parts: what the export menu turns into files.
  'src/export/datasetJson.ts',
  'src/export/eventsCsv.ts',
  'src/export/viewPicture.ts',
  'src/export/viewSvg.ts',
];

const forbidden: [RegExp, string][] = [
  [/from\s+['"]react(-dom)?(\/[^'"]*)?['"]/, 'imports React'],
  [/from\s+['"]d3-(selection|zoom|brush|axis)['"]/, 'imports a DOM-touching d3 module'],
  [/\b(document|window)\.\w/, 'touches the DOM'],
  [/\bfetch\s*\(|\bXMLHttpRequest\b/, 'reaches the network'],
  [/\bnew\s+(Shared)?Worker\b|\bpostMessage\s*\(|\bself\.\w/, 'creates or speaks as a worker'],
  // Not a property of the same name (file.location): the globals only.
  [/(?<![\w.])(location|history|navigator)\.\w/, 'reads the page address or the browser'],
  [/\b(localStorage|sessionStorage|indexedDB)\b/, 'touches browser storage'],
];

/** The folders of src/ a file is in, by its first segment ("model", "io", ...); top-level files are "app". */
const layerOf = (file: string) => {
  const parts = file.split(/[/\\]/);
  return parts.length > 2 ? parts[1] : 'app';
};

/** Every relative import of a file, as the src/ folder it lands in. */
function importedLayers(file: string): { spec: string; layer: string }[] {
  const text = code(file);
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|new URL\(\s*)['"](\.[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((spec) => ({ spec, layer: layerOf(relative(root, resolve(root, dirname(file), spec))) }));
}

/**
 * The loading side reads one way: store -> load (the loaders: Worker, fetch of the
 * default address, the main-thread stand-in) -> worker (reads sources, runs the
 * sequence) -> io (formats, the sequence, errors, progress: pure) -> model.
 * Each folder lists what it may import besides itself.
 */
const mayImport: Record<string, string[]> = {
  // src/i18n (the message catalogue and the Intl formatters) is pure and gives every layer its words;
  // it reads the model's types and date fields, nothing above.
  i18n: ['model'],
  model: ['i18n'],
  io: ['model', 'i18n'],
  worker: ['io', 'model', 'i18n'],
  load: ['worker', 'io', 'model', 'i18n'],
};

describe('architecture', () => {
  it('finds the pure modules it guards, including the formats and the load sequence', () => {
    expect(pureFiles).toContain(join('src', 'io', 'loadSequence.ts'));
    expect(pureFiles).toContain(join('src', 'io', 'formats', 'v1Json.ts'));
    expect(pureFiles.length).toBeGreaterThan(20);
  });

  it('checks the words as pure, since every layer may import them', () => {
    expect(pureFiles).toContain(join('src', 'i18n', 'messages.en.ts'));
    expect(pureFiles).toContain(join('src', 'i18n', 'format.ts'));
    expect(pureFiles).toEqual(expect.arrayContaining(sourceFiles('src/i18n')));
  });

  it.each(pureFiles.map((p) => [p]))('%s is pure: no React, DOM, network, worker, address or storage', (file) => {
    const text = code(file);
    for (const [pattern, what] of forbidden) {
      expect(pattern.test(text), `${file} ${what}`).toBe(false);
    }
  });

  const layered = Object.keys(mayImport).flatMap((layer) => sourceFiles(`src/${layer}`));
  it.each(layered.map((p) => [p]))('%s imports only the layers below it', (file) => {
    const layer = layerOf(file);
    for (const { spec, layer: target } of importedLayers(file)) {
      if (target === layer) continue;
      expect(mayImport[layer], `${file} imports ${spec} (${target})`).toContain(target);
    }
  });

  it('catches an import that runs the wrong way', () => {
    // The check above would pass vacuously if it found no imports: make sure it sees them.
    const imports = importedLayers(join('src', 'load', 'loadDataset.ts')).map((i) => i.layer);
    expect(imports).toContain('io');
    expect(mayImport.io).not.toContain('worker');
  });

  it('no source file uses dangerouslySetInnerHTML', () => {
    const offenders = filesUnder(join(root, 'src')).filter((p) =>
      readFileSync(p, 'utf8').includes('dangerouslySetInnerHTML'),
    );
    expect(offenders).toEqual([]);
  });
});
