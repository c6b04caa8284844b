// Shiki themes for code on the site: one for light mode, one for dark. Both the MDX pipeline
// (next.config.js) and the SourceFile component read them, so all code looks alike.
export const CODE_THEMES = {
  light: 'github-light-high-contrast',
  dark: 'github-dark-high-contrast',
};
