import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The guard of the message catalogue: words a reader sees or hears, written in a
 * component instead of coming from the catalogue (src/i18n/*.en.ts), cannot be
 * translated. This reads every source file under src/ with the TypeScript parser and
 * lists, by file and line, each piece of JSX text and each string literal given to an
 * attribute a reader meets (aria-label, title, placeholder, alt, ...) or written as a
 * JSX child, that holds a letter. Symbols and digits ("×", "+", "−", "↗", "2014") are
 * not words and pass; a call's arguments (t('key'), classNames) and comparisons are
 * not text.
 */

/** Attributes whose value a reader sees or a screen reader speaks. */
const SPOKEN = /^(aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|title|placeholder|alt|label)$/;
/** A word has a letter in it, in any script. */
const WORDY = /\p{L}/u;

/**
 * Files whose words are not in the catalogue yet, with how many inline pieces each
 * still has (the first paint's words: see README "Words"). The count may only go
 * down: a new inline string anywhere fails, and a file that is done must leave the list.
 */
const PENDING: Record<string, number> = {
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const root = process.cwd();

/** Every inline word of one file, as "path:line: text". */
function inlineWords(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, words: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${relative(root, file)}:${line + 1}: ${JSON.stringify(words.trim().replace(/\s+/g, ' '))}`);
  };
  /** `spoken`: inside the value of a spoken attribute or a JSX child expression. */
  const visit = (node: ts.Node, spoken: boolean): void => {
    if (ts.isJsxText(node)) {
      if (WORDY.test(node.text)) report(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      if (node.initializer) visit(node.initializer, SPOKEN.test(name));
      return;
    }
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) spoken = true;
    if (spoken) {
      // What a call is given (t('key'), a class name helper) is not shown as written.
      if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) return;
      // 'a' === b compares, it does not show.
      if (ts.isBinaryExpression(node) && /^(===|!==|==|!=|in|instanceof)$/.test(node.operatorToken.getText(source))) return;
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && WORDY.test(node.text)) report(node, node.text);
      if (ts.isTemplateExpression(node)) {
        const pieces = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
        if (pieces.some((p) => WORDY.test(p))) report(node, pieces.join('…'));
      }
      // Inside a JSX element in an expression, its own attributes and text are checked on their own terms.
      if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) spoken = false;
    }
    ts.forEachChild(node, (child) => visit(child, spoken));
  };
  visit(source, false);
  return found;
}

const sources = filesUnder(join(root, 'src')).filter((p) => /\.tsx?$/.test(p) && !/\.en\.ts$/.test(p));

describe('every word a reader meets comes from the catalogue', () => {
  const all = sources.flatMap(inlineWords);
  const byFile = new Map<string, string[]>();
  for (const hit of all) {
    const file = hit.slice(0, hit.indexOf(':'));
    byFile.set(file, [...(byFile.get(file) ?? []), hit]);
  }

  it('has no inline JSX text or spoken attribute in any file outside the pending list (file:line listed)', () => {
    const offending = [...byFile].filter(([file]) => !(file in PENDING)).flatMap(([, hits]) => hits);
    expect(offending).toEqual([]);
  });

  it('keeps the pending list honest: no file there gains inline words, and a file that is done leaves it', () => {
    const counts = Object.fromEntries(Object.keys(PENDING).map((file) => [file, byFile.get(file)?.length ?? 0]));
    expect(counts).toEqual(PENDING);
  });

  it('finds inline words where they are, and lets symbols, digits and keys through', () => {
    const file = join(root, 'tests', 'i18n', '__inlineWordsProbe.tsx');
    const probe = [
      'export const A = () => <p title="Open it" aria-label={x ? "Close" : t("ok")}>',
      '  Hello {"there"} {`${n} more`} {t("key")} × + − 2014 {k === "year" ? 1 : 2}',
      '  <input placeholder="e.g. Mosul" className="search box" />',
      '</p>;',
    ].join('\n');
    writeFileSync(file, probe);
    try {
      const hits = inlineWords(file).map((h) => h.slice(h.indexOf(':') + 1));
      expect(hits).toEqual(['1: "Open it"', '1: "Close"', '2: "Hello"', '2: "there"', '2: "… more"', '3: "e.g. Mosul"']);
    } finally {
      rmSync(file);
    }
  });
});
