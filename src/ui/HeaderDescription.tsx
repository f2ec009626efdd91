import { useId, useLayoutEffect, useRef, useState } from 'react';
import { t } from '../i18n/t';

/** Props of HeaderDescription. */
export interface HeaderDescriptionProps {
  /** The dataset's description, shown as text. */
  text: string;
}

/**
 * The dataset's description, held to two lines so the header stays short, with a
 * "More" button whenever that cuts it (it holds the grading key the sources use).
 * Phones show only the button until it is pressed.
 */
export function HeaderDescription({ text }: HeaderDescriptionProps) {
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [clipped, setClipped] = useState(false);

  useLayoutEffect(() => {
    const p = ref.current;
    if (!p || expanded) return;
    const measure = () => setClipped(p.scrollHeight > p.clientHeight + 1);
    // A ResizeObserver reports once the page is laid out anyway; measuring here would
    // force that layout inside the task that mounts the data's first render.
    if (typeof ResizeObserver !== 'function') {
      measure();
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(p);
    return () => observer.disconnect();
  }, [expanded, text]);

  return (
    <div className="app-description-wrap">
      <p id={id} ref={ref} className={expanded ? 'app-description is-expanded' : 'app-description'}>
        {text}
      </p>
      {/* Always there for phones, where the description starts hidden; elsewhere only when the text is cut. */}
      <button
        type="button"
        className={clipped || expanded ? 'link-button description-toggle is-needed' : 'link-button description-toggle'}
        aria-expanded={expanded}
        aria-controls={id}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? t('descriptionLess') : t('descriptionMore')}
      </button>
    </div>
  );
}
