export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'eulogin-coach.theme';

/** The remembered theme; anything but the exact values `light` and `dark`, or storage that throws, is "system". */
export function initialTheme(): ThemeChoice {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    if (stored === 'light' || stored === 'dark') return stored;
  } catch {
    // Storage blocked: follow the device.
  }
  return 'system';
}

/** Applies and remembers a theme; "system" follows prefers-color-scheme through CSS. */
export function applyTheme(theme: ThemeChoice): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, theme);
  } catch {
    // Not remembered.
  }
}
