import type { Browser } from 'playwright-core';
export function findChromium(): string | null;
export function launchChromium(extraArgs?: string[]): Promise<Browser>;
