/**
 * Where the page is: which mode (rehearsal on pretend screens, or guide mode for the real setup), which view (the
 * ordinary page, the helpdesk console or the help centre) and, optionally, a share code to resume. All of it comes from the URL's
 * query string (`?mode=guide`, `?view=console`, `?view=help`, `?code=…`), so a static host needs no rewrite rules and every view
 * has an address that can be bookmarked or sent.
 *
 * The URL is untrusted: each value is checked against its short list (or, for a code, its length and characters)
 * before use; anything else is ignored, never thrown on.
 */
import type { JourneyId } from '@eulogin-coach/react';

export type AppMode = 'rehearse' | 'guide';

/**
 * The names the app reads in the address (`routeSearch` writes them): an address with any of them is not the plain
 * start page (see boot/fresh-visit.ts); any other name (a campaign's `utm_source`) changes nothing.
 */
export const ROUTE_PARAMS: readonly string[] = ['mode', 'view', 'code', 'journey'];
export type AppView = 'page' | 'console' | 'help';

const VIEWS: readonly AppView[] = ['console', 'help'];

function isView(value: string | null): value is AppView {
  return value !== null && (VIEWS as readonly string[]).includes(value);
}

export interface AppRoute {
  /** The mode the URL asks for; null when it names none (the remembered choice then applies). */
  readonly mode: AppMode | null;
  readonly view: AppView;
  /** A share code to resume, as typed in the URL (not yet decoded); null when absent or implausible. */
  readonly code: string | null;
  /** A journey for guide mode to start at once (`&journey=`, from the help centre's "Guide me"): written here, read
   * by guide mode itself (`routeJourney`), so the start page carries no parser for it. */
  readonly journey?: JourneyId;
}

/** Longer than any share code, spaces and hyphens included; a longer value is not read at all. */
export const MAX_ROUTE_CODE_LENGTH = 64;
export const MAX_QUERY_LENGTH = 512;
const CODE_CHARACTERS = /^[0-9A-Za-z\- ]+$/;

const MODES: readonly AppMode[] = ['rehearse', 'guide'];

function isMode(value: string | null): value is AppMode {
  return value !== null && (MODES as readonly string[]).includes(value);
}

/** Reads a route from a query string such as `location.search`. Never throws. */
export function parseRoute(search: string): AppRoute {
  if (typeof search !== 'string' || search.length > MAX_QUERY_LENGTH) return { mode: null, view: 'page', code: null };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { mode: null, view: 'page', code: null };
  }
  const mode = params.get('mode');
  const code = params.get('code');
  const view = params.get('view');
  return {
    mode: isMode(mode) ? mode : null,
    view: isView(view) ? view : 'page',
    code: code !== null && code.length <= MAX_ROUTE_CODE_LENGTH && CODE_CHARACTERS.test(code) ? code : null,
  };
}

/** The query string for a route (with its leading `?`, or empty for the plain page). */
export function routeSearch(route: Partial<AppRoute>): string {
  const params = new URLSearchParams();
  if (route.mode) params.set('mode', route.mode);
  if (route.view && route.view !== 'page') params.set('view', route.view);
  if (route.code) params.set('code', route.code);
  if (route.journey) params.set('journey', route.journey);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The route of the current page; the plain page where there is no `location` (tests, server rendering). */
export function currentRoute(): AppRoute {
  const search = globalThis.location?.search;
  return parseRoute(typeof search === 'string' ? search : '');
}
