import { useEffect, useId, useState } from 'react';
import type { Locale } from '@eulogin-coach/content';
import { LOCALES } from './i18n/locale.js';
import { useAppMode } from './features/picker/app-mode.js';
import { usePageContent } from './i18n/content-context.js';
import type { ThemeChoice } from './theme.js';
import { applyTheme, initialTheme } from './theme.js';
import { currentRoute, routeSearch } from './route/app-route.js';

const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  pt: 'Português',
  de: 'Deutsch',
};

export function AppHeader() {
  const { content, locale, setLocale, languageFailure } = usePageContent();
  const ui = content.ui.app;
  // Guide mode is the real thing: no "Rehearsal" badge, and a tagline that says what it is.
  const guideMode = useAppMode()?.mode === 'guide';
  const id = useId();
  const [theme, setTheme] = useState<ThemeChoice>(initialTheme);
  const [view] = useState(() => currentRoute().view);
  const inConsole = view === 'console';
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{ui.title}</h1>
        {/* The console and guide mode follow a real set-up: they are no rehearsal. */}
        {inConsole || guideMode ? null : <span className="badge badge--rehearsal">{ui.rehearsalBadge}</span>}
      </div>
      <p className="app-header__tagline">{guideMode ? content.ui.modeChoice.guideTagline : ui.tagline}</p>
      <div className="app-header__controls">
        {/* The console and the rehearsal each have their own address; the other one is a link away. */}
        <a className="app-header__view" href={view === 'page' ? routeSearch({ view: 'console' }) : './'}>
          {view === 'page' ? ui.consoleLink : ui.rehearsalLink}
        </a>
        {view === 'help' ? null : (
          <a className="app-header__view" href={routeSearch({ view: 'help' })}>
            {ui.helpCentreLink}
          </a>
        )}
        <label htmlFor={`${id}-lang`}>{ui.languageLabel}</label>
        <select id={`${id}-lang`} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-theme`}>{ui.themeLabel}</label>
        <select id={`${id}-theme`} value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
          <option value="system">{ui.themeSystem}</option>
          <option value="light">{ui.themeLight}</option>
          <option value="dark">{ui.themeDark}</option>
        </select>
      </div>
      {languageFailure ? (
        // A new element per failed attempt, so a second failure is announced too.
        <p key={languageFailure.attempt} className="app-header__problem" role="alert">
          {ui.languageFailed}
        </p>
      ) : null}
    </header>
  );
}
