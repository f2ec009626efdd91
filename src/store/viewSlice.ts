import type { StateCreator } from 'zustand';
import type { AppState } from './appState';
import type { Notice } from '../i18n/notices.en';
import type { Digits, Locale } from '../i18n/locale';
import { LANE_CAP } from './busiestLanes';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** What is looked at (besides the shown span, src/axis/shownSpan.ts): the selection, presentation choices. */
export interface ViewSlice {
  selectedId: string | null;
  /** Row under the pointer or keyboard focus, -1 for none. */
  hoveredRow: number;
  theme: ThemeChoice;
  /** The interface language asked for (`?lang=`, remembered); localeSync fetches its words and puts it in force. */
  lang: Locale;
  /** The digits numbers are written in, a reader's choice (remembered); null = the language's own. */
  digits: Digits | null;
  hiddenSeries: readonly string[];
  /** Dismissible messages (e.g. ignored URL parameters). */
  notices: readonly Notice[];
  /** Every visible actor gets a lane, not only the LANE_CAP busiest (src/store/busiestLanes.ts). */
  allLanes: boolean;
  /** How many of the busiest actors get a lane when not all do: LANE_CAP unless a link (`lanes=N`) asks for another number. */
  laneCap: number;
  /** The story step shown (0-based), or null outside the story. */
  storyStep: number | null;
  /** The page is embedded in an article (`?embed=1`): the timeline without the dashboard around it. */
  embed: boolean;
  select: (id: string | null) => void;
  setHoveredRow: (row: number) => void;
  setTheme: (theme: ThemeChoice) => void;
  setLang: (lang: Locale) => void;
  setDigits: (digits: Digits | null) => void;
  toggleSeries: (id: string) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (notice: Notice) => void;
  setAllLanes: (all: boolean) => void;
  /** Opens the story at a step (0-based), or leaves it (null), keeping the view as it is. */
  setStoryStep: (step: number | null) => void;
}

/** What makes two notices the same one: the message and what fills it. */
export const noticeId = (notice: Notice): string => JSON.stringify(notice);

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  selectedId: null,
  hoveredRow: -1,
  theme: 'system',
  lang: 'en',
  digits: null,
  hiddenSeries: [],
  notices: [],
  allLanes: false,
  laneCap: LANE_CAP,
  storyStep: null,
  embed: false,
  select: (selectedId) => set({ selectedId }),
  setHoveredRow: (hoveredRow) => set({ hoveredRow }),
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang }),
  setDigits: (digits) => set({ digits }),
  toggleSeries: (id) =>
    set((s) => ({
      hiddenSeries: s.hiddenSeries.includes(id) ? s.hiddenSeries.filter((x) => x !== id) : [...s.hiddenSeries, id],
    })),
  addNotice: (notice) => set((s) => (s.notices.some((x) => noticeId(x) === noticeId(notice)) ? s : { notices: [...s.notices, notice] })),
  dismissNotice: (notice) => set((s) => ({ notices: s.notices.filter((x) => noticeId(x) !== noticeId(notice)) })),
  setAllLanes: (allLanes) => set({ allLanes }),
  setStoryStep: (storyStep) => set({ storyStep }),
});
