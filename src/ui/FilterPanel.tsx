import { useMemo } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { useStore } from 'zustand';
import { showSpan, shownSpan } from '../axis/shownSpan';
import { appStore, useAppStore } from '../store/appStore';
import { useVisibility } from '../store/visibility';
import { ChecklistFilter, type ChecklistItem } from './ChecklistFilter';
import { datasetLookups } from './datasetLookups';
import { DateRangeFilter } from './DateRangeFilter';
import { SearchBox } from './SearchBox';
import { localName } from '../i18n/localized';
import { t } from '../i18n/filters.en';

/** Props of FilterPanel. */
export interface FilterPanelProps {
  dataset: LoadedDataset;
  /** Id for the panel heading, so a drawer can be labelled by it. */
  headingId?: string;
}

/** Every filter: search, dates, actors, categories, and Clear. */
export function FilterPanel({ dataset, headingId }: FilterPanelProps) {
  const visibility = useVisibility();
  const actors = useAppStore((s) => s.filters.actors);
  const categories = useAppStore((s) => s.filters.categories);
  const anyNarrowing = useAppStore((s) => s.filters.actors !== null || s.filters.categories !== null || s.filters.q !== '');
  const anyFilter = useStore(shownSpan, (s) => s.settled !== null) || anyNarrowing;
  const lookups = datasetLookups(dataset);
  const { toggleActor, setActors, toggleCategory, setCategories, clearFilters } = appStore.getState();

  const actorItems = useMemo<ChecklistItem[]>(
    () =>
      dataset.meta.actors.map((a, i) => ({
        id: a.id,
        name: localName(a),
        color: lookups.actorColors[i],
        count: visibility?.actorCounts[i] ?? 0,
      })),
    [dataset, lookups, visibility],
  );
  const categoryItems = useMemo<ChecklistItem[]>(
    () => dataset.meta.categories.map((c, i) => ({ id: c.id, name: localName(c), count: visibility?.categoryCounts[i] ?? 0 })),
    [dataset, visibility],
  );

  return (
    <div className="filter-panel">
      <div className="filter-panel-head">
        <h2 id={headingId} className="panel-title">
          {t('filters')}
        </h2>
        <button
          type="button"
          className="button button-quiet"
          disabled={!anyFilter}
          onClick={() => {
            clearFilters();
            showSpan(null);
          }}
        >
          {t('filtersClear')}
        </button>
      </div>
      <SearchBox />
      <DateRangeFilter dataset={dataset} />
      <ChecklistFilter
        legend={t('filtersActors')}
        items={actorItems}
        selected={actors}
        onToggle={(id) => toggleActor(id, lookups.actorIds)}
        onSetAll={(all) => setActors(all ? null : [])}
      />
      <ChecklistFilter
        legend={t('filtersCategories')}
        items={categoryItems}
        selected={categories}
        onToggle={(id) => toggleCategory(id, lookups.categoryIds)}
        onSetAll={(all) => setCategories(all ? null : [])}
      />
    </div>
  );
}
