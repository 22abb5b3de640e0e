import { describe, expect, it } from 'vitest';
import { MAX_ROUTE_CODE_LENGTH, parseRoute, routeSearch } from '../src/route/app-route.js';
import { routeJourney } from '../src/route/route-journey.js';

describe('the page address (mode, view, code)', () => {
  it('reads the mode, the console view and a share code from the query string', () => {
    expect(parseRoute('?mode=guide&view=console&code=1-Q-0-B')).toEqual({
      mode: 'guide',
      view: 'console',
      code: '1-Q-0-B',
    });
    expect(parseRoute('?mode=rehearse')).toEqual({ mode: 'rehearse', view: 'page', code: null });
    expect(parseRoute('')).toEqual({ mode: null, view: 'page', code: null });
  });

  it('reads the help centre view, and writes it back', () => {
    expect(parseRoute('?view=help')).toEqual({ mode: null, view: 'help', code: null });
    expect(routeSearch({ view: 'help' })).toBe('?view=help');
    expect(routeSearch({ view: 'page', mode: 'rehearse' })).toBe('?mode=rehearse');
  });

  it('reads a journey for guide mode, and only a known one', () => {
    expect(routeJourney('?mode=guide&journey=lostPhone')).toBe('lostPhone');
    expect(routeSearch({ mode: 'guide', journey: 'lostPhone' })).toBe('?mode=guide&journey=lostPhone');
    for (const journey of ['toString', '__proto__', 'lostphone', '']) {
      expect(routeJourney(`?mode=guide&journey=${journey}`)).toBeNull();
    }
  });

  it('ignores values it does not know instead of failing', () => {
    for (const search of [
      '?mode=toString',
      '?mode=__proto__',
      '?view=admin',
      '?view=toString',
      '?mode=',
      '?code=%3Cscript%3E',
      '?%E0%A4%A',
    ]) {
      const route = parseRoute(search);
      expect(route.mode === null || route.mode === 'guide' || route.mode === 'rehearse').toBe(true);
      expect(['page', 'console', 'help']).toContain(route.view);
    }
    expect(parseRoute('?mode=toString').mode).toBeNull();
    expect(parseRoute('?view=admin').view).toBe('page');
    expect(parseRoute('?code=%3Cscript%3E').code).toBeNull();
  });

  it('does not read an implausibly long code or query', () => {
    expect(parseRoute(`?code=${'A'.repeat(MAX_ROUTE_CODE_LENGTH + 1)}`).code).toBeNull();
    expect(parseRoute(`?mode=guide&x=${'y'.repeat(1000)}`)).toEqual({ mode: null, view: 'page', code: null });
  });

  it('writes a query string that reads back to the same route', () => {
    const route = { mode: 'guide', view: 'console', code: 'ABCD-EFGH' } as const;
    expect(parseRoute(routeSearch(route))).toEqual(route);
    expect(routeSearch({})).toBe('');
  });
});
