import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { timeMoveForKey, type TimeDirection } from '../axis/keymap';
import { shownSpan } from '../axis/shownSpan';
import { apartWords, eventLastedWords } from '../model/durationWords';
import type { LoadedDataset } from '../model/loadedDataset';
import { parsePartialDate } from '../model/partialDate';
import { formatDateRange } from '../i18n/formatDate';
import type { Citation, Problem, Source, StoryStep, TimelineEvent } from '../model/types';
import { validateStory, type StoryResult } from '../model/validateStory';
import { appStore, useAppStore } from '../store/appStore';
import { datasetLookups } from '../ui/datasetLookups';
import { useEscape } from '../ui/escapeStack';
import { SourceList } from '../ui/SourceList';
import { PHONE_QUERY, useMediaQuery } from '../ui/useMediaQuery';
import { applyStoryStep, stepMoment, stepRow } from './storyStepView';
import './story.css';
import { CloseButton } from '../ui/CloseButton';
import { useModalDialog } from '../ui/useModalDialog';
import { t } from '../i18n/story.en';
import { documentTranslation, eventTranslation, localTitle, stepTranslation } from '../i18n/localized';
import { TranslationNote } from '../ui/TranslationNote';
import { QuotedText } from '../ui/QuotedText';

/** Props of StoryPanel. */
export interface StoryPanelProps {
  dataset: LoadedDataset;
}

/** Id of the toolbar's "Story" button (ViewActions.tsx), where focus goes back when the story closes. */
const STORY_BUTTON_ID = 'story-button';

/** The troop figures of a moment, for the phone, where the chart is out of sight: from the chart's own chunk. */
const FiguresAt = lazy(() => import('../troops/TroopChart').then((m) => ({ default: m.FiguresAt })));

/** How far a swipe must travel sideways to change step, px. */
const SWIPE_PX = 50;

/** Which way time runs where `el` sits: its nearest `dir` (an Arabic page runs right to left). */
const directionOf = (el: Element | null): TimeDirection =>
  (el ?? document.documentElement).closest('[dir]')?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';

