import type { FlowHelpdeskScripts } from '../../content.types.js';

export const panicHelpdeskDe = {
  'panic.confirm': {
    ask: ['Sind Sie sicher, dass kein anderer Faktor funktioniert?', 'Kennen Sie Ihr Passwort noch?'],
    say: [
      'Bestätigen Sie das Löschen.',
      'Fügen Sie dann sofort Ihr neues Telefon hinzu, denn viele Websites verlangen einen zweiten Faktor.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person hat noch einen anderen Faktor',
        then: 'Verwenden Sie nicht PANIC; melden Sie sich mit diesem Faktor an und löschen Sie nur das verlorene Telefon.',
      },
    ],
  },
  'panic.done': {
    ask: ['Bestätigt die Seite das Löschen?'],
    say: [
      'Gehen Sie zu „Meine Mobilgeräte verwalten“ (https://webgate.ec.europa.eu/cas/mobile) und fügen Sie Ihr neues Telefon hinzu.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person hat dies nicht veranlasst und eine Sicherheits-E-Mail erhalten',
        then: 'Jemand kennt möglicherweise ihr Passwort: Setzen Sie es sofort zurück.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'panic'>;
