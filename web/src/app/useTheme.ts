import { useEffect } from 'react';
import { applyTheme, loadThemeConfig, themeFor } from '../theme/theme';

// Applies the house style of the user's organisation (see theme/theme.ts).
export function useTheme(organisation: string | null): void {
  useEffect(() => {
    let cancelled = false;
    void loadThemeConfig().then((config) => {
      if (!cancelled) applyTheme(themeFor(config, organisation));
    });
    return () => {
      cancelled = true;
    };
  }, [organisation]);
}
