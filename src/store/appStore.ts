import { useStore } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { AppState } from './appState';
import { createDataSlice } from './dataSlice';
import { createFilterSlice } from './filterSlice';
import { createViewSlice } from './viewSlice';

/**
 * Builds a fresh store; tests make their own, the app uses `appStore`. With
 * subscribeWithSelector, subscribers name the part they follow
 * (`store.subscribe((s) => s.theme, apply)`) instead of comparing states by hand.
 */
export const createAppStore = () =>
  createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDataSlice(...a),
      ...createFilterSlice(...a),
      ...createViewSlice(...a),
    })),
  );

/** The app store's type, with its selector-taking `subscribe`. */
export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store; vanilla so subscribers (URL sync, search) need no React. */
export const appStore = createAppStore();

/** React hook over `appStore`. Select single values or use `useShallow`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
