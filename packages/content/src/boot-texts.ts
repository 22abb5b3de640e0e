import type { Locale } from './content.types.js';

/** What a page says when even its own texts cannot be downloaded. */
export interface BootTexts {
  readonly heading: string;
  readonly body: string;
  readonly retry: string;
  /** Said while a new attempt is under way. */
  readonly retrying: string;
}

/**
 * The only sentences bundled with a page's code rather than downloaded with its language: without them, a page
 * whose texts fail to arrive could only stay blank. Kept to a few short texts per locale.
 */
export const BOOT_TEXTS: Readonly<Record<Locale, BootTexts>> = {
  en: {
    heading: 'The coach could not start',
    body: 'Its texts did not download. Check your internet connection and try again. Any progress you had saved is kept.',
    retry: 'Try again',
    retrying: 'Trying again…',
  },
  pt: {
    heading: 'Não foi possível iniciar o treinador',
    body: 'Os textos não foram transferidos. Verifique a ligação à Internet e tente novamente. O progresso que tinha guardado mantém-se.',
    retry: 'Tentar novamente',
    retrying: 'A tentar novamente…',
  },
  de: {
    heading: 'Der Coach konnte nicht starten',
    body: 'Seine Texte wurden nicht heruntergeladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Gespeicherter Fortschritt bleibt erhalten.',
    retry: 'Erneut versuchen',
    retrying: 'Neuer Versuch läuft…',
  },
};
