import type { BootTexts } from './boot-texts.js';
import type { Locale } from './content.types.js';
import type { DecodeTexts, PageContent } from './content.types.js';
import type { LocaleLoaders } from './parts.types.js';
import * as REGISTRY from './registry.js';

/**
 * What a language folder's `index.ts` exports: the few texts bundled with the code (its own name and its boot texts),
 * the start page's texts' loader, and the loader of its other parts' loaders (`loaders.ts`, a small chunk of its own:
 * the start page's code carries no loader, and no preload list, of the steps, the helpdesk or the help centre).
 */
export interface LocaleModule {
  /** The language's own name, as a language picker lists it ("Français", "Deutsch"). */
  readonly name: string;
  readonly boot: BootTexts;
  readonly page: () => Promise<PageContent>;
  readonly parts: () => Promise<LocaleLoaders>;
  /** Why a share code or saved progress cannot be read (a chunk of its own). */
  readonly decodeTexts: () => Promise<DecodeTexts>;
}

/** Every shipped language's folder, by locale: a folder that misses an export fails the typecheck here. */
export const LOCALE_MODULES: Readonly<Record<Locale, LocaleModule>> = REGISTRY;
