import type { FlowHelpdeskScripts } from '../../content.types.js';

export const signInHelpdeskEn = {
  'signIn.email': {
    ask: [
      'What does the page show: one box for your e-mail, or a box for your password too?',
      'Which address does the website you want to use know you by?',
    ],
    say: [
      'Type the e-mail address you registered with, with no spaces before or after it.',
      'Press "Next". If you do not have an account yet, choose "Create an account" instead.',
      'If no website sent you to EU Login, open https://webgate.ec.europa.eu/cas/login yourself.',
    ],
    ifThen: [
      {
        if: 'The page says the user is not found',
        then: 'Check the spelling with them. If it is right, they have no account with that address: create one.',
      },
      {
        if: 'A different address is already filled in',
        then: 'Delete it and type the right one, or use "Sign in with a different e-mail address".',
      },
      {
        if: 'The caller has several addresses',
        then: 'Ask which one received the EU Login confirmation mail: that is the account.',
      },
    ],
  },
  'signIn.userNotFound': {
    ask: [
      'Can you read me the address shown on the page, letter by letter?',
      'Have you ever received a mail from EU Login at another address?',
    ],
    say: [
      'If the address is mistyped, choose "Sign in with a different e-mail address" and type it again.',
      'If you never created an account, choose "Create an account".',
    ],
    ifThen: [
      {
        if: 'The address has a typo',
        then: 'Go back and type it again slowly.',
      },
      {
        if: 'The caller is sure they registered with this address',
        then: 'Ask them to search their mailbox and spam for a mail from EU Login; they may have used another address.',
      },
    ],
  },
  'signIn.password': {
    ask: [
      'Do you see your address with "(external)" under it?',
      'Which methods are in the "Choose your verification method" list?',
      'Have you set up the EU Login app, a security key or an eID before?',
    ],
    say: [
      'Type your EU Login password. Passwords are case-sensitive.',
      'Choose "Mobile App + PIN Code" (some pages call it "EU Login Mobile App PIN Code") if your phone is set up, then press "Sign in".',
    ],
    ifThen: [
      {
        if: '"Password" alone is refused or missing',
        then: 'The website requires a second factor. Set up the app, a security key or an eID first.',
      },
      {
        if: 'The caller forgot the password',
        then: 'Use "Lost your password?" under the password box.',
      },
      {
        if: 'The page says the password is wrong, for example "incorrect password supplied"',
        then: 'Check Caps Lock and the keyboard layout, or use "Lost your password?" to set a new one. After {passwordAttempts} wrong tries, sign-in is blocked for a while (assumed).',
      },
      {
        if: 'The phone with the app is lost',
        then: 'Go to the recovery options: another factor, or deleting all devices.',
      },
      {
        if: '"Password" is missing for every website, even ones that accepted it before',
        then: 'The account option "Always require multi-factor authentication" may be on: sign in with the second factor. If that factor is lost, only EU Login support can help (https://webgate.ec.europa.eu/cas/help.html).',
      },
      {
        if: 'The caller is signing in on the phone that has the EU Login app',
        then: 'They can choose "On Mobile" in the list: EU Login opens the app on that same phone to confirm with the PIN or fingerprint. This coach does not rehearse it.',
      },
      {
        if: 'The caller used to get SMS codes',
        then: 'EU Login stopped SMS codes in mid-2025. Set up the EU Login app, a security key or an eID instead.',
      },
      {
        if: 'The page says they are logged in as one user and cannot use a factor registered to another user',
        then: 'That phone, key or eID is linked to a different EU Login account. Sign in with the right account, or contact EU Login support, which has a procedure for this (https://webgate.ec.europa.eu/cas/help.html).',
      },
      {
        if: 'The page shows error 5305',
        then: 'EU Login\'s help links this error to PANIC: sign in with the password, open My Account, use "Delete all my devices and eID (PANIC)", then add a factor again.',
      },
    ],
  },
  'signIn.locked': {
    ask: ['How many times did you try the password?', 'Do you still know the password, or should we reset it?'],
    say: [
      'Wait about {lockoutMinutes} minutes before trying again (an assumed figure: EU Login does not publish it).',
      'If you are not sure of the password, choose "Lost your password?" now.',
    ],
    ifThen: [
      {
        if: 'The caller cannot wait',
        then: 'Reset the password with "Lost your password?".',
      },
      {
        if: 'The block does not lift after waiting',
        then: 'Reset the password; if that fails too, contact EU Login support via https://webgate.ec.europa.eu/cas/help.html.',
      },
    ],
  },
  'signIn.pinWait': {
    ask: [
      'Does the PC say it is waiting for your mobile device?',
      'Is the EU Login app open on your phone, and does the phone have internet?',
    ],
    say: [
      'Pick up your phone and open the EU Login app.',
      'The request should appear; if the app was closed, tap the notification instead.',
    ],
    ifThen: [
      {
        if: 'No request reaches the phone',
        then: 'Check mobile data or Wi-Fi; the PIN method needs internet. Otherwise choose the QR code method, which works offline.',
      },
      {
        if: 'The PC says the request expired',
        then: 'Press "Try again" and confirm on the phone within about {pinWaitSeconds} seconds (assumed).',
      },
      {
        if: 'Notifications are turned off for the app',
        then: 'Open the app directly; to get alerts, allow notifications in the phone settings.',
      },
    ],
  },
  'signIn.appNotification': {
    ask: ['Do you see a notification from EU Login on your phone?', 'Is the phone locked?'],
    say: [
      'Unlock your phone and tap the EU Login notification.',
      'If you swiped it away, open the EU Login app directly.',
    ],
    ifThen: [
      {
        if: 'There is no notification',
        then: 'Open the EU Login app; the pending request shows there too.',
      },
      {
        if: 'Tapping opens another account',
        then: 'Use "Switch account" in the app, if it holds several accounts.',
      },
    ],
  },
  'signIn.appPin': {
    ask: [
      'Does the app show a PIN pad?',
      'Do you remember the four-digit PIN you chose on the PC when you added this phone?',
    ],
    say: [
      'Type the four digits and tap "Authenticate".',
      'This is the app PIN, not your phone unlock code and not your password.',
    ],
    ifThen: [
      {
        if: 'The app says the PIN is wrong',
        then: 'Try once more carefully. After {pinAttempts} wrong PINs the request is refused (assumed).',
      },
      {
        if: 'The caller forgot the PIN',
        then: 'Open the app settings and use "Forgot PIN code".',
      },
      {
        if: 'The PC does not move on after the PIN',
        then: 'Wait a moment; if it still waits, press "Try again" on the PC.',
      },
    ],
  },
  'signIn.refused': {
    ask: ['Did the app say the PIN was wrong?', 'Are you sure of the PIN, or should we reset it?'],
    say: [
      'Press "Try again" on the PC and confirm on the phone with the right PIN.',
      'If you do not remember the PIN, reset it in the app first.',
    ],
    ifThen: [
      {
        if: 'The caller does not know the PIN',
        then: 'Go to the app settings and use "Forgot PIN code".',
      },
      {
        if: 'The PIN reset in the app fails',
        then: 'Delete the device under "Manage my mobile devices" and add the phone again.',
      },
    ],
  },
  'signIn.qrScan': {
    ask: [
      'Is there a QR code on the PC screen?',
      'Did you open the scanner inside the EU Login app, or the phone camera?',
    ],
    say: [
      'Open the EU Login app and use its QR code scanner.',
      'Hold the phone so the whole QR code fits in the frame.',
    ],
    ifThen: [
      {
        if: 'The caller used the phone camera',
        then: 'The camera cannot use this code. Open the EU Login app and scan from there.',
      },
      {
        if: 'The app says it is not set up',
        then: 'This phone is not linked to the account yet: add it first, or pick another method.',
      },
      {
        if: 'The code expired',
        then: 'Press "Try again" on the PC to get a fresh QR code.',
      },
    ],
  },
  'signIn.qrCode': {
    ask: ['What does the app show: a code of letters and digits?', 'Is the QR code still on the PC screen?'],
    say: ['Type the code exactly as the app shows it.', 'Press "Sign in" on the PC.'],
    ifThen: [
      {
        if: 'The PC says the code is wrong',
        then: 'Check each character against the app, as some look alike (8 and B, 5 and S), or scan the QR code again for a new code.',
      },
      {
        if: 'The PC says the code was already used',
        then: 'Scan the QR code again to get a fresh code.',
      },
      {
        if: 'The PC says the code expired',
        then: 'Press "Try again"; codes last about {challengeMinutes} minutes (assumed).',
      },
    ],
  },
  'signIn.securityKey': {
    ask: [
      'What does the browser window ask you to do?',
      'Is your security key plugged in, or are you using Windows Hello?',
    ],
    say: [
      'Plug in the key and touch its button when it blinks, or follow the Windows Hello prompt.',
      'Do not close the browser window while it waits.',
    ],
    ifThen: [
      {
        if: 'The prompt was closed or cancelled',
        then: 'Press "Sign in" again to get a new prompt.',
      },
      {
        if: 'The page says the key is not registered',
        then: 'This key was never added to the account. Use another key or method, or add it under "Manage my Security Keys and Trusted Platforms".',
      },
    ],
  },
  'signIn.expired': {
    ask: ['How long did you wait before confirming on the phone?', 'Did the phone have internet at the time?'],
    say: [
      'Press "Try again" on the PC.',
      'Have the phone unlocked and the EU Login app open before you press "Sign in".',
    ],
    ifThen: [
      {
        if: 'It expires every time',
        then: 'Switch to the QR code method: it needs no internet on the phone.',
      },
      {
        if: 'The phone is offline',
        then: 'Turn on mobile data or Wi-Fi, or use the QR code method.',
      },
    ],
  },
  'signIn.done': {
    ask: ['Do you see the website you wanted, with your name or account menu?'],
    say: [
      'You are in. Next time, you will sign in the same way.',
      'Signing out of EU Login does not sign you out of websites that are already open.',
    ],
    ifThen: [
      {
        if: 'The website still says access is denied',
        then: 'The website may need a stronger method than the one used: sign out and sign in with the app or a key.',
      },
      {
        if: 'The website answers INVALID_USER or says it accepts only internal users',
        then: "That website is for staff accounts only; a self-registered (external) account cannot use it. Send the caller to the website's own helpdesk.",
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'signIn'>;
