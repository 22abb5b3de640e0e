import type { UiModeChoice } from '../guide-mode.types.js';

/** The start page's choice of mode, in German. */
export const modeChoiceDe: UiModeChoice = {
  legend: 'Wie möchten Sie den Coach nutzen?',
  rehearse: 'Auf nachgebildeten Bildschirmen üben',
  rehearseHint:
    'Üben Sie zuerst auf einem nachgebildeten Computer, Telefon und Postfach. Nichts, was Sie eingeben, verlässt diese Seite.',
  guide: 'Mich durch die echte Einrichtung führen',
  guideTagline:
    'Richten Sie die Zwei-Faktor-Authentifizierung von EU Login wirklich ein, mit dem Coach an Ihrer Seite.',
  guideHint:
    'Führen Sie die echte Einrichtung von EU Login in einem anderen Fenster durch; der Coach sagt Ihnen, was zu tun ist, und Sie sagen, was passiert ist.',
};
