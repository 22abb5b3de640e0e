import type { Content } from '../content.types.js';

/** Params the machine attaches: {min}, {max}, {length}, {attemptsLeft}. */
export const errorsPt = {
  email: {
    required: 'Escreva o seu endereço de e-mail.',
    format: 'Isto não parece um endereço de e-mail. Verifique se falta o @ ou se há um erro de escrita.',
    tooLong: 'Um endereço de e-mail pode ter no máximo {max} caracteres.',
    institution:
      'Não é possível criar uma conta com o endereço de uma instituição da UE. As contas do pessoal são criadas pela instituição.',
    disposable: 'Isto parece uma caixa de correio temporária. Use um endereço permanente que vá manter.',
    alreadyRegistered:
      'Já existe uma conta com este endereço. Use «Esqueceu-se da palavra-passe?» para voltar a entrar nela.',
    notEnrolled: 'Nenhuma conta EU Login usa este endereço.',
    wrong: 'Este não é o endereço da conta associada à aplicação.',
    unsupported: 'Este endereço não pode ser usado com o EU Login.',
  },
  emailConfirm: {
    required: 'Escreva de novo o seu endereço de e-mail.',
    format: 'Isto não parece um endereço de e-mail.',
    tooLong: 'Um endereço de e-mail pode ter no máximo {max} caracteres.',
    mismatch: 'Os dois endereços são diferentes. Escreva o mesmo endereço nas duas caixas.',
  },
  firstName: {
    required: 'Escreva o seu nome próprio.',
    tooLong: 'Use no máximo {max} caracteres.',
    invalidCharacters: 'Use apenas letras e, se necessário, espaços, hífenes ou apóstrofos.',
  },
  lastName: {
    required: 'Escreva o seu apelido.',
    tooLong: 'Use no máximo {max} caracteres.',
    invalidCharacters: 'Use apenas letras e, se necessário, espaços, hífenes ou apóstrofos.',
  },
  emailLanguage: {
    required: 'Escolha a língua das mensagens do EU Login.',
    unsupported: 'Escolha uma das línguas da lista.',
  },
  captcha: {
    required: 'Escreva os caracteres que aparecem na imagem.',
    format: 'Escreva apenas as letras e os algarismos da imagem.',
    wrong: 'Estes não são os caracteres da imagem. Tente de novo ou obtenha uma imagem nova.',
    expired: 'A imagem expirou. Obtenha uma nova e escreva os caracteres dela.',
  },
  privacy: {
    mustAccept: 'Assinale a caixa para confirmar que leu a declaração de privacidade.',
  },
  password: {
    required: 'Escreva a palavra-passe.',
    tooShort: 'Use pelo menos {min} caracteres.',
    tooLong: 'Use no máximo {max} caracteres (um limite assumido: o EU Login não publica nenhum).',
    missingUpper: 'Acrescente pelo menos uma letra maiúscula.',
    missingLower: 'Acrescente pelo menos uma letra minúscula.',
    missingDigit: 'Acrescente pelo menos um algarismo.',
    missingSpecial: 'Acrescente pelo menos um carácter especial, como ! # ou %.',
    containsPersonalData:
      'Este ensaio recusa uma palavra-passe que contenha o seu nome ou a primeira parte do seu endereço de e-mail (regra assumida).',
    wrong:
      'Palavra-passe errada. Tentativas restantes antes de um bloqueio temporário (valor assumido): {attemptsLeft}.',
    tooManyAttempts: 'Demasiadas palavras-passe erradas. Aguarde algum tempo ou use «Esqueceu-se da palavra-passe?».',
    tooSoon: 'Alterou a palavra-passe há muito pouco tempo. Pode alterá-la de novo passadas 24 horas.',
    mismatch: 'As duas palavras-passe são diferentes. Escreva a mesma palavra-passe nas duas caixas.',
    expired: 'Esta página expirou. Peça uma ligação nova com «Esqueceu-se da palavra-passe?».',
  },
  passwordConfirm: {
    required: 'Escreva de novo a palavra-passe.',
    mismatch: 'As duas palavras-passe são diferentes. Escreva a mesma palavra-passe nas duas caixas.',
  },
  method: {
    required: 'Escolha um método de verificação.',
    mfaRequired:
      'Este site exige um segundo fator. Escolha a aplicação, uma chave de segurança ou a eID em vez de só a palavra-passe.',
    accountRequiresMfa:
      'A sua conta pede sempre um segundo fator («Exigir sempre autenticação multifator» está ativo). Escolha a aplicação ou uma chave de segurança.',
    notEnrolled:
      'Este método ainda não está configurado na sua conta. Escolha outro ou configure-o em «A minha conta».',
    cancelled: 'A confirmação foi cancelada. Tente de novo ou escolha outro método.',
    unavailable: 'Este método não está disponível para este site. Escolha outro.',
    expired: 'O pedido demorou demasiado. Tente de novo.',
    tooManyAttempts: 'Demasiadas tentativas falhadas com este método. Aguarde algum tempo ou escolha outro.',
    unsupported: 'Este site não aceita este método. Escolha outro.',
    wrong: 'A confirmação não corresponde. Tente de novo.',
  },
  deviceName: {
    required: 'Dê um nome ao dispositivo, como «O meu telemóvel».',
    tooLong: 'Use no máximo {max} caracteres.',
    invalidCharacters: 'Não use os caracteres < e > nem caracteres de controlo.',
    alreadyRegistered: 'A sua conta já tem um dispositivo com este nome. Escolha outro nome.',
  },
  pin: {
    required: 'Escreva um PIN de quatro algarismos.',
    notDigits: 'Use apenas algarismos, sem letras nem sinais.',
    wrongLength: 'O PIN tem de ter exatamente {length} algarismos.',
    wrong: 'PIN errado. Tentativas restantes (valor assumido): {attemptsLeft}.',
    tooManyAttempts: 'Demasiados PIN errados: o pedido foi recusado. Recomece ou redefina o PIN na aplicação.',
    expired: 'O pedido expirou. Recomece no computador.',
    mismatch: 'Os dois PIN são diferentes. Escreva os mesmos quatro algarismos duas vezes.',
  },
  pinConfirm: {
    required: 'Escreva de novo o PIN.',
    mismatch: 'Os dois PIN são diferentes. Escreva os mesmos quatro algarismos duas vezes.',
  },
  otp: {
    required: 'Escreva o código mostrado na aplicação.',
    invalidCharacters: 'Escreva apenas as letras e os algarismos mostrados na aplicação.',
    wrongLength:
      'Escreva as {length} letras e algarismos que a aplicação EU Login mostra, ou os 6 algarismos da sua própria aplicação de autenticação.',
    wrong: 'Este código não está certo. Verifique-o ou leia de novo o código QR para obter um novo.',
    used: 'Este código já foi usado. Leia de novo o código QR para obter um novo.',
    expired: 'Este código expirou. Recomece para obter um código QR novo.',
    tooManyAttempts:
      'Demasiados códigos errados: este código QR deixou de funcionar e o início de sessão na conta fica bloqueado durante algum tempo. Aguarde ou redefina a palavra-passe.',
  },
  keyName: {
    required: 'Dê um nome à chave, como «Chave USB azul».',
    tooLong: 'Use no máximo {max} caracteres.',
    invalidCharacters: 'Não use os caracteres < e > nem caracteres de controlo.',
    alreadyRegistered: 'Esta chave já está na sua conta.',
    cancelled: 'O pedido do navegador foi cancelado, por isso a chave não foi adicionada.',
  },
  country: {
    required: 'Escolha o país que emitiu a sua eID.',
    unsupported: 'A eID deste país ainda não pode ser associada ao EU Login.',
    cancelled: 'Cancelou na página nacional de eID. Nada foi associado.',
    unavailable: 'O serviço nacional de eID não respondeu. Tente mais tarde.',
    wrong: 'O início de sessão com a eID nacional falhou. Tente de novo.',
    notLinked:
      'Esta eID não está associada a nenhuma conta EU Login. Iniciar sessão com ela criaria uma conta à parte: para a usar com a sua, inicie sessão com a palavra-passe e associe-a em A minha conta, «Gerir as minhas eID».',
  },
  form: {
    unavailable: 'Não foi possível contactar o EU Login. Verifique a ligação à internet e tente de novo.',
    notEnrolled:
      'A aplicação EU Login deste telemóvel ainda não está configurada. Adicione primeiro o telemóvel à sua conta.',
    invalidCharacters: 'A aplicação não conseguiu usar este código QR. Leia o código mostrado na página do EU Login.',
    expired: 'Esta página expirou. Recomece.',
    used: 'Esta ligação já foi usada. Peça uma nova.',
    tooManyAttempts: 'Demasiadas tentativas. Aguarde algum tempo e recomece.',
    cancelled: 'Cancelado. Nada foi alterado.',
    wrong: 'Algo não corresponde. Verifique os dados e tente de novo.',
  },
  fallback: {
    required: 'Preencha este campo.',
    format: 'Verifique o formato deste valor.',
    tooLong: 'Use no máximo {max} caracteres.',
    tooShort: 'Use pelo menos {min} caracteres.',
    invalidCharacters: 'Contém caracteres que não são permitidos.',
    mismatch: 'Os dois valores são diferentes.',
    missingUpper: 'Acrescente pelo menos uma letra maiúscula.',
    missingLower: 'Acrescente pelo menos uma letra minúscula.',
    missingDigit: 'Acrescente pelo menos um algarismo.',
    missingSpecial: 'Acrescente pelo menos um carácter especial.',
    containsPersonalData: 'Não use o seu nome nem o seu endereço de e-mail.',
    notDigits: 'Use apenas algarismos.',
    wrongLength: 'Use exatamente {length} caracteres.',
    mustAccept: 'Assinale esta caixa para continuar.',
    unsupported: 'Esta opção não está disponível.',
    institution: 'Os endereços das instituições da UE não podem ser usados aqui.',
    disposable: 'Os endereços temporários não podem ser usados aqui.',
    alreadyRegistered: 'Isto já está registado.',
    wrong: 'Não está certo. Tente de novo.',
    tooSoon: 'É cedo demais. Tente mais tarde.',
    notEnrolled: 'Isto ainda não está configurado na sua conta.',
    notLinked: 'Isto não está associado a nenhuma conta EU Login.',
    mfaRequired: 'Aqui é necessário um segundo fator.',
    accountRequiresMfa: 'Esta conta exige sempre um segundo fator.',
    used: 'Isto já foi usado.',
    expired: 'Isto expirou. Recomece.',
    cancelled: 'Cancelado.',
    tooManyAttempts: 'Demasiadas tentativas. Aguarde algum tempo e tente de novo.',
    unavailable: 'Isto não está disponível de momento. Tente de novo.',
  },
} satisfies Content['errors'];
