import { formatPartialDate } from '../i18n/formatDate';
import type { Citation, Source, SourceGrade } from '../model/types';
import { safeHttpUrl } from './safeUrl';

/** What each reliability grade means. */
export const GRADE_MEANING: Record<SourceGrade, string> = {
  A: 'official or primary source',
  B: 'established news organisation',
  C: 'wiki or blog',
};

function GradeBadge({ grade }: { grade: SourceGrade }) {
  return (
    <abbr className={`grade grade-${grade}`} title={`Grade ${grade}: ${GRADE_MEANING[grade]}`}>
      {grade}
      <span className="visually-hidden">{` (grade ${grade}: ${GRADE_MEANING[grade]})`}</span>
    </abbr>
  );
}

/** Props of SourceList. */
export interface SourceListProps {
  citations: readonly Citation[];
  sourceById: ReadonlyMap<string, Source>;
  /**
   * Language the sources' own words (publisher, title, quote) are written in, when the
   * page is in another: set as their `lang`, since quotes are never translated.
   */
  lang?: string;
}

/** Every source an event cites: who, what, when, how reliable, their own words, and a link. */
export function SourceList({ citations, sourceById, lang }: SourceListProps) {
  const grades = new Set(citations.map((c) => sourceById.get(c.source)?.grade).filter((g): g is SourceGrade => !!g));
  return (
    <>
      <ol className="source-list">
        {citations.map((citation, i) => {
          const source = sourceById.get(citation.source);
          const href = safeHttpUrl(source?.url);
          return (
            <li key={`${citation.source}-${i}`} className="source">
              <p className="source-head">
                {source?.grade && <GradeBadge grade={source.grade} />}
                <span className="source-publisher" lang={lang}>
                  {source?.publisher ?? citation.source}
                </span>
                {source?.published && (
                  <time className="source-date" dateTime={source.published}>
                    {formatPartialDate(source.published)}
                  </time>
                )}
              </p>
              {source?.title && (
                <p className="source-title" lang={lang}>
                  {source.title}
                </p>
              )}
              {citation.quote && (
                <blockquote className="source-quote" cite={href ?? undefined} lang={lang}>
                  <p>{citation.quote}</p>
                </blockquote>
              )}
              {href && (
                <a className="source-link" href={href} target="_blank" rel="noopener noreferrer">
                  Read at {new URL(href).hostname.replace(/^www\./, '')}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                  <span aria-hidden="true"> ↗</span>
                </a>
              )}
            </li>
          );
        })}
      </ol>
      {grades.size > 0 && (
        <details className="grade-legend">
          <summary>What the grades mean</summary>
          <dl>
            {(['A', 'B', 'C'] as const).map((g) => (
              <div key={g}>
                <dt>
                  <span className={`grade grade-${g}`}>{g}</span>
                </dt>
                <dd>{GRADE_MEANING[g]}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </>
  );
}
