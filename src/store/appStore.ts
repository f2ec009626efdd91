import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AppState } from './appState';
import { createDataSlice } from './dataSlice';
import { createFilterSlice } from './filterSlice';
import { createViewSlice } from './viewSlice';

/** Builds a fresh store; tests make their own, the app uses `appStore`. */
export const createAppStore = () =>
  createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createFilterSlice(...a),
    ...createViewSlice(...a),
  }));

/** The app's store; vanilla so subscribers (URL sync, search) need no React. */
export const appStore = createAppStore();

/** React hook over `appStore`. Select single values or use `useShallow`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
