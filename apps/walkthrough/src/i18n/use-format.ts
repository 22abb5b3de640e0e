import { useCallback } from 'react';
import { format } from '@eulogin-coach/content';
import type { TemplateParams } from '@eulogin-coach/content';
import { usePageContent } from './content-context.js';

/** Fills a text's placeholders; numbers and plurals follow the page's language. */
export type FormatText = (template: string, params?: TemplateParams) => string;

/**
 * `format` for the page's language: numbers written the language's way ("0,5" in German) and plural texts
 * ("{count, plural, one {# step} other {# steps}}") in the form its rules ask for.
 */
export function useFormat(): FormatText {
  const { locale } = usePageContent();
  return useCallback((template, params) => format(template, params, locale), [locale]);
}
