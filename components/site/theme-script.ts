// The whole theme switch, run inline in <head> before first paint (so a dark-mode reader never
// sees a white flash) and needing no React: it applies the saved choice, else the system's; it
// follows the system setting (until the reader picks a theme) and a choice made in another window
// of the site (a presenter's view and the audience window switch together); and one click
// listener on the document works every theme button (theme-toggle.tsx renders them on the
// server). The choice is a bare 'light' or 'dark'; storage that is blocked or full leaves the
// choice to this page. It reads only globals: it is sent as its source text.
export const THEME_STORAGE_KEY = 'theme';

function runTheme(key: string) {
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  function saved() {
    try {
      const chosen = localStorage.getItem(key);
      return chosen === 'dark' || chosen === 'light' ? chosen : null;
    } catch {
      return null;
    }
  }
  function apply(dark: boolean) {
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
  }
  function follow() {
    const chosen = saved();
    apply(chosen ? chosen === 'dark' : media.matches);
  }
  follow();
  media.addEventListener('change', follow);
  addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) follow();
  });
  document.addEventListener('click', (event) => {
    const target =
      event.target instanceof Element ? event.target.closest('[data-theme-switch]') : null;
    if (!target) return;
    const theme = target.getAttribute('data-theme-switch') === 'dark' ? 'dark' : 'light';
    try {
      localStorage.setItem(key, theme);
    } catch {
      // Kept for this page: the <html> class holds it.
    }
    apply(theme === 'dark');
  });
}

export const themeScript = `(${runTheme.toString()})(${JSON.stringify(THEME_STORAGE_KEY)})`;
