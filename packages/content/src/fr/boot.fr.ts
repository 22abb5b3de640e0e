import type { BootTexts } from '../boot-texts.js';

/** What a page says in French when even its own texts cannot be downloaded (bundled with the code). */
export const bootFr: BootTexts = {
  heading: 'Le coach n’a pas pu démarrer',
  body: 'Ses textes n’ont pas été téléchargés. Vérifiez votre connexion Internet et réessayez. La progression que vous aviez enregistrée est conservée.',
  retry: 'Réessayer',
  retrying: 'Nouvel essai en cours…',
};
