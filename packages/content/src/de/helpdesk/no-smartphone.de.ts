import type { FlowHelpdeskScripts } from '../../content.types.js';

export const noSmartphoneHelpdeskDe = {
  'noSmartphone.options': {
    ask: [
      'Haben Sie ein Android-Tablet oder ein iPad?',
      'Haben Sie einen USB-Sicherheitsschlüssel oder einen PC mit Windows Hello?',
    ],
    say: [
      'Ein Tablet funktioniert für die EU-Login-App genauso wie ein Telefon.',
      'Ein Sicherheitsschlüssel oder Windows Hello wird unter „Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten“ hinzugefügt.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person fragt nach SMS',
        then: 'EU Login bietet seit Mitte 2025 keine SMS-Codes mehr an.',
      },
      {
        if: 'Die anrufende Person hat eine nationale eID',
        then: 'Sie zu verknüpfen ist eine weitere Möglichkeit, wenn ihr Land unterstützt wird.',
      },
      {
        if: 'Die anrufende Person fragt nach Passkeys',
        then: 'Ein Passkey funktioniert auch: Fügen Sie ihn mit „Sicherheitsschlüssel hinzufügen“ hinzu, am besten im Browser des Telefons selbst. Um ihn am PC zu verwenden, muss Bluetooth auf beiden Geräten eingeschaltet sein.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'noSmartphone'>;
