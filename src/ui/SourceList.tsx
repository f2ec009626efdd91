import { formatPartialDate } from '../i18n/formatDate';
import type { Citation, Source, SourceGrade } from '../model/types';
import { safeHttpUrl } from './safeUrl';
import { t } from '../i18n/details.en';

const GRADE_MEANING = { A: 'gradeMeaningA', B: 'gradeMeaningB', C: 'gradeMeaningC' } as const;

/** What each reliability grade means, in the language in force. */
export const gradeMeaning = (grade: SourceGrade): string => t(GRADE_MEANING[grade]);

function GradeBadge({ grade }: { grade: SourceGrade }) {
  const meaning = gradeMeaning(grade);
  return (
    <abbr className={`grade grade-${grade}`} title={t('gradeTitle', { grade, meaning })}>
      {grade}
      <span className="visually-hidden">{t('gradeSpoken', { grade, meaning })}</span>
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
                  {t('sourceReadAt', { host: new URL(href).hostname.replace(/^www\./, '') })}
                  <span className="visually-hidden">{t('sourceNewTab')}</span>
                  <span aria-hidden="true"> ↗</span>
                </a>
              )}
            </li>
          );
        })}
      </ol>
      {grades.size > 0 && (
        <details className="grade-legend">
          <summary>{t('gradesMean')}</summary>
          <dl>
            {(['A', 'B', 'C'] as const).map((g) => (
              <div key={g}>
                <dt>
                  <span className={`grade grade-${g}`}>{g}</span>
                </dt>
                <dd>{gradeMeaning(g)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </>
  );
}
