/** The texts themselves, loaded on demand: the first paint does not wait for every sentence of every language. */
export { resolveContent } from '@eulogin-coach/content';
