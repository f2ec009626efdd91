import { lazy, Suspense, useEffect, useState } from 'react';
import { shownTitle } from '../i18n/localized';
import { appStore, useAppStore } from '../store/appStore';
import { reportHeight } from '../embed/reportHeight';
import './viewActions.css';
import { t } from '../i18n/viewActions.en';
import { t as tMain } from '../i18n/t';

/** Id of the "Story" button, where the story gives focus back when it closes (StoryPanel.tsx). */
export const STORY_BUTTON_ID = 'story-button';

const LazyEmbedDialog = lazy(() => import('../embed/EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** This page's address without `embed`: the same view, full. Relative, so it works from any static host path. */
export function fullViewHref(location: Pick<Location, 'pathname' | 'search'> = window.location): string {
  const params = new URLSearchParams(location.search);
  params.delete('embed');
  // Commas left readable, as the address bar has them (urlState.ts).
  const query = params.toString().replace(/%2C/gi, ',');
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** The view moves after render (a zoom, a story step): the link takes the address of the moment it is used. */
const refreshHref = (e: { currentTarget: HTMLAnchorElement }) => {
  e.currentTarget.href = fullViewHref();
};

/**
 * The toolbar's ways into the story and out of the page: "Story" (when the dataset has
 * one and it is not open), "Embed" with the snippet for an article, and in an embed the
 * link to the full timeline on the same view, and its height reports to the host page.
 * A chunk mounted after the first paint.
 */
export function ViewActions() {
  const hasStory = useAppStore((s) => Array.isArray(s.dataset?.meta.story) && s.dataset.meta.story.length > 0);
  const inStory = useAppStore((s) => s.storyStep !== null);
  const embed = useAppStore((s) => s.embed);
  const meta = useAppStore((s) => s.dataset?.meta);
  const title = meta ? shownTitle(meta) : tMain('appName');
  const [embedOpen, setEmbedOpen] = useState(false);

  // Inside an iframe the host page is told the height to give the frame.
  useEffect(() => {
    const page = document.querySelector('.app');
    return embed && page ? reportHeight(page) : undefined;
  }, [embed]);
  return (
    <div className="view-actions">
      {hasStory && !inStory && (
        <button type="button" id={STORY_BUTTON_ID} className="button button-primary" onClick={() => appStore.getState().setStoryStep(0)}>
          {t('viewActionsStory')}
        </button>
      )}
      {embed ? (
        <a className="button" href={fullViewHref()} target="_blank" rel="noopener" onPointerDown={refreshHref} onFocus={refreshHref} onClick={refreshHref}>
          {t('viewActionsFullTimeline')}
        </a>
      ) : (
        <button type="button" className="button" aria-haspopup="dialog" onClick={() => setEmbedOpen(true)}>
          {t('viewActionsEmbed')}
        </button>
      )}
      {embedOpen && (
        <Suspense fallback={null}>
          <LazyEmbedDialog pageUrl={window.location.href} title={title} onClose={() => setEmbedOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
