// The shipped languages: one line each. Adding a language is a folder `src/<lang>/` (written like `src/en/`) and
// its line here; see docs/adding-a-language.md. Each line brings in only the folder's `index.ts`: a handful of
// loaders, so the texts themselves stay in chunks of their own until a page asks for them.
export * as en from './en/index.js';
export * as fr from './fr/index.js';
export * as pt from './pt/index.js';
export * as de from './de/index.js';
