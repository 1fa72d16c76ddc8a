/**
 * Teams' themes with Fluent's own tokens: light, dark and high contrast, from the Teams context
 * ('default' | 'dark' | 'contrast') or, outside Teams, from `?theme=light|dark|contrast`.
 */
import '@fluentui/web-components/button.js';
import { setTheme } from '@fluentui/web-components';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';

export type ThemeName = 'light' | 'dark' | 'contrast';

export function themeName(teams: string | null, query: string | null): ThemeName {
  const asked = query ?? teams;
  if (asked === 'dark') return 'dark';
  if (asked === 'contrast') return 'contrast';
  return 'light';
}

export function applyTheme(name: ThemeName): void {
  const theme =
    name === 'dark'
      ? teamsDarkTheme
      : name === 'contrast'
        ? teamsHighContrastTheme
        : teamsLightTheme;
  setTheme(theme);
  document.documentElement.dataset.theme = name;
}

/** A token's current value (for the charts, which draw on a canvas). */
export const token = (name: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim() || '#888';
