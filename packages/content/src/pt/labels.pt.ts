import type { Content } from '../content.types.js';

export const fieldsPt = {
  email: { label: 'E-mail', hint: 'O endereço que usa no EU Login. Tem de conseguir abrir as mensagens dele.' },
  emailConfirm: { label: 'Confirmar o e-mail', hint: 'Escreva de novo o mesmo endereço, para evitar erros.' },
  firstName: { label: 'Nome próprio', hint: 'Pode usar letras de qualquer alfabeto.' },
  lastName: { label: 'Apelido', hint: 'Pode usar letras de qualquer alfabeto.' },
  emailLanguage: {
    label: 'Língua das mensagens',
    hint: 'O EU Login escreve-lhe nesta língua, seja qual for a língua das páginas.',
  },
  captcha: { label: 'Escreva o código', hint: 'Escreva as letras e os algarismos que aparecem na imagem.' },
  privacy: { label: 'Declaração de privacidade' },
  password: {
    label: 'Palavra-passe',
    hint: 'Pelo menos {min} caracteres, com maiúsculas, minúsculas, um algarismo e um carácter especial. Este ensaio também recusa o seu nome e o endereço de e-mail (regra assumida).',
  },
  passwordConfirm: { label: 'Confirmar a nova palavra-passe', hint: 'Escreva de novo a mesma palavra-passe.' },
  method: {
    label: 'Escolha o método de verificação',
    hint: 'A lista só mostra os métodos que o site aceita.',
  },
  deviceName: {
    label: 'Nome do dispositivo',
    hint: 'Qualquer nome que lhe diga de que dispositivo se trata, como «O meu telemóvel».',
  },
  pin: { label: 'Código PIN de 4 algarismos', hint: 'Vai escrevê-lo na aplicação sempre que iniciar sessão.' },
  pinConfirm: { label: 'Confirmar o código PIN' },
  otp: {
    label: 'Código de utilização única',
    hint: 'As letras e os algarismos que a aplicação EU Login mostra depois de ler o código QR.',
  },
  keyName: {
    label: 'Nome da chave de segurança',
    hint: 'Qualquer nome que lhe diga de que chave se trata, como «Chave USB azul».',
  },
  country: { label: 'País', hint: 'O país que emitiu a sua eID.' },
  form: { label: 'Formulário' },
} satisfies Content['fields'];

export const methodsPt = {
  password: 'Palavra-passe',
  appPin: 'Aplicação móvel + código PIN',
  appQr: 'Código QR da aplicação móvel EU Login',
  securityKey: 'Chave de segurança ou plataforma de confiança',
} satisfies Content['methods'];

export const keyKindsPt = {
  securityKey: 'Chave de segurança que liga ou encosta (por exemplo, uma YubiKey)',
  trustedPlatform: 'Plataforma de confiança integrada neste computador (por exemplo, o Windows Hello)',
} satisfies Content['keyKinds'];

export const noSmartphoneOptionsPt = {
  tablet: {
    label: 'Um tablet',
    description: 'Instale a aplicação EU Login num tablet Android ou num iPad; funciona tal como num telemóvel.',
  },
  securityKey: {
    label: 'Uma chave de segurança',
    description: 'Uma pequena chave USB ou NFC (por exemplo, uma YubiKey) em que toca para confirmar.',
  },
  trustedPlatform: {
    label: 'O Windows Hello ou o seu Mac',
    description: 'O computador confirma com a sua impressão digital, o rosto ou um PIN.',
  },
} satisfies Content['noSmartphoneOptions'];

export const recoverySituationsPt = {
  otherFactor: {
    label: 'Outro fator ainda funciona',
    description:
      'O telemóvel antigo perdeu-se ou já não funciona, mas uma chave de segurança, uma eID ou um segundo telemóvel funciona: inicie sessão com ele, elimine o telemóvel antigo e associe o novo. Se o antigo ainda funcionar, adicione primeiro o novo e só depois elimine o antigo.',
  },
  noFactor: {
    label: 'Não tenho outro fator',
    description:
      'Inicie sessão com a palavra-passe, elimine todos os dispositivos e eID em «A minha conta» («Eliminar todos os meus dispositivos e eID (PANIC)») e associe o telemóvel novo.',
  },
} satisfies Content['recoverySituations'];

export const surfacesPt = {
  pc: 'o computador',
  phone: 'o telemóvel',
  mail: 'a caixa de correio',
  guide: 'este guia',
} satisfies Content['surfaces'];

export const countriesPt = {
  AT: 'Áustria',
  BE: 'Bélgica',
  CZ: 'Chéquia',
  DE: 'Alemanha',
  DK: 'Dinamarca',
  EE: 'Estónia',
  ES: 'Espanha',
  FI: 'Finlândia',
  HR: 'Croácia',
  IT: 'Itália',
  LT: 'Lituânia',
  LU: 'Luxemburgo',
  LV: 'Letónia',
  MT: 'Malta',
  NL: 'Países Baixos',
  PL: 'Polónia',
  PT: 'Portugal',
  SE: 'Suécia',
  SI: 'Eslovénia',
  SK: 'Eslováquia',
} satisfies Content['countries'];

export const flowsPt = {
  coach: 'Começar',
  signIn: 'Iniciar sessão',
  register: 'Criar uma conta',
  password: 'Escolher a palavra-passe',
  passwordReset: 'Redefinir a palavra-passe',
  account: 'A minha conta',
  device: 'Dispositivos móveis',
  app: 'A aplicação EU Login',
  pin: 'O PIN da aplicação',
  eid: 'eID nacional',
  key: 'Chaves de segurança',
  noSmartphone: 'Sem smartphone',
  recovery: 'Telemóvel perdido ou novo',
  panic: 'Eliminar todos os dispositivos',
} satisfies Content['flows'];

export const whatIfKindsPt = {
  condition: 'Algo na sua situação',
  action: 'Algo que pode fazer',
} satisfies Content['whatIfKinds'];

export const phoneStatesPt = {
  app: {
    notInstalled: 'Aplicação não instalada',
    installed: 'Aplicação instalada, por configurar',
    waitingForQr: 'Aplicação à espera de ler um código QR',
    initialised: 'Aplicação configurada e associada',
  },
  permission: {
    unknown: 'Ainda não foi pedido',
    allowed: 'Permitido',
    denied: 'Recusado',
  },
} satisfies Content['phoneStates'];
