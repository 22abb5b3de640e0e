import type { PageUi } from '../content.types.js';
import { modeChoiceDe } from './mode-choice.de.js';

/**
 * The interface texts the start page shows (see `PageUi`): in a module of their own, so the page's chunk holds only
 * these; `ui.de.ts` adds the rest. Written by `node scripts/split-page-ui.mjs de` from the English keys.
 */
export const pageUiDe = {
  app: {
    title: 'EU-Login-2FA-Coach',
    tagline:
      'Üben Sie die Zwei-Faktor-Authentifizierung von EU Login Schritt für Schritt, bevor Sie sie wirklich einrichten.',
    disclaimer:
      'Dies ist eine Übungskopie. Sie verbindet sich nie mit EU Login und braucht nie Ihr echtes Passwort oder Ihre echte PIN.',
    rehearsalBadge: 'Übung',
    skipLink: 'Zum Hauptinhalt springen',
    languageLabel: 'Sprache',
    themeLabel: 'Farbschema',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    themeSystem: 'Wie auf meinem Gerät',
    notAffiliated: 'Ein unabhängiges Open-Source-Projekt, nicht von der Europäischen Kommission erstellt.',
    surfacesRegion: 'Nachgebildete Bildschirme',
    surfaceNames: { pc: 'PC', phone: 'Telefon', mail: 'Postfach' },
    guideRegion: 'Anleitung',
    helpdeskRegion: 'Helpdesk',
    saveUnreadableHeading: 'Ihr gespeicherter Fortschritt konnte nicht gelesen werden',
    codeUnreadableHeading: 'Der Code in der Adresse konnte nicht verwendet werden',
    consoleLink: 'Helpdesk-Konsole',
    rehearsalLink: 'Übung',
    helpCentreLink: 'Hilfe-Center',
    helpCentreStart: 'Eine Frage zu EU Login oder Europass? Lesen Sie das Hilfe-Center',
    loadFailed: {
      heading: 'Ein Teil des Coachs konnte nicht geladen werden',
      body: 'Prüfen Sie Ihre Internetverbindung und laden Sie die Seite dann neu. Gespeicherter Fortschritt bleibt erhalten.',
    },
    crashed: {
      heading: 'Im Coach ist ein Fehler aufgetreten',
      body: 'Laden Sie die Seite neu, um mit Ihrem gespeicherten Fortschritt weiterzumachen. Passiert es erneut, beginnen Sie neu.',
    },
    reload: 'Seite neu laden',
    languageFailed:
      'Diese Sprache konnte nicht heruntergeladen werden. Prüfen Sie Ihre Internetverbindung und wählen Sie sie erneut.',
  },
  modeChoice: modeChoiceDe,
  picker: {
    heading: 'Was möchten Sie üben?',
    intro:
      'Zwei-Faktor-Authentifizierung bedeutet, dass EU Login neben Ihrem Passwort noch etwas anderes prüft, etwa Ihr Telefon oder einen Sicherheitsschlüssel, sodass ein gestohlenes Passwort allein Ihr Konto nicht öffnen kann. Wählen Sie eine Aufgabe: Sie handeln auf einem nachgebildeten PC, Telefon und Postfach, während die Anleitung Ihnen sagt, was zu tun ist.',
    groupSetUp: 'Einrichten',
    groupSignIn: 'Anmelden',
    groupTrouble: 'Ein Problem lösen',
    start: 'Starten',
    startJourney: 'Starten: {journey}',
    stepCount: '{count, plural, one {# Schritt} other {# Schritte}}',
    duration: 'Etwa {minutes} Min.',
    whatIfHeading: 'Schwieriger machen (optional)',
    whatIfIntro: 'Schalten Sie Dinge ein, die schiefgehen können, um zu üben, wie Sie da wieder herauskommen.',
    whatIfNone: 'Für diese Aufgabe gibt es nichts zusätzlich einzuschalten.',
    whatIfLoadFailed:
      'Die Liste der Dinge, die schiefgehen können, wurde nicht heruntergeladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    whatIfSelected: 'Eingeschaltet: {count}',
    resumeHeading: 'Haben Sie einen Freigabecode?',
    resumeIntro: 'Fügen Sie ihn ein, um dort weiterzumachen, wo Sie oder eine Helpdesk-Fachkraft aufgehört haben.',
  },
  start: {
    needHeading: 'Was Sie brauchen',
    needPc: 'Einen Computer mit Webbrowser',
    needPhone: 'Ein Smartphone mit Bildschirmsperre (PIN, Muster, Fingerabdruck oder Gesicht)',
    needApp: 'Die kostenlose EU-Login-App aus Google Play oder dem App Store',
    needTime: 'Etwa {minutes} Minuten ohne Unterbrechung',
    recommendedHeading: 'Neu hier? Beginnen Sie hiermit',
    recommendedIntro:
      'Die meisten beginnen damit, das Konto zu erstellen und die App zu verknüpfen: Alles andere baut darauf auf.',
    othersHeading: 'Weitere Abläufe',
    othersIntro: 'Anmelden, ein verlorenes Telefon, eine vergessene PIN: Üben Sie sie, wenn Sie sie brauchen.',
    haveCode: 'Ich habe einen Freigabecode',
  },
  guide: {
    resumeLabel: 'Freigabecode',
    resumeHint:
      'Geben Sie den ganzen Code ein oder fügen Sie ihn ein. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle, und ein O zählt als Null.',
    resumeButton: 'Weitermachen',
    startFresh: 'Neu beginnen',
  },
  helpdesk: { title: 'Helpdesk-Leitfaden', toggle: 'Helpdesk-Modus' },
  common: {
    loading: 'Wird geladen…',
    error: 'Etwas ist schiefgegangen',
    close: 'Schließen',
    retry: 'Erneut versuchen',
    ok: 'OK',
    yes: 'Ja',
    no: 'Nein',
    on: 'Ein',
    off: 'Aus',
    required: 'Pflichtfeld',
    optional: 'optional',
    newTab: '(öffnet in einem neuen Tab)',
  },
} satisfies PageUi;
