import type { FlowHelpdeskScripts } from '../../content.types.js';

export const keyHelpdeskDe = {
  'key.manage': {
    ask: ['Haben Sie einen USB-Sicherheitsschlüssel oder einen PC mit Windows Hello?'],
    say: [
      'Wählen Sie „Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten“ und dann „Sicherheitsschlüssel hinzufügen“.',
    ],
    ifThen: [
      {
        if: 'EU Login verlangt zuerst einen zweiten Faktor',
        then: 'Bestätigen Sie mit dem Faktor, den Sie bereits haben.',
      },
      {
        if: 'Die anrufende Person möchte einen Passkey verwenden',
        then: 'Passkeys funktionieren, auch wenn die Seite sie nicht nennt: Wählen Sie „Sicherheitsschlüssel hinzufügen“, am besten im Browser des Telefons selbst. Um einen Passkey des Telefons am PC zu verwenden, schalten Sie auf beiden Geräten Bluetooth ein; eine Kopplung ist nicht nötig.',
      },
    ],
  },
  'key.addForm': {
    ask: ['Ist der Schlüssel eingesteckt, oder ist Windows Hello auf diesem PC eingerichtet?'],
    say: ['Geben Sie einen Namen ein und klicken Sie auf „Senden“. Ihr Browser bittet Sie dann um Bestätigung.'],
    ifThen: [
      {
        if: 'Der Name wird abgelehnt',
        then: 'Verwenden Sie einen kürzeren Namen ohne < oder >.',
      },
    ],
  },
  'key.prompt': {
    ask: ['Wozu fordert Sie das Browserfenster auf?'],
    say: [
      'Berühren Sie den Schlüssel oder folgen Sie der Aufforderung von Windows Hello. Schließen Sie das Fenster nicht.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person hat das Fenster geschlossen',
        then: 'Beginnen Sie erneut bei „Sicherheitsschlüssel hinzufügen“.',
      },
      {
        if: 'Der Browser meldet, dass dieser Schlüssel bereits registriert ist',
        then: 'Er ist bereits im Konto: Verwenden Sie ihn oder fügen Sie einen anderen Schlüssel hinzu.',
      },
    ],
  },
  'key.added': {
    ask: ['Ist der Schlüssel jetzt aufgeführt?'],
    say: [
      'Wählen Sie beim nächsten Mal die Methode mit dem Sicherheitsschlüssel und berühren Sie den Schlüssel, wenn Sie dazu aufgefordert werden.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person hat nur diesen einen Faktor',
        then: 'Schlagen Sie vor, einen zweiten Schlüssel oder die App hinzuzufügen, damit der Verlust eines Faktors sie nicht aussperrt.',
      },
    ],
  },
  'key.failed': {
    ask: [
      'Haben Sie die Aufforderung des Browsers abgebrochen, oder hat er gemeldet, dass der Schlüssel bereits registriert ist?',
    ],
    say: [
      'Versuchen Sie es erneut ab „Sicherheitsschlüssel hinzufügen“ und schließen Sie die Aufforderung des Browsers ab.',
    ],
    ifThen: [
      {
        if: 'Der Schlüssel ist bereits registriert',
        then: 'Es gibt nichts hinzuzufügen: Melden Sie sich mit dem Schlüssel an.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'key'>;
