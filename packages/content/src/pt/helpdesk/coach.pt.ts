import type { FlowHelpdeskScripts } from '../../content.types.js';

export const coachHelpdeskPt = {
  'coach.journeys': {
    ask: [
      'O que pretende fazer hoje: criar uma conta, adicionar o telemóvel ou iniciar sessão?',
      'Já tem uma conta EU Login?',
      'Tem consigo um smartphone ou um tablet?',
    ],
    say: [
      'Abra o treinador e escolha o percurso que corresponde ao que pretende fazer.',
      'Na dúvida, escolha a configuração completa: cobre tudo desde o início.',
      'Porquê um segundo fator: mesmo que alguém roube ou adivinhe a sua palavra-passe, não consegue entrar sem o seu telemóvel, a sua chave ou a sua eID.',
    ],
    ifThen: [
      {
        if: 'A pessoa não tem smartphone',
        then: 'Escolha «Sem smartphone? Use uma chave de segurança»: um tablet, uma chave de segurança ou o Windows Hello também servem.',
      },
      {
        if: 'A pessoa perdeu ou trocou de telemóvel',
        then: 'Telemóvel antigo perdido ou inutilizável: escolha «Substituir um telemóvel que já não pode usar» se outro fator ainda funcionar; caso contrário, «Perdi o telemóvel». Telemóvel antigo ainda a funcionar: adicione primeiro o novo e só depois elimine o antigo.',
      },
      {
        if: 'A pessoa já inicia sessão com uma eID nacional',
        then: 'Explique que não precisa de configurar mais nada: a eID já conta como dois fatores.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'coach'>;
