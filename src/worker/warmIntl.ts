/*
 * ICU's locale data is the renderer's, shared by all its threads: the first Intl
 * formatter a page builds loads it (132 ms on the main thread of this project's
 * headless Chromium for a DateTimeFormat of month names; the marks' descriptions and
 * the panels after the first frame build theirs there), and once any thread has loaded
 * it the next is built in under 1 ms (measured with a worker first, 36-74 ms there).
 * So the parse worker builds the formatters the page will build, in the app's two
 * languages, while its fetch is in flight, and the page's first formatter is cheap.
 */

/** The Intl tags the page's formatters use (i18n/locale.ts intlTag), English first. */
export const WARMED_TAGS = ['en-US-u-nu-latn', 'ar-u-nu-arab'];

/** Builds and uses one of each formatter the page uses in `tag`, so its ICU data is loaded. */
function warm(tag: string): void {
  try {
    new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(0);
    new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', timeZone: 'UTC' }).format(0);
    new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(1234.5);
    new Intl.PluralRules(tag).select(2);
    new Intl.Collator(tag, { sensitivity: 'base', numeric: true }).compare('a', 'b');
  } catch {
    // An engine without one of these: the page builds its own, as it would have anyway.
  }
}

/**
 * Loads ICU's data for the page's languages, one language per task (`later` schedules
 * each after the tasks already queued, so the load request's own work comes first).
 */
export function warmIntlSoon(later: (run: () => void) => void = (run) => setTimeout(run, 0)): void {
  const next = (k: number) => {
    if (k >= WARMED_TAGS.length) return;
    later(() => {
      warm(WARMED_TAGS[k]);
      next(k + 1);
    });
  };
  next(0);
}
