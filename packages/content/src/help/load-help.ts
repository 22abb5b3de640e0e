import type { Locale } from '../content.types.js';
import { loadOnce } from '../load-content.js';
import type { HelpContent } from './help.types.js';

/**
 * The help texts of one locale (what the caller sees at each step, the FAQ and symptom index), loaded on demand in
 * a chunk of their own, so a page that does not search never downloads them. Rejects with a RangeError for a
 * locale that is not shipped, like `loadContent`.
 */
export function loadHelpContent(locale: Locale): Promise<HelpContent> {
  return loadOnce(locale, 'help', (module) => module.parts().then((loaders) => loaders.help()));
}
