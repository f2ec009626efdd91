import { useId } from 'react';
import { useAppStore } from '../store/appStore';
import type { ThemeChoice } from '../store/viewSlice';
import { t, type MessageKey } from '../i18n/t';

const CHOICES = [
  { value: 'system', label: 'themeSystem' },
  { value: 'light', label: 'themeLight' },
  { value: 'dark', label: 'themeDark' },
] as const satisfies readonly { value: ThemeChoice; label: MessageKey }[];

/** System / Light / Dark. The choice is applied and remembered by themeSync. */
export function ThemeControl() {
  const id = useId();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <div className="theme-control">
      <label htmlFor={id}>{t('theme')}</label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {t(c.label)}
          </option>
        ))}
      </select>
    </div>
  );
}
