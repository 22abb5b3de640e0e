import { StrictMode } from 'react';
import type { Locale } from '@eulogin-coach/content';
import { App } from '../App.js';
import type { LoadedPageTexts } from '../i18n/content-context.js';
import { HydratedSignal } from './hydrated-signal.js';

/**
 * The app's whole tree, as the entry renders it in the browser and as the build renders the start page: the two must
 * be the same tree for the browser to take over the build's page (hydration), down to the ids React gives.
 */
export function StartTree({ loaded, locale }: { readonly loaded: LoadedPageTexts | null; readonly locale?: Locale }) {
  return (
    <StrictMode>
      <App loaded={loaded} {...(locale ? { locale } : {})} />
      <HydratedSignal />
    </StrictMode>
  );
}
