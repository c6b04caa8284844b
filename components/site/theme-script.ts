// Runs in <head> before first paint so a dark-mode reader never sees a white flash.
// It reads the saved choice, else the system preference. Kept tiny and dependency-free.
export const THEME_STORAGE_KEY = 'theme';

export const themeScript = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light'}catch(_){}})()`;
