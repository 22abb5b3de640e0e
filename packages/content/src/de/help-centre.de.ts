import type { HelpCentreTexts } from '../help-centre.types.js';

export const helpCentreDe: HelpCentreTexts = {
  heading: 'Hilfe-Center',
  intro:
    'Antworten auf häufige Fragen zur Zwei-Faktor-Authentifizierung von EU Login und zu Europass. Üben Sie eine Situation auf nachgebildeten Bildschirmen, oder lassen Sie sich vom Coach durch die echte Einrichtung führen.',
  searchLabel: 'Im Hilfe-Center suchen',
  searchHint: 'Beschreiben Sie Ihr Problem mit eigenen Worten, oder geben Sie ein, was auf Ihrem Bildschirm steht.',
  resultCount: '{count, plural, one {# Antwort gefunden} other {# Antworten gefunden}}',
  noResults: 'Nichts gefunden. Versuchen Sie andere Wörter, oder sehen Sie sich die Fragen unten an.',
  resultsHeading: 'Beste Antworten',
  sections: {
    twoFactor: {
      heading: 'Zwei-Faktor-Authentifizierung mit EU Login',
      intro:
        'Einen zweiten Faktor einrichten und nutzen: die EU-Login-App, einen Sicherheitsschlüssel oder Ihre nationale eID.',
    },
    problems: {
      heading: 'Wenn etwas schiefgeht',
      intro: 'Die Probleme, die am häufigsten gemeldet werden, und wie Sie sie lösen.',
    },
    europass: {
      heading: 'Über Europass',
      intro: 'Europass-Dokumente, Sprach- und digitale Kompetenzen und die Rahmen, die Qualifikationen beschreiben.',
    },
  },
  rehearse: 'Üben',
  rehearseLabel: 'Üben: {question}',
  guideMe: 'Mich führen',
  guideMeLabel: 'Mich durch die echte Einrichtung führen: {question}',
  copyLink: 'Link kopieren',
  copyLinkLabel: 'Link kopieren zu: {question}',
  copied: 'Link kopiert.',
  copyFailed: 'Kopieren wurde nicht erlaubt. Markieren Sie den Link und kopieren Sie ihn selbst:',
  loadFailed:
    'Die Hilfetexte konnten nicht heruntergeladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  backToTop: 'Zurück zur Suche',
  stepLinksHeading: 'Hilfe zu diesem Schritt',
};
