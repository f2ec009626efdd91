import type { DataSlice } from './dataSlice';
import type { FilterSlice } from './filterSlice';
import type { ViewSlice } from './viewSlice';

/** The whole app store: one zustand store built from slices. */
export type AppState = DataSlice & FilterSlice & ViewSlice;
