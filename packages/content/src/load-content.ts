import type {
  Content,
  DecodeTexts,
  DeepPartial,
  Locale,
  PageContent,
  StepContent,
  WhatIfLabels,
} from './content.types.js';
import { deepFreeze, deepMerge } from './deep-merge.js';
import { isLocale, unknownLocale } from './locales.js';
import type { ContentPart, ContentParts } from './parts.types.js';
import { LOCALE_MODULES } from './locale-modules.js';
import type { LocaleModule } from './locale-modules.js';

type Loadable = ContentPart | 'page' | 'decode' | 'labels' | 'help' | 'all';
const loaded = new Map<string, Promise<unknown>>();

/**
 * One download per locale and part, shared by every caller and frozen. A failed download is not kept: the next
 * call tries again (the connection may be back). Rejects with a RangeError for a locale that is not shipped.
 */
export function loadOnce<T>(locale: Locale, what: Loadable, load: (module: LocaleModule) => Promise<T>): Promise<T> {
  // Checked against the shipped list, not by lookup: "constructor" or "__proto__" would find an object's own members.
  if (!isLocale(locale)) return Promise.reject(unknownLocale(locale));
  const key = `${locale}/${what}`;
  let texts = loaded.get(key) as Promise<T> | undefined;
  if (!texts) {
    texts = load(LOCALE_MODULES[locale]).then((t) => deepFreeze(t));
    loaded.set(key, texts);
    texts.catch(() => loaded.delete(key));
  }
  return texts;
}

/**
 * One part of a locale's texts, loaded on demand in chunks of its own, with an embedder's overrides merged over
 * it. A portal that renders its own interface needs only `'steps'` (see `loadStepTexts`).
 */
export function loadContentPart<P extends ContentPart>(
  locale: Locale,
  part: P,
  overrides?: DeepPartial<ContentParts[P]>,
): Promise<ContentParts[P]> {
  return loadOnce(locale, part, (module) =>
    module.parts().then((loaders) => loaders[part]() as Promise<ContentParts[P]>),
  ).then((texts) => deepMerge(texts, overrides));
}

/**
 * What a portal with its own interface shows, in one locale: every step's title, body and assumption (no helpdesk
 * scripts), the error messages, and the field and option labels. About a third of `loadContent`'s weight.
 */
export function loadStepTexts(
  locale: Locale,
  overrides?: DeepPartial<ContentParts['steps']>,
): Promise<ContentParts['steps']> {
  return loadContentPart(locale, 'steps', overrides);
}

function assemble(parts: { readonly [P in ContentPart]: ContentParts[P] }): Content {
  const { helpdesk, ...helpdeskTexts } = parts.helpdesk;
  const steps = Object.fromEntries(
    Object.entries(parts.steps.steps).map(([id, texts]) => [
      id,
      { ...texts, helpdesk: helpdesk[id as keyof typeof helpdesk] },
    ]),
  ) as Record<keyof typeof helpdesk, StepContent>;
  return { ...parts.steps, ...parts.walkthrough, ...helpdeskTexts, ...parts.helpCentre, ...parts.mails, steps };
}

/**
 * Every text of one locale (all its parts, each step with its helpdesk script), loaded on demand, with an
 * embedder's overrides merged over them. Bundlers put each locale's parts in chunks of their own, so a page loads
 * only the language it shows. This is what the walkthrough app uses; a portal with its own interface needs only
 * `loadStepTexts`. Rejects with a RangeError for a locale that is not shipped.
 */
export function loadContent(locale: Locale, overrides?: DeepPartial<Content>): Promise<Content> {
  return loadOnce(locale, 'all', async () => {
    const [steps, walkthrough, helpdesk, helpCentre, mails] = await Promise.all([
      loadContentPart(locale, 'steps'),
      loadContentPart(locale, 'walkthrough'),
      loadContentPart(locale, 'helpdesk'),
      loadContentPart(locale, 'helpCentre'),
      loadContentPart(locale, 'mails'),
    ]);
    return assemble({ steps, walkthrough, helpdesk, helpCentre, mails });
  }).then((c) => deepMerge(c, overrides));
}

/**
 * The texts a page needs before any step is shown (`PageContent`): the start page's interface texts and the journeys
 * (about a seventh of a locale's weight), for a start page that
 * should appear before the coach and its steps' texts have loaded. `loadContent` later reuses its chunks.
 */
export function loadPageContent(locale: Locale, overrides?: DeepPartial<PageContent>): Promise<PageContent> {
  return loadOnce(locale, 'page', (module) => module.page()).then((c) => deepMerge(c, overrides));
}

/**
 * Why a share code or saved progress cannot be read (`DecodeTexts`), in one locale: a small chunk of its own, for a
 * page that has only its `PageContent` when a save or code turns out unreadable (`loadContent` has them too). The
 * same promise for every call until it settles, and after it has loaded.
 */
export function loadDecodeTexts(locale: Locale): Promise<DecodeTexts> {
  return loadOnce(locale, 'decode', (module) => module.decodeTexts());
}

/**
 * The what-ifs' switch labels (`WhatIfLabels`) in one locale: a small chunk of their own, which a start page loads
 * once its first paint is done, ready for the first "make it harder" box opened (`loadContent` has them too). The
 * same promise for every call until it settles, and after it has loaded.
 */
export function loadWhatIfLabels(locale: Locale): Promise<WhatIfLabels> {
  return loadOnce(locale, 'labels', (module) => module.parts().then((loaders) => loaders.whatIfLabels()));
}
