import type { BootTexts } from './boot-texts.js';
import type { Locale } from './content.types.js';
import type { LocaleLoaders } from './parts.types.js';
import * as REGISTRY from './registry.js';

/** What a language folder's `index.ts` exports: its part loaders, and the few texts bundled with the code. */
export interface LocaleModule {
  readonly parts: LocaleLoaders;
  readonly boot: BootTexts;
}

/** Every shipped language's folder, by locale: a folder that misses an export fails the typecheck here. */
export const LOCALE_MODULES: Readonly<Record<Locale, LocaleModule>> = REGISTRY;
