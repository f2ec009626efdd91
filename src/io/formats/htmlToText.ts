/*
 * Imported HTML (TimelineJS text, vis-timeline content) becomes plain text here,
 * in the worker, where there is no DOM for DOMPurify to run in. The app shows all
 * text as text (docs/dataset.md "Text"), so nothing in a file can inject markup,
 * scripts or handlers: the tags are dropped, block ends become line breaks, and
 * character references are decoded so "&amp;" reads "&". A link keeps its label
 * and, when its href is http(s), the address in brackets, so it is not lost.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', copy: '\u00a9',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', ouml: '\u00f6', uuml: '\u00fc',
  auml: '\u00e4', ccedil: '\u00e7', iacute: '\u00ed', oacute: '\u00f3', uacute: '\u00fa', ntilde: '\u00f1',
  deg: '\u00b0', middot: '\u00b7', bull: '\u2022', times: '\u00d7', laquo: '\u00ab', raquo: '\u00bb',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Lone surrogates and out-of-range code points stay as written rather than throw.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** True when `s` looks like it holds markup or character references worth converting. */
export function looksLikeHtml(s: string): boolean {
  return /<[a-z/!]|&(#?\w+);/i.test(s);
}

/**
 * Plain text of an HTML fragment: tags removed (script and style with their content),
 * `<br>`, `</p>`, `</div>`, `</li>` as line breaks, links as "label (https://...)",
 * entities decoded, runs of spaces collapsed. Never throws; text without markup is
 * returned trimmed.
 */
export function htmlToText(html: string): string {
  if (!looksLikeHtml(html)) return html.trim();
  let s = html.replace(/<(script|style|template|iframe|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, '');
  s = s.replace(/<!--[\s\S]*?(-->|$)/g, '');
  s = s.replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_, attrs: string, label: string) => {
    const m = HREF.exec(attrs);
    const href = m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
    const text = label.replace(/<[^>]*>/g, '').trim();
    if (!/^https?:\/\//i.test(href) || decodeEntities(text) === href) return label;
    return `${label} (${href})`;
  });
  s = s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n');
  s = s.replace(/<\/?[a-z!][^>]*(>|$)/gi, '');
  s = decodeEntities(s);
  return s
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
