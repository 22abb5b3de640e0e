import type { FaqId } from '@eulogin-coach/content';
import { routeSearch } from '../../route/app-route.js';

/** The help centre's address for one entry, relative to the page (`?view=help#lost-phone`). */
export function entryHref(id: FaqId): string {
  return `${routeSearch({ view: 'help' })}#${id}`;
}

/** The full address of one entry, to send to someone: this page's origin and path, the help view and the anchor. */
export function entryUrl(id: FaqId): string {
  const location = globalThis.location;
  const base = location ? `${location.origin}${location.pathname}` : '';
  return `${base}${entryHref(id)}`;
}