/** The step's event as written (sources, quotes, end date), read from the dataset. */
function useStepEvent(dataset: LoadedDataset, row: number): TimelineEvent | null {
  const [loaded, setLoaded] = useState<{ row: number; event: TimelineEvent } | null>(null);
  useEffect(() => {
    if (row < 0) return;
    let live = true;
    dataset.getEvent(row).then(
      (event) => live && setLoaded({ row, event }),
      // The narration stands without them: the sources are listed once the event is read.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [dataset, row]);
  return loaded?.row === row ? loaded.event : null;
}

/** Who the citations are from, each publisher once: "The National, Rudaw, AFP". */
function publishers(citations: readonly Citation[], sourceById: ReadonlyMap<string, Source>): string {
  return [...new Set(citations.map((c) => sourceById.get(c.source)?.publisher ?? c.source))].join(', ');
}

/**
 * A full-screen modal layer on a phone: the story is all there is to look at, the
 * page behind is inert, Escape (the dialog's cancel) closes it.
 */
function FullScreen({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  // Leaving the story puts focus on the event it left selected (StorySteps), not back here.
  useModalDialog(ref, { returnFocus: false });
  return (
    <dialog
      ref={ref}
      className="story-screen"
      aria-labelledby={label}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/**
 * The guided story: one step at a time, each showing its moment in the timeline (and
 * the troop chart, which shares the time axis), its narration and the sources it is
 * drawn from. Previous/Next, the arrow keys while the story has focus (through the one
 * keymap, so right to left they turn round), a swipe on a phone, where it fills the
 * screen; Escape or Close back to free exploration where the story left off. The step
 * is in the store, and so in the URL (`?story=N`); this panel shows it.
 */
export function StoryPanel({ dataset }: StoryPanelProps) {
  const checked = checkedStory(dataset);
  return checked.ok ? <StorySteps dataset={dataset} steps={checked.steps} /> : <StoryProblems problems={checked.problems} />;
}

const checked = new WeakMap<LoadedDataset, StoryResult>();

/** The dataset's story, checked once against its own ids. */
function checkedStory(dataset: LoadedDataset): StoryResult {
  let result = checked.get(dataset);
  if (!result) {
    const { meta } = dataset;
    result = validateStory(meta.story, {
      events: (id) => dataset.text.indexOf(id) >= 0,
      actors: new Set(meta.actors.map((a) => a.id)),
      categories: new Set(meta.categories.map((c) => c.id)),
      sources: new Set(meta.sources.map((s) => s.id)),
      languages: new Set(Object.keys(meta.translations ?? {})),
    });
    checked.set(dataset, result);
  }
  return result;
}

/** A story that does not check out: what is wrong with it, each problem with its path. The events are untouched. */
function StoryProblems({ problems }: { problems: readonly Problem[] }) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const close = () => appStore.getState().setStoryStep(null);
  useEscape(close, true);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} className="story" role="alert" aria-labelledby={headingId} tabIndex={-1}>
      <div className="story-head">
        <h2 id={headingId} className="story-title">
          {t('storyCannotShow')}
        </h2>
        <CloseButton label={t('storyClose')} onClick={close} />
      </div>
      <p>{t('storyHasProblems', { count: problems.length })}</p>
      <ul className="story-problems">
        {problems.map((p) => (
          <li key={`${p.path}: ${p.message}`}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The story's steps, one at a time. */
function StorySteps({ dataset, steps }: StoryPanelProps & { steps: readonly StoryStep[] }) {
  const index = Math.min(useAppStore((s) => s.storyStep) ?? 0, steps.length - 1);
  const step = steps[index];
  const row = stepRow(step, dataset);
  const event = useStepEvent(dataset, row);
  const lookups = datasetLookups(dataset);
  // Full screen on a phone; not in an embed, whose frame grows to what it shows (a full-screen layer would grow it without end).
  const embed = useAppStore((s) => s.embed);
  const phone = useMediaQuery(PHONE_QUERY, false) && !embed;
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const shownOnce = useRef(false);
  const swipe = useRef<{ x: number; y: number } | null>(null);

  // Each step is one call to the span's owner. The first (a link or a reload opening at
  // this step) lands at once; the reader's next steps ease there.
  useEffect(() => {
    const selection = applyStoryStep(appStore, shownSpan, dataset, step, shownOnce.current);
    shownOnce.current = true;
    // The reader picking another event on the timeline is exploring freely: the story steps aside.
    return appStore.subscribe((s, previous) => {
      if (s.selectedId !== previous.selectedId && s.selectedId !== selection && s.storyStep !== null) s.setStoryStep(null);
    });
  }, [dataset, step]);

  // Opening the story takes the reader there, so the arrow keys work at once; closing
  // it gives focus back to the Story button.
  useEffect(() => {
    panelRef.current?.focus({ preventScroll: phone });
    const panel = panelRef.current;
    return () => {
      const active = document.activeElement;
      if (!active || active === document.body || panel?.contains(active)) document.getElementById(STORY_BUTTON_ID)?.focus();
    };
    // Once per opening: a phone turned on its side keeps the focus where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const go = (to: number) => {
    if (to >= 0 && to < steps.length && to !== index) appStore.getState().setStoryStep(to);
  };
  const close = () => appStore.getState().setStoryStep(null);
  // On a phone the dialog's own cancel is Escape.
  useEscape(close, !phone);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const move = timeMoveForKey(e.key, directionOf(panelRef.current));
    if (move !== 'earlier' && move !== 'later') return;
    // Here the arrows step through the story, not through the page.
    e.preventDefault();
    go(move === 'later' ? index + 1 : index - 1);
  };

  // The page's direction for the arrows drawn; a key or a swipe reads it where it happens.
  const rtl = directionOf(null) === 'rtl';
  // The step's own words and its event's title in the reader's language where the
  // dataset translates them; what stays as written is marked with the language it was
  // written in (the declaration's `from`), and a translation with the note saying who made it.
  const declared = documentTranslation(dataset.meta);
  const original = declared?.from;
  const translated = stepTranslation(step);
  const eventTitleTranslated = event ? eventTranslation(event)?.title : undefined;
  const eventTitle = event ? (eventTitleTranslated ?? event.title) : row >= 0 ? localTitle(dataset, row) : '';
  const title = step.title !== undefined ? (translated?.title ?? step.title) : eventTitle;
  const titleAsWritten = step.title !== undefined ? !translated?.title : event !== null && !eventTitleTranslated;
  const narration = translated?.narration ?? step.narration;
  const when = row >= 0 ? (event ? formatDateRange(event.date, event.end) : '') : step.from ? formatDateRange(step.from, step.to) : '';
  const lasted = row >= 0 ? (event ? eventLastedWords(event.date, event.end) : '') : step.from ? eventLastedWords(step.from, step.to) : '';
  const previous = index > 0 ? stepMoment(steps[index - 1], dataset) : null;
  const moment = stepMoment(step, dataset);
  const since = previous && moment ? apartWords(previous, moment) : '';
  const citations: Citation[] = [...(event?.sources ?? []), ...(step.sources ?? [])];
  const last = index === steps.length - 1;
  // A range step sums up the time up to its end: the figures then.
  const figuresAt = row >= 0 ? dataset.columns.start[row] : (parsePartialDate(step.to ?? step.from ?? '')?.start ?? null);

  const panel = (
    <section
      ref={panelRef}
      className="story"
      aria-labelledby={headingId}
      aria-roledescription={t('storyRole')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        if (e.pointerType !== 'mouse') swipe.current = { x: e.clientX, y: e.clientY };
      }}
      onPointerUp={(e) => {
        const start = swipe.current;
        swipe.current = null;
        if (!start) return;
        const dx = e.clientX - start.x;
        if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 1.5 * Math.abs(e.clientY - start.y)) return;
        // Pages turn like a book's: a swipe towards the start of the line brings the next step.
        go((dx < 0) !== (directionOf(panelRef.current) === 'rtl') ? index + 1 : index - 1);
      }}
      onPointerCancel={() => {
        swipe.current = null;
      }}
    >
      <div className="story-head">
        <p className="story-kicker">
          {t('storyKicker')} <span className="story-counter">{t('storyCounter', { step: index + 1, count: steps.length })}</span>
        </p>
        <CloseButton label={t('storyCloseExplore')} onClick={close} />
      </div>
      <div className="story-progress" aria-hidden="true">
        <div className="story-progress-done" style={{ inlineSize: `${((index + 1) / steps.length) * 100}%` }} />
      </div>
      <h2 id={headingId} className="story-title" lang={titleAsWritten ? original : undefined}>
        {title}
      </h2>
      {(when || since) && (
        <p className="story-when">
          {when && <span>{when}</span>}
          {lasted && <span className="after-dot">{lasted}</span>}
          {since && <span className="after-dot">{since}</span>}
        </p>
      )}
      <p className="story-narration" lang={translated?.narration ? undefined : original}>
        <QuotedText text={narration} quotesLang={translated?.narration ? original : undefined} />
      </p>
      {translated?.narration && declared && <TranslationNote translation={declared} />}
      {phone && figuresAt !== null && (
        <Suspense fallback={null}>
          <FiguresAt dataset={dataset} at={figuresAt} />
        </Suspense>
      )}
      {citations.length > 0 && (
        <details className="story-sources">
          <summary>
            {t('storySources', { count: citations.length })}
            {/* Publishers' names as they publish them: isolated, so an English list keeps its own order in an Arabic line. */}
            <bdi lang={original}>{publishers(citations, lookups.sourceById)}</bdi>
          </summary>
          <SourceList citations={citations} sourceById={lookups.sourceById} lang={original} />
        </details>
      )}
      <div className="story-nav" role="group" aria-label={t('storySteps')}>
        <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">{rtl ? '→ ' : '← '}</span>
          {t('storyPrevious')}
        </button>
        {last ? (
          <button type="button" className="button button-primary" onClick={close}>
            {t('storyExplore')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => go(index + 1)}>
            {t('storyNext')}
            <span aria-hidden="true">{rtl ? ' ←' : ' →'}</span>
          </button>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t('storyStepAnnounced', { step: index + 1, count: steps.length, title })}
      </p>
    </section>
  );

  return phone ? (
    <FullScreen label={headingId} onClose={close}>
      {panel}
    </FullScreen>
  ) : (
    panel
  );
}
