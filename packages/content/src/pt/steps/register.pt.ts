import type { FlowStepTexts } from '../../content.types.js';

export const registerStepsPt = {
  'register.form': {
    title: 'Preencha o formulário de registo',
    body: 'No computador, escreva o nome próprio e o apelido, o endereço de e-mail duas vezes, escolha a língua das mensagens do EU Login, escreva os caracteres da imagem e assinale a caixa da privacidade. Depois prima «Criar uma conta».',
    assumed: 'Um guia diz que o código da imagem só é pedido «se for solicitado». O treinador pede-o sempre.',
  },
  'register.mailSent': {
    title: 'Abra a mensagem de confirmação',
    body: 'Na caixa de correio chega uma mensagem do EU Login com uma ligação. Pode demorar até {mailMinutes} minutos; veja também a pasta de spam. Abra a ligação para escolher a palavra-passe. (Aqui, o botão «Aguardar» da caixa de correio poupa-lhe a espera.)',
    assumed:
      'O EU Login não publica quanto tempo a ligação funciona nem se permite reenviar a mensagem de registo. O treinador assume {linkMinutes} minutos, oferece «Enviar a mensagem de novo» e só aceita a ligação mais recente.',
  },
  'register.linkExpired': {
    title: 'A ligação expirou',
    body: 'No computador, o EU Login indica que a ligação de confirmação é demasiado antiga. Recomece o registo para receber uma mensagem nova.',
    assumed:
      'O EU Login só diz que a ligação funciona durante um tempo limitado. O treinador assume {linkMinutes} minutos e permite reenviar a mensagem ou registar-se de novo.',
  },
  'register.done': {
    title: 'A sua conta está pronta',
    body: 'No computador, o EU Login confirma a palavra-passe e inicia a sessão. Muitos sites exigem também um segundo fator, por isso adicione já o telemóvel.',
  },
} satisfies FlowStepTexts<'register'>;
