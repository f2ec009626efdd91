import { httpUrl } from '../model/httpUrl';
import { useId, useState } from 'react';
import { formatPartialDate } from '../i18n/formatDate';
import type { Series, Source } from '../model/types';
import { describeFigure } from './figureKind';
import { formatFigure } from './formatFigure';
import { t } from '../i18n/troops.en';

/** Props of {@link SeriesTable}. */
export interface SeriesTableProps {
  series: readonly Series[];
  sources: ReadonlyMap<string, Source>;
  /** The language the dataset's own words are in, where the page is in another: publishers and titles are marked as such. */
  original?: string;
}

const isWebLink = (url: string | undefined): url is string => !!url && httpUrl(url) !== null;

/**
 * Every figure of every series as a table: what a screen reader reads instead of
 * the picture. Visually hidden until the user asks to see it.
 */
export function SeriesTable({ series, sources, original }: SeriesTableProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="troops-table-wrap">
      <button type="button" className="troops-table-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t(open ? 'troopsTableHide' : 'troopsTableShow')}
      </button>
      {/* The wrapper does the hiding: a table ignores width and overflow, so hiding the
          table itself would still widen the page. Screen readers still read it while
          hidden; its links leave the tab order, as focus on something unseen is lost. */}
      <div id={id} className={open ? undefined : 'visually-hidden'}>
        <table className="troops-table">
          <caption>{t('troopsTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('troopsColSeries')}</th>
              <th scope="col">{t('troopsColDate')}</th>
              <th scope="col">{t('troopsColFigure')}</th>
              <th scope="col">{t('troopsColWhat')}</th>
              <th scope="col">{t('troopsColSource')}</th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) =>
              s.points.map((p, i) => {
                const source = sources.get(p.source);
                return (
                  <tr key={`${s.id}:${i}`}>
                    <th scope="row">{s.name}</th>
                    <td>{formatPartialDate(p.date)}</td>
                    <td>{formatFigure(p.value, s, p.estimate, p.kind)}</td>
                    <td>
                      {describeFigure(p.kind, p.estimate)}
                      {p.note ? <div className="troops-table-note">{p.note}</div> : null}
                    </td>
                    <td>
                      {source ? (
                        <>
                          {isWebLink(source.url) ? (
                            <a href={source.url} target="_blank" rel="noopener noreferrer" tabIndex={open ? undefined : -1} lang={original} dir="auto">
                              {source.publisher}
                            </a>
                          ) : (
                            <bdi lang={original}>{source.publisher}</bdi>
                          )}
                          : <bdi lang={original}>“{source.title}”</bdi>
                          {source.grade ? t('troopsGrade', { grade: source.grade }) : ''}
                        </>
                      ) : (
                        p.source
                      )}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
