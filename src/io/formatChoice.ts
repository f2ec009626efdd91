import type { ColumnMapping, FormatId, FormatInput, ImportFormat, ImportResult, TablePreview } from './formats/importFormat';
import type { StepProgress } from './loadProgress';
import { detectFormat, FORMAT_NAME_VALUES, FORMATS, formatEntry, type FormatEntry } from './formats/registry';
import { importWords } from './formats/importFailure';
import type { ImportsKey } from '../i18n/imports.en';
import { emptyFile } from './emptyFile';
import { decodeText, SAMPLE_BYTES, fileNameOf, problemsOf, sampleOf, type Converted, type ParseChoice, type ParseFailure, type SniffResult, type StagedFile } from './loadSequence';

/*
 * Choosing a format among all the registry's, and the sniff that comes before a
 * mapping: a chunk of its own, which the worker loads only for a file that is not
 * plainly v1 JSON, so the default dataset's load carries none of it.
 */

function unknownFormat(location: string): ParseFailure {
  return {
    ok: false,
    title: importWords('unknownFormatTitle'),
    problems: [{ path: '(document)', ...importWords('unknownFormat', { location, ...FORMAT_NAME_VALUES }, { formats: FORMATS.map((f) => f.name) }) }],
  };
}

/** "The file could not be read as ACLED (CSV)", in the reader's words, with the format's problems. */
function notReadAs(format: ImportFormat, error: unknown): ParseFailure {
  return { ok: false, title: importWords('notReadAsTitle', FORMAT_NAME_VALUES, { format: nameOf(format) }), problems: problemsOf(error) };
}

/** A format module's name in the catalogue (every module is the registry's). */
function nameOf(format: ImportFormat): ImportsKey {
  const entry = formatEntry(format.id);
  if (!entry) throw new Error(`The format registry does not list "${format.id}"`);
  return entry.name;
}

/** The format to read a file with: the user's choice, else the registry's detection. */
export async function chooseFormat(file: StagedFile, { format: chosen }: ParseChoice): Promise<ImportFormat | ParseFailure> {
  if (chosen) {
    const entry: FormatEntry | undefined = formatEntry(chosen);
    if (!entry) return { ok: false, title: importWords('noSuchFormatTitle'), problems: [{ path: '(format)', ...importWords('noSuchFormat', { format: chosen }) }] };
    return entry.load();
  }
  const { format } = await detectFormat(sampleOf(file));
  return format ?? unknownFormat(file.location);
}

export async function guessMapping(format: ImportFormat, file: StagedFile): Promise<ColumnMapping | ParseFailure> {
  const preview = await previewOf(format, file);
  if ('ok' in preview) return preview;
  if (preview.guessedMapping) return preview.guessedMapping;
  return {
    ok: false,
    title: importWords('needsMappingTitle'),
    problems: [{ path: '(columns)', ...importWords('noDateGuess', { location: file.location }) }],
  };
}

async function previewOf(format: ImportFormat, file: StagedFile): Promise<TablePreview | ParseFailure> {
  if (!format.preview) return { ok: false, problems: [{ path: '(format)', ...importWords('noPreview', FORMAT_NAME_VALUES, { format: nameOf(format) }) }] };
  // The preview reads the file without consuming it: the full parse follows.
  const input = formatInput({ location: file.location, bytes: file.bytes }, format);
  if ('ok' in input) return input;
  try {
    return await format.preview(input);
  } catch (error) {
    return notReadAs(format, error);
  }
}

/**
 * The first look at a file, before the full parse: which format it seems to be (or
 * the one the user chose), and for tables that need a mapping, the first rows and
 * the guessed mapping. The bytes stay staged for the parse that follows.
 */
export async function sniffFile(file: StagedFile, chosen?: FormatId): Promise<SniffResult> {
  const size = file.bytes?.byteLength ?? 0;
  const { format: detected, scores } = await detectFormat(sampleOf(file));
  const entry = chosen ? formatEntry(chosen) : undefined;
  const format = entry ? await entry.load() : detected;
  const base = { format: format?.id ?? null, scores, size, needsMapping: !!format?.needsMapping, preview: null };
  const failure = size === 0 || (size <= SAMPLE_BYTES && !/\S/.test(sampleOf(file).text)) ? emptyFile(file.location) : !format ? unknownFormat(file.location) : null;
  if (failure) return { ...base, title: failure.title, problems: failure.problems };
  if (!format) return base;
  if (!format.needsMapping) return base;
  const preview = await previewOf(format, file);
  return 'ok' in preview ? { ...base, title: preview.title, problems: preview.problems } : { ...base, preview };
}

/** The whole file as the format wants it; text formats get it decoded once, and the bytes go. */
function formatInput(file: StagedFile, format: ImportFormat): FormatInput | ParseFailure {
  const bytes = file.bytes ?? new Uint8Array(0);
  const fileName = fileNameOf(file.location);
  if (format.binary) {
    if (bytes.byteLength === 0) return emptyFile(file.location);
    // The format gets exactly the file's bytes, not a larger buffer they were read into.
    const exact = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    return { fileName, bytes: exact as ArrayBuffer };
  }
  const text = decodeText(file);
  if (!/\S/.test(text)) return emptyFile(file.location);
  return { fileName, text };
}

/**
 * Any format's way from bytes to a v1 document: the format chosen or detected, the
 * mapping confirmed or guessed, the conversion with byte and row progress. A file
 * that fails as a whole comes back as problems under the format's name.
 */
export async function convertFile(
  file: StagedFile,
  choice: ParseChoice,
  onProgress: (p: StepProgress) => void,
  signal?: AbortSignal,
): Promise<Converted | ParseFailure> {
  const size = file.bytes?.byteLength ?? 0;
  const format = await chooseFormat(file, choice);
  if ('ok' in format) return format;
  let mapping = choice.mapping;
  if (format.needsMapping && !mapping) {
    // The dialog confirms a mapping first; a load straight from a URL takes the guess.
    const guessed = await guessMapping(format, file);
    if ('ok' in guessed) return guessed;
    mapping = guessed;
  }
  const input: FormatInput | ParseFailure = formatInput(file, format);
  if ('ok' in input) return input;
  let result: ImportResult;
  try {
    result = await format.convert(input, {
      mapping,
      signal,
      onProgress: ({ bytes, rows }) =>
        onProgress({ phase: 'parse', fraction: size ? bytes / size : null, events: rows, bytes: { received: bytes, total: size }, rows }),
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return notReadAs(format, error);
  }
  return { ...result, format: format.id };
}
