import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Irish (ga), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 */
export const mailsGa: MailTexts = {
  confirmation: {
    subject: 'Críochnaigh do chlárú le EU Login',
    body: 'Dia duit, {firstName},\n\nChruthaigh duine éigin, tusa is dócha, cuntas EU Login leis an seoladh ríomhphoist seo. Chun an clárú a chur i gcrích, oscail an nasc thíos agus roghnaigh do phasfhocal:\n\n{link}\n\nTá an nasc bailí ar feadh {minutes} nóiméad. Má tá sé imithe in éag, cláraigh arís.\n\nMura ndearna tú an t-iarratas seo, déan neamhaird den ríomhphost seo; ní ghníomhachtófar aon chuntas.\n\nIs ríomhphost cleachtaidh é seo ón gcóitseálaí EU Login.',
    linkLabel: 'Roghnaigh mo phasfhocal',
  },
  reset: {
    subject: 'Athshocraigh do phasfhocal EU Login',
    body: 'Dia duit, {firstName},\n\nFuaireamar iarratas chun pasfhocal nua a shocrú ar do chuntas EU Login. Oscail an nasc thíos chun ceann a roghnú:\n\n{link}\n\nTá an nasc bailí ar feadh {minutes} nóiméad, agus ní áirítear ach an t-iarratas is déanaí.\n\nMura ndearna tú an t-iarratas seo, déan neamhaird den ríomhphost seo; fanfaidh do phasfhocal mar atá.\n\nIs ríomhphost cleachtaidh é seo ón gcóitseálaí EU Login.',
    linkLabel: 'Socraigh pasfhocal nua',
  },
  securityNotice: {
    subject: 'Fógra slándála faoi do chuntas EU Login',
    body: 'Dia duit, {firstName},\n\nBaineadh gach gléas soghluaiste agus gach eID de do chuntas EU Login ar ball beag. Is féidir leat logáil isteach anois le do phasfhocal agus gléas nua a chur leis.\n\nMura ndearna tú féin é seo, athshocraigh do phasfhocal láithreach:\n\n{link}\n\nIs ríomhphost cleachtaidh é seo ón gcóitseálaí EU Login.',
    linkLabel: 'Athshocraigh mo phasfhocal',
  },
  emailChanged: {
    subject: 'Deimhnigh do sheoladh ríomhphoist nua le haghaidh EU Login',
    body: "Dia duit, {firstName},\n\nD'iarr tú an seoladh seo a úsáid le haghaidh do chuntais EU Login. Oscail an nasc thíos chun é a dheimhniú:\n\n{link}\n\nTá an nasc bailí ar feadh {minutes} nóiméad. Go dtí go ndeimhneoidh tú é, fanfaidh an seanseoladh in úsáid.\n\nIs ríomhphost cleachtaidh é seo ón gcóitseálaí EU Login.",
    linkLabel: 'Deimhnigh mo sheoladh nua',
  },
};
