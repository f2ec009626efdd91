import type { StateCreator } from 'zustand';
import type { AppState } from './appState';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** What is looked at (besides the shown span, src/axis/shownSpan.ts): the selection, presentation choices. */
export interface ViewSlice {
  selectedId: string | null;
  /** Row under the pointer or keyboard focus, -1 for none. */
  hoveredRow: number;
  theme: ThemeChoice;
  hiddenSeries: readonly string[];
  /** Dismissible messages (e.g. ignored URL parameters). */
  notices: readonly string[];
  /** Every visible actor gets a lane, not only the LANE_CAP busiest (src/store/busiestLanes.ts). */
  allLanes: boolean;
  select: (id: string | null) => void;
  setHoveredRow: (row: number) => void;
  setTheme: (theme: ThemeChoice) => void;
  toggleSeries: (id: string) => void;
  addNotice: (notice: string) => void;
  dismissNotice: (notice: string) => void;
  setAllLanes: (all: boolean) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  selectedId: null,
  hoveredRow: -1,
  theme: 'system',
  hiddenSeries: [],
  notices: [],
  allLanes: false,
  select: (selectedId) => set({ selectedId }),
  setHoveredRow: (hoveredRow) => set({ hoveredRow }),
  setTheme: (theme) => set({ theme }),
  toggleSeries: (id) =>
    set((s) => ({
      hiddenSeries: s.hiddenSeries.includes(id) ? s.hiddenSeries.filter((x) => x !== id) : [...s.hiddenSeries, id],
    })),
  addNotice: (notice) => set((s) => (s.notices.includes(notice) ? s : { notices: [...s.notices, notice] })),
  dismissNotice: (notice) => set((s) => ({ notices: s.notices.filter((x) => x !== notice) })),
  setAllLanes: (allLanes) => set({ allLanes }),
});
