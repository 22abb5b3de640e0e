import type { BootTexts } from '../boot-texts.js';

/** What a page says in European Portuguese when even its own texts cannot be downloaded (bundled with the code). */
export const bootPt: BootTexts = {
  heading: 'Não foi possível iniciar o treinador',
  body: 'Os textos não foram transferidos. Verifique a ligação à Internet e tente novamente. O progresso que tinha guardado mantém-se.',
  retry: 'Tentar novamente',
  retrying: 'A tentar novamente…',
};
