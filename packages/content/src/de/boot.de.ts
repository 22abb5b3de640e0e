import type { BootTexts } from '../boot-texts.js';

/** What a page says in German when even its own texts cannot be downloaded (bundled with the code). */
export const bootDe: BootTexts = {
  heading: 'Der Coach konnte nicht starten',
  body: 'Seine Texte wurden nicht heruntergeladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Gespeicherter Fortschritt bleibt erhalten.',
  retry: 'Erneut versuchen',
  retrying: 'Neuer Versuch läuft…',
};
