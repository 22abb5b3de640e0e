import type { UiModeChoice } from '../guide-mode.types.js';

/** A escolha de modo na página inicial, em português. */
export const modeChoicePt: UiModeChoice = {
  legend: 'Como quer usar o treinador?',
  rehearse: 'Ensaiar em ecrãs simulados',
  rehearseHint:
    'Pratique primeiro num computador, telemóvel e caixa de correio simulados. Nada do que escreve sai desta página.',
  guide: 'Guiar-me na configuração verdadeira',
  guideTagline: 'Configure a sério a autenticação de dois fatores do EU Login, com o treinador ao seu lado.',
  guideHint:
    'Faça a configuração real do EU Login noutra janela; o treinador diz o que fazer e você indica o que aconteceu.',
};
