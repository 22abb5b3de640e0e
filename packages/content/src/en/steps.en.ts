import type { Content } from '../content.types.js';

export const stepsEn = {
  'coach.journeys': {
    title: 'Choose what to practise',
    body: 'Pick the task you want to rehearse, from creating an account to recovering from a lost phone. You can switch on things that can go wrong before you start.',
    helpdesk: {
      ask: [
        'What are you trying to do today: create an account, add your phone, or sign in?',
        'Do you already have an EU Login account?',
        'Do you have a smartphone or tablet with you?',
      ],
      say: [
        'Open the coach and choose the journey that matches what you want to do.',
        'If you are not sure, choose the full set-up: it covers everything from the start.',
        'Why a second factor: even if someone steals or guesses your password, they still cannot get in without your phone, key or eID.',
      ],
      ifThen: [
        {
          if: 'The caller has no smartphone',
          then: 'Choose "No smartphone? Use a security key": a tablet, a security key or Windows Hello also works.',
        },
        {
          if: 'The caller lost their phone or changed phones',
          then: 'Old phone lost or unusable: choose "Replace a phone you can no longer use" if another factor still works, otherwise "I lost my phone". Old phone still works: add the new one first, then delete the old one.',
        },
        {
          if: 'The caller already signs in with a national eID',
          then: 'Tell them they do not need to set up anything else: the eID already counts as two factors.',
        },
      ],
    },
  },
  'signIn.email': {
    title: 'Type your e-mail address',
    body: 'On the PC, the EU Login page asks for your e-mail address first. Type it and press "Next".',
    helpdesk: {
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
  },
  'signIn.userNotFound': {
    title: 'No account for this address',
    body: 'On the PC, EU Login says it knows no account for the address you typed. Check the spelling, try another address, or create an account.',
    helpdesk: {
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
  },
  'signIn.password': {
    title: 'Type your password and choose how to confirm',
    body: 'On the PC, type your password and pick a method in "Choose your verification method", then press "Sign in". The list only offers the methods the website accepts.',
    helpdesk: {
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
  },
  'signIn.locked': {
    title: 'Too many failed tries',
    body: 'On the PC, EU Login refuses sign-in to this account for a while after too many failed tries: wrong passwords, wrong app PINs or wrong one-time codes. Starting again does not lift the block. Wait about {lockoutMinutes} minutes or reset your password.',
    assumed:
      'EU Login does not publish how many failed tries it accepts or how long it then waits. The coach assumes {passwordAttempts} passwords, {pinAttempts} app PINs or {otpAttempts} codes in a row, and {lockoutMinutes} minutes.',
    helpdesk: {
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
  },
  'signIn.pinWait': {
    title: 'Confirm the sign-in on your phone',
    body: 'The PC now waits while EU Login sends a request to your phone. Open the EU Login app: the request appears and asks for your PIN.',
    assumed:
      'EU Login does not publish how long the PC waits for your confirmation. The coach assumes {pinWaitSeconds} seconds.',
    helpdesk: {
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
  },
  'signIn.appNotification': {
    title: 'Tap the notification',
    body: 'The app was in the background, so your phone shows a notification from EU Login. Tap it to open the request.',
    helpdesk: {
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
  },
  'signIn.appPin': {
    title: 'Type your app PIN',
    body: 'On your phone, the EU Login app asks for the four-digit PIN you chose when you added the phone. Type it and tap "Authenticate".',
    assumed:
      'EU Login does not publish how many wrong PINs the app accepts. The coach assumes {pinAttempts}; after that the request is refused.',
    helpdesk: {
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
  },
  'signIn.refused': {
    title: 'Sign-in refused',
    body: 'On the PC, EU Login says the request was refused, usually after too many wrong PINs in the app. Those PINs count for the account, not for one request: after {pinAttempts} in a row, sign-in is blocked for about {lockoutMinutes} minutes, even with a new request.',
    assumed:
      'EU Login does not publish after how many wrong PINs a request is refused or how long sign-in then stays blocked. The coach assumes {pinAttempts} PINs and {lockoutMinutes} minutes.',
    helpdesk: {
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
  },
  'signIn.qrScan': {
    title: 'Scan the QR code with the app',
    body: 'The PC shows a QR code. On your phone, open the EU Login app, choose to scan a QR code and point the camera at the PC screen. This works even without internet.',
    helpdesk: {
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
  },
  'signIn.qrCode': {
    title: 'Type the one-time code on the PC',
    body: 'Your phone now shows a one-time code. Type it into the box on the PC and press "Sign in". Each code works once.',
    assumed:
      'EU Login does not publish what the one-time code looks like or how long it lasts. The coach shows letters and digits in two groups and accepts them for {challengeMinutes} minutes.',
    helpdesk: {
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
  },
  'signIn.securityKey': {
    title: 'Use your security key',
    body: 'On the PC, your browser asks you to confirm with your security key or with Windows Hello. Touch the key, or use your fingerprint, face or PIN.',
    helpdesk: {
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
  },
  'signIn.expired': {
    title: 'The request expired',
    body: 'On the PC, EU Login says the sign-in request took too long. Start again and confirm on your phone a little faster.',
    assumed:
      'EU Login does not publish how long a sign-in request lasts. The coach assumes {pinWaitSeconds} seconds for a PIN request and {challengeMinutes} minutes for a QR code.',
    helpdesk: {
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
  },
  'signIn.done': {
    title: 'You are signed in',
    body: 'The PC is back on the website you wanted to use, and you are signed in. Nothing else to do.',
    helpdesk: {
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
  },
  'register.form': {
    title: 'Fill in the registration form',
    body: 'On the PC, type your first and last name, your e-mail address twice, choose the language of EU Login mails, type the characters from the picture and tick the privacy box. Then press "Create an account".',
    assumed: 'One guide says the picture code is asked only "if requested". The coach always asks for it.',
    helpdesk: {
      ask: [
        'Are you on the page titled "Create an account"?',
        'Which e-mail address will you use? It must be one you can open right now.',
      ],
      say: [
        'Type your names as you like; any alphabet is fine.',
        'Type your e-mail address twice, the same way both times.',
        'Type the characters from the picture, tick the privacy statement box and press "Create an account".',
      ],
      ifThen: [
        {
          if: 'The page says the address is already registered',
          then: 'They already have an account, maybe from another website. Use "Lost your password?" instead of registering.',
        },
        {
          if: 'The page refuses an address of an EU institution',
          then: 'Staff accounts are made by the institution. Use a private address, or contact the local IT helpdesk.',
        },
        {
          if: 'The picture is hard to read',
          then: 'Press the button with two arrows to get a new picture.',
        },
        {
          if: 'A throwaway address is refused',
          then: 'Use a permanent address: EU Login mails matter later, for resets and security notices.',
        },
      ],
    },
  },
  'register.mailSent': {
    title: 'Open the confirmation mail',
    body: 'In your mailbox, a mail from EU Login arrives with a link. It can take up to {mailMinutes} minutes; check the spam folder too. Open the link to choose your password. (Here, "Wait" in the mailbox skips the waiting.)',
    assumed:
      'EU Login does not publish how long the link works, or whether it offers to send the registration mail again. The coach assumes {linkMinutes} minutes, offers "Send the mail again" and accepts only the newest link.',
    helpdesk: {
      ask: [
        'Did the PC say an e-mail was sent? To which address?',
        'Have you looked in the spam or junk folder?',
        'How long ago did you press "Create an account"?',
      ],
      say: [
        'Look for a mail from automated-notifications@nomail.ec.europa.eu.',
        'Open it and click the link, or copy it into the browser address bar.',
      ],
      ifThen: [
        {
          if: 'Nothing in the inbox',
          then: 'Check spam and junk, then wait: it can take up to {mailMinutes} minutes.',
        },
        {
          if: 'The address on the PC has a typo',
          then: 'That mail will never arrive. Register again with the right address.',
        },
        {
          if: 'The link is split over two lines',
          then: 'Copy the whole link into the browser address bar in one piece.',
        },
        {
          if: 'The link says it has expired',
          then: 'Register again; the link lasts a limited time ({linkMinutes} minutes here, assumed).',
        },
      ],
    },
  },
  'register.linkExpired': {
    title: 'The link has expired',
    body: 'On the PC, EU Login says the confirmation link is too old. Start the registration again to get a fresh mail.',
    assumed:
      'EU Login only says the link works for a limited time. The coach assumes {linkMinutes} minutes and lets you send the mail again or register again.',
    helpdesk: {
      ask: ['When did the mail arrive?', 'Did you click the newest mail, if there are several?'],
      say: [
        'Go back to the EU Login page and choose "Create an account" again.',
        'Open the new mail soon after it arrives.',
      ],
      ifThen: [
        {
          if: 'The page then says the address is already registered',
          then: 'Use "Lost your password?" with that address to finish setting a password.',
        },
        {
          if: 'Several mails arrived',
          then: 'Use the newest one; in this rehearsal only the newest link works.',
        },
      ],
    },
  },
  'password.set': {
    title: 'Choose your password',
    body: 'On the PC, type a new password twice. It needs at least {min} characters with upper and lower case letters, a digit and a special character.',
    assumed:
      'EU Login does not publish a rule against your name or e-mail address in the password. The coach assumes one and refuses such passwords.',
    helpdesk: {
      ask: [
        'Does the page show two boxes, "New password" and "Confirm new password"?',
        'What does the red message under the box say, if any?',
      ],
      say: [
        'Use at least {min} characters, mixing capitals, small letters, digits and a sign such as ! or #.',
        'Leave out your name and the first part of your e-mail address.',
        'Type the same password in both boxes, then press "Submit".',
      ],
      ifThen: [
        {
          if: 'The page says the password was changed too recently',
          then: 'EU Login allows one change every {changeHours} hours. Sign in with the current password, or try tomorrow.',
        },
        {
          if: 'The two boxes do not match',
          then: 'Clear both and type them again slowly; turn on "Show password" if there is one.',
        },
        {
          if: 'A password manager filled in something else',
          then: 'Clear the boxes and type the password yourself.',
        },
      ],
    },
  },
  'register.done': {
    title: 'Your account is ready',
    body: 'On the PC, EU Login confirms the password and signs you in. Many websites also need a second factor, so add your phone next.',
    helpdesk: {
      ask: ['Does the PC say you are now authenticated?'],
      say: [
        'Your account works. Now add a second factor: the EU Login app, a security key or an eID.',
        'Open the gear icon at the top right and choose "My Account".',
      ],
      ifThen: [
        {
          if: 'The caller has no smartphone',
          then: 'A tablet, a security key or Windows Hello works too.',
        },
      ],
    },
  },
  'passwordReset.request': {
    title: 'Ask for a new password',
    body: 'On the PC, check your e-mail address, type the characters from the picture and press "Get a password". EU Login then mails you a link.',
    helpdesk: {
      ask: ['Is your e-mail address shown on the page?', 'Can you read the characters in the picture?'],
      say: [
        'Make sure the address is the one of your EU Login account.',
        'Type the characters from the picture and press "Get a password".',
      ],
      ifThen: [
        {
          if: 'The picture is unreadable',
          then: 'Press the two-arrows button for a new picture.',
        },
        {
          if: 'The account e-mail address is out of date',
          then: 'The mail goes to the old address. If they can no longer open it, contact EU Login support via https://webgate.ec.europa.eu/cas/help.html.',
        },
      ],
    },
  },
  'passwordReset.mailSent': {
    title: 'Open the reset mail',
    body: 'In your mailbox, a mail from EU Login arrives with a link to set a new password. It can take up to {mailMinutes} minutes; check spam too. (Here, "Wait" in the mailbox skips the waiting.)',
    assumed:
      'EU Login does not publish how long a reset link works or whether a newer request cancels older links. The coach assumes {linkMinutes} minutes and accepts only the newest link.',
    helpdesk: {
      ask: ['Have you looked in the spam or junk folder?', 'Did you ask for a reset more than once?'],
      say: [
        'Look for a mail from automated-notifications@nomail.ec.europa.eu and open its link.',
        'If you asked several times, use the newest mail only.',
      ],
      ifThen: [
        {
          if: 'Nothing arrives',
          then: 'Wait up to {mailMinutes} minutes and check spam; then ask for a new link.',
        },
        {
          if: 'The link says it has expired or is invalid',
          then: 'Ask for a new link with "Lost your password?" and use the newest mail.',
        },
      ],
    },
  },
  'passwordReset.linkExpired': {
    title: 'The reset link no longer works',
    body: 'On the PC, EU Login says the reset link expired or was replaced by a newer one. Ask for a new link.',
    assumed:
      'EU Login does not publish how long a reset link works. The coach assumes {linkMinutes} minutes, and a newer request replaces older links.',
    helpdesk: {
      ask: ['Is this the newest reset mail you received?'],
      say: [
        'Go back to https://webgate.ec.europa.eu/cas/login, type your e-mail address, choose "Lost your password?" and ask again.',
        'Open the new mail right away.',
      ],
      ifThen: [
        {
          if: 'Every link seems expired',
          then: 'Delete the old reset mails, ask once more and wait for that one mail only.',
        },
      ],
    },
  },
  'passwordReset.done': {
    title: 'Your new password is set',
    body: 'On the PC, EU Login confirms the new password. Use it from now on; your app and keys still work as before.',
    helpdesk: {
      ask: ['Does the page confirm the password was changed?'],
      say: [
        'Your new password is active. Sign in with it as usual.',
        'You can change it again only after {changeHours} hours.',
      ],
      ifThen: [
        {
          if: 'The old password is saved in the browser',
          then: 'Update or delete the saved password so it does not fill in the old one.',
        },
      ],
    },
  },
  'account.home': {
    title: 'Open My Account',
    body: 'On the PC, signed in to EU Login, go to "My Account" (on the real EU Login, through the gear icon at the top right). It lists what you can manage: mobile devices, eIDs, security keys.',
    helpdesk: {
      ask: ['Do you see a gear icon at the top right of the EU Login page?', 'Are you signed in?'],
      say: [
        'Open the settings menu (the gear icon, top right) and pick "My Account".',
        'Then choose the item for what you want to add or change.',
      ],
      ifThen: [
        {
          if: 'EU Login asks you to sign in again with a second factor',
          then: 'This is normal when a factor exists already: confirm with it first.',
        },
        {
          if: 'The lost phone is the only factor',
          then: 'Use "Delete all my devices and eID (PANIC)" to start afresh.',
        },
        {
          if: 'The EU Login pages are in another language',
          then: 'Switch the page language to English with the language menu at the top of the page.',
        },
        {
          if: 'The caller wants to change the e-mail address of the account',
          then: 'Choose "Configure my account", type the new address, press "Submit" and open the confirmation link sent to the new address. Do not create a second account.',
        },
      ],
    },
  },
  'device.list': {
    title: 'Manage your mobile devices',
    body: 'On the PC, "Manage my mobile devices" lists the phones linked to your account. Choose "Add a mobile device", or delete an old one.',
    helpdesk: {
      ask: ['Which devices are listed?', 'Is the phone you want to add already in the list?'],
      say: [
        'To add your phone, choose "Add a mobile device".',
        'To remove an old phone, choose delete next to its name.',
      ],
      ifThen: [
        {
          if: 'The app was reinstalled on the same phone',
          then: 'The old link no longer works. Delete the old entry, then add the phone again.',
        },
        {
          if: 'The caller has no smartphone',
          then: 'Add a security key or Windows Hello instead, or use a tablet.',
        },
      ],
    },
  },
  'device.addForm': {
    title: 'Name the phone and choose a PIN',
    body: 'On the PC, give your phone a name you will recognise and choose a four-digit PIN, twice. Press "Submit" and a QR code appears.',
    assumed:
      'EU Login does not publish rules for device names. The coach assumes a name is required, has a maximum length and contains no < or >.',
    helpdesk: {
      ask: [
        'Do you see the "Add a mobile device" form with a name and two PIN boxes?',
        'Have you installed the EU Login app on the phone already?',
      ],
      say: [
        'Type a name such as "My phone".',
        'Choose four digits you will remember; you will type them in the app each time you sign in.',
        'Type the same four digits in both PIN boxes and press "Submit".',
      ],
      ifThen: [
        {
          if: 'The PIN boxes do not match',
          then: 'Clear both and type the same four digits again.',
        },
        {
          if: 'The PIN is refused',
          then: 'The PIN is exactly four digits, no letters.',
        },
        {
          if: 'The app is not installed yet',
          then: 'Install the EU Login app first, then come back to this form.',
        },
      ],
    },
  },
  'device.qrShown': {
    title: 'Pick up your phone',
    body: 'The PC now shows a QR code. On your phone, the EU Login app still shows its set-up instructions: tap "Next" to open its scanner.',
    assumed: 'EU Login does not publish how long this QR code stays valid. The coach assumes {enrolQrMinutes} minutes.',
    helpdesk: {
      ask: [
        'Is there a QR code on the PC?',
        'Does the EU Login app on your phone show its instructions with a "Next" button?',
      ],
      say: [
        'In the EU Login app, tap "Next".',
        'Allow the camera if the phone asks, then point it at the QR code on the PC.',
      ],
      ifThen: [
        {
          if: 'The caller scanned with the phone camera',
          then: 'That does not work. Use the scanner inside the EU Login app.',
        },
        {
          if: 'The QR code disappeared or says expired',
          then: 'Fill in the form again; the code lasts about {enrolQrMinutes} minutes (assumed).',
        },
        {
          if: 'The app shows its welcome screen with "Initialise" instead',
          then: 'Tap "Initialise", then "Next". Either order works: EU Login\'s own guides sometimes add the device on the PC first and sometimes tap "Initialise" first.',
        },
      ],
    },
  },
  'device.qrExpired': {
    title: 'The QR code expired',
    body: 'On the PC, the QR code is no longer valid. Fill in the "Add a mobile device" form again to get a fresh one.',
    assumed: 'EU Login does not publish how long the QR code stays valid. The coach assumes {enrolQrMinutes} minutes.',
    helpdesk: {
      ask: ['Does the PC say the code expired?'],
      say: [
        'Start again with "Add a mobile device".',
        'Keep the EU Login app open on its "Next" screen before you press "Submit".',
      ],
      ifThen: [
        {
          if: 'It expires again',
          then: 'Submit the form, then tap "Next" in the app at once and scan straight away.',
        },
      ],
    },
  },
  'device.added': {
    title: 'Your phone is linked',
    body: 'On the PC, EU Login confirms the device is added; it is now listed under "Manage my mobile devices". From now on, choose the app in "Choose your verification method" when you sign in. Press "Sign out" to try it.',
    helpdesk: {
      ask: ['Is the new device name in the list on the PC?'],
      say: [
        'The phone is ready. Next time, pick "Mobile App + PIN Code" when signing in.',
        'If an old phone is still listed, delete it.',
      ],
      ifThen: [
        {
          if: 'The device does not appear',
          then: 'Reload the page; the confirmation can take a couple of minutes.',
        },
      ],
    },
  },
  'device.deleteConfirm': {
    title: 'Delete the old device',
    body: 'On the PC, confirm that you want to remove the old phone from your account. The old phone can no longer confirm sign-ins.',
    helpdesk: {
      ask: ['Which device are you about to delete?', 'Does another factor still work, such as a new phone or a key?'],
      say: ['Check the device name, then confirm the deletion.'],
      ifThen: [
        {
          if: 'The caller is about to delete their only working device',
          then: 'Stop: add the new device first, then delete the old one.',
        },
      ],
    },
  },
  'app.install': {
    title: 'Install the EU Login app',
    body: 'On your phone, open the app store (Google Play or the App Store), search for "EU Login", and install the free app by the European Commission.',
    helpdesk: {
      ask: ['Is your phone Android or iPhone?', 'Do you see the app "EU Login" by the European Commission?'],
      say: [
        'Open Google Play on Android, or the App Store on iPhone.',
        'Search for EU Login, install it, then open it.',
      ],
      ifThen: [
        {
          if: 'The caller has no smartphone',
          then: 'A tablet works the same way; otherwise use a security key or Windows Hello.',
        },
        {
          if: 'Several apps appear',
          then: 'Pick the one published by the European Commission.',
        },
      ],
    },
  },
  'app.notifications': {
    title: 'Allow notifications',
    body: 'On your phone, the EU Login app asks to send notifications. Allow them: the app needs them to set up and to receive sign-in requests.',
    helpdesk: {
      ask: ['Does the phone ask whether EU Login may send notifications?'],
      say: ['Tap "Allow".'],
      ifThen: [
        {
          if: 'The caller tapped "Don\'t allow"',
          then: 'Open the phone settings, find EU Login, and turn notifications on.',
        },
      ],
    },
  },
  'app.notificationsDenied': {
    title: 'Turn notifications back on',
    body: 'On your phone, notifications for EU Login are off, so the app cannot finish its set-up. Turn them on in the phone settings.',
    helpdesk: {
      ask: ['Do you know where your phone settings are?'],
      say: [
        'Open the phone settings, then Notifications (or Apps), then EU Login.',
        'Turn notifications on and go back to the app.',
      ],
      ifThen: [
        {
          if: 'The caller cannot find the setting',
          then: 'Search for "notifications" in the settings search box.',
        },
      ],
    },
  },
  'app.welcome': {
    title: 'Start the set-up in the app',
    body: 'On your phone, the EU Login app shows its welcome screen. Tap "Initialise": the app tells you to open EU Login on your PC.',
    helpdesk: {
      ask: ['Do you see the "Initialise" button in the app?'],
      say: [
        'Tap "Initialise".',
        'Then, on the PC, open https://webgate.ec.europa.eu/cas/mobile, sign in and choose "Add a mobile device".',
      ],
      ifThen: [
        {
          if: 'The app refuses because the phone has no screen lock',
          then: 'Set a PIN, pattern or fingerprint lock on the phone first.',
        },
        {
          if: 'The caller already added the device on the PC and sees the QR code there',
          then: 'That is fine: EU Login\'s guides show both orders. Tap "Initialise", then "Next", and scan the code.',
        },
      ],
    },
  },
  'app.noScreenLock': {
    title: 'Secure your phone first',
    body: 'On your phone, the EU Login app refuses to start because the phone has no screen lock. Set a PIN, pattern or fingerprint lock in the phone settings.',
    assumed:
      'The Europass FAQ says the app cannot be used on a phone without a screen lock, but not how the app tells you. The coach assumes a blocking notice before "Initialise".',
    helpdesk: {
      ask: ['Does your phone open without a PIN, pattern or fingerprint?'],
      say: [
        'Open the phone settings, then Security or Screen lock.',
        'Choose a PIN, pattern or fingerprint, then go back to the EU Login app.',
      ],
      ifThen: [
        {
          if: 'The caller does not want a screen lock',
          then: 'The app cannot run without one. Use a security key or Windows Hello instead.',
        },
      ],
    },
  },
  'app.cameraPermission': {
    title: 'Allow the camera',
    body: 'On your phone, the EU Login app asks to use the camera so it can read the QR code. Allow it.',
    helpdesk: {
      ask: ['Does the phone ask whether EU Login may use the camera?'],
      say: ['Tap "Allow".'],
      ifThen: [
        {
          if: 'The caller refused',
          then: 'Open the phone settings, find EU Login, and allow the camera.',
        },
      ],
    },
  },
  'app.cameraDenied': {
    title: 'Allow the camera in settings',
    body: 'On your phone, the EU Login app has no access to the camera, so it cannot read the QR code. Allow the camera in the phone settings.',
    helpdesk: {
      ask: ['Does the app say it cannot use the camera?'],
      say: [
        'Open the phone settings, then Apps, then EU Login, then Permissions.',
        'Allow the camera and go back to the app.',
      ],
      ifThen: [
        {
          if: 'The QR code expired meanwhile',
          then: 'Fill in the "Add a mobile device" form on the PC again.',
        },
      ],
    },
  },
  'app.scanner': {
    title: 'Scan the QR code on the PC',
    body: 'On your phone, the app shows the camera view. Hold the phone in front of the PC screen so the QR code fills the frame; the real app moves on by itself once it has read it (here, press "Scan the QR code on the PC screen").',
    helpdesk: {
      ask: ['Do you see the camera view inside the EU Login app?', 'Is the QR code still on the PC screen?'],
      say: [
        'Hold the phone about 20 cm from the screen so the whole code fits in the frame.',
        'Keep still until the app moves on by itself.',
      ],
      ifThen: [
        {
          if: 'The app does not react',
          then: 'Make the PC screen brighter, remove reflections, and move the phone a little closer or further away.',
        },
        {
          if: 'The caller is using the normal camera app',
          then: 'Close it. Only the EU Login app can use this code.',
        },
      ],
    },
  },
  'app.foreignScanner': {
    title: 'Wrong scanner',
    body: 'On your phone, the camera app read the QR code as plain text. Only the EU Login app can use it: go back to the app and scan from there.',
    helpdesk: {
      ask: ['Did a link or some text appear instead of the EU Login app?'],
      say: [
        'Close the camera app; do not open the link it shows.',
        'Go back to the EU Login app and scan with its own scanner; tap "Next" if it shows its instructions again.',
      ],
      ifThen: [
        {
          if: 'The QR code expired meanwhile',
          then: 'Fill in the "Add a mobile device" form again for a new code.',
        },
      ],
    },
  },
  'app.scanError': {
    title: 'The app could not use the code',
    body: 'On your phone, the app says the QR code is invalid or expired. Get a fresh code on the PC and scan again.',
    helpdesk: {
      ask: ['What exactly does the app say?', 'How long ago was the QR code shown on the PC?'],
      say: ['On the PC, fill in "Add a mobile device" again.', 'Scan the new code straight away.'],
      ifThen: [
        {
          if: 'The caller scanned a picture or a printout',
          then: 'Scan the code shown live on the EU Login page.',
        },
      ],
    },
  },
  'app.enrolPin': {
    title: 'Confirm with your PIN',
    body: 'On your phone, type the four-digit PIN you chose on the PC a moment ago and tap "Authenticate".',
    assumed:
      'EU Login does not publish how many wrong PINs it accepts here. The coach assumes {pinAttempts}; after that this QR code stops working and you start again on the PC.',
    helpdesk: {
      ask: ['Does the app ask for a PIN?', 'Do you remember the four digits you typed on the PC form?'],
      say: ['Type the same four digits you typed on the PC and tap "Authenticate".'],
      ifThen: [
        {
          if: 'The PIN is wrong',
          then: 'Try again. If it is forgotten, fill in the PC form again with a new PIN.',
        },
        {
          if: 'The app says this phone is used by another account',
          then: 'In this rehearsal one phone holds one account (newer app versions may hold several). Unlink the other account in the app, or use another device.',
        },
      ],
    },
  },
  'app.deviceInUse': {
    title: 'This phone belongs to another account',
    body: 'On your phone, the app says it is already linked to another EU Login account. Unlink that account in the app, or use another device.',
    assumed:
      "EU Login's guides disagree: older ones allow one account per device, newer ones describe several accounts in one app. The coach follows the older rule and refuses a second account.",
    helpdesk: {
      ask: ['Did someone else, or another account of yours, use the EU Login app on this phone before?'],
      say: [
        'If the other account is yours and no longer needed, unlink it in the app.',
        'Otherwise, use another phone or tablet, or a security key.',
      ],
      ifThen: [
        {
          if: 'The other account belongs to a family member',
          then: 'Do not unlink it: they would lose their factor. Use another device.',
        },
      ],
    },
  },
  'app.enrolled': {
    title: 'The app is set up',
    body: 'On your phone, the app confirms the device is set up. Tap "Continue"; the PC confirms too.',
    helpdesk: {
      ask: ['Does the app show a success message?'],
      say: ['Tap "Continue". You can turn on fingerprint or face unlock in the app if offered.'],
      ifThen: [
        {
          if: 'The PC still waits',
          then: 'Wait up to a couple of minutes, or open the app notification to help it through.',
        },
      ],
    },
  },
  'pin.settings': {
    title: 'Open the app settings',
    body: 'On your phone, open the EU Login app settings and choose "Forgot PIN code"; this is also how you change the PIN. The settings icon is three dots on Android and a cog wheel on iPhone, and where it sits depends on the app version.',
    helpdesk: {
      ask: [
        'Is the EU Login app open?',
        'Is your phone Android or iPhone?',
        'Do you see three dots or a cog wheel, at the top right or at the bottom right?',
      ],
      say: ['Tap the settings icon (three dots on Android, a cog wheel on iPhone), then "Forgot PIN code".'],
      ifThen: [
        {
          if: 'The caller cannot find the option',
          then: 'Delete the device on the PC under "Manage my mobile devices" and add the phone again with a new PIN.',
        },
        {
          if: '"Forgot PIN code" does not work',
          then: 'Delete the device in "Manage my mobile devices" on the PC (https://webgate.ec.europa.eu/cas/mobile) and add the phone again with a new PIN. EU Login\'s help has at times advised this instead of the in-app reset.',
        },
      ],
    },
  },
  'pin.credentials': {
    title: 'Prove it is you',
    body: 'On your phone, the app asks you to prove who you are: type your EU Login e-mail address and password.',
    assumed:
      'EU Login does not publish what the app does after several wrong passwords here. The coach assumes the same block as on the PC: {passwordAttempts} tries, then {lockoutMinutes} minutes.',
    helpdesk: {
      ask: ['Does the app ask for your e-mail and password?'],
      say: ['Type your EU Login e-mail address and password, the same ones you use on the PC.'],
      ifThen: [
        {
          if: 'The password is refused',
          then: 'Reset it on the PC with "Lost your password?", then come back.',
        },
        {
          if: 'The app blocks after several tries',
          then: 'Wait a while (assumed {lockoutMinutes} minutes) or reset the password.',
        },
      ],
    },
  },
  'pin.new': {
    title: 'Choose a new PIN',
    body: 'On your phone, type a new four-digit PIN twice.',
    helpdesk: {
      ask: ['Does the app ask for a new PIN?'],
      say: ['Choose four digits you will remember, and type them twice.'],
      ifThen: [
        {
          if: 'The two PINs differ',
          then: 'Type both again slowly.',
        },
      ],
    },
  },
  'pin.changed': {
    title: 'Your new PIN works',
    body: 'On your phone, the app confirms the new PIN. Fingerprint or face unlock is switched off and can be turned on again.',
    helpdesk: {
      ask: ['Does the app confirm the change?'],
      say: [
        'Use the new PIN from now on.',
        'If you used fingerprint or face unlock, turn it on again in the app settings.',
      ],
      ifThen: [
        {
          if: 'The new PIN is refused at sign-in',
          then: 'Delete the device on the PC and add it again.',
        },
      ],
    },
  },
  'eid.manage': {
    title: 'Manage your eIDs',
    body: 'On the PC, in My Account, open "Manage my eIDs" and choose "Link my eID". Have your card reader or national eID app ready.',
    helpdesk: {
      ask: ['Which country issued your eID?', 'Do you use a card reader or a national eID app?'],
      say: ['Choose "Manage my eIDs", then "Link my eID".'],
      ifThen: [
        {
          if: 'EU Login asks for a second factor first',
          then: 'Confirm with the factor you already have.',
        },
      ],
    },
  },
  'eid.country': {
    title: 'Pick your country',
    body: 'On the PC, pick the country that issued your eID (EU Login shows flags; here it is a list) and press "Submit".',
    assumed:
      'This rehearsal shows an example list of countries. EU Login publishes no list here; the sources only say eID works for about 19 member states.',
    helpdesk: {
      ask: ['Is the flag of your country in the list?'],
      say: ['Click your country\'s flag, then "Submit".'],
      ifThen: [
        {
          if: 'The country is missing',
          then: 'Its eID cannot be used with EU Login yet. Use the app or a security key instead.',
        },
        {
          if: 'The caller chose "Sign in with eID" but never linked the eID to their account',
          then: 'That creates a separate account holding only the eID, not their usual one. Sign in with the password instead and link the eID in My Account.',
        },
      ],
    },
  },
  'eid.national': {
    title: 'Sign in with your national eID',
    body: "On the PC, your country's eID page opens. Sign in there with your card reader or national app; you then come back to EU Login.",
    helpdesk: {
      ask: ["Which page is open now: your country's eID service?"],
      say: [
        'Follow your national eID page.',
        'Questions about the card, reader or national app go to your national eID support.',
      ],
      ifThen: [
        {
          if: 'The national page shows an error',
          then: 'Check the card reader and the national app, then start again from "Link my eID".',
        },
        {
          if: 'The caller cancelled',
          then: 'Start again from "Link my eID".',
        },
      ],
    },
  },
  'eid.linked': {
    title: 'Your eID is linked',
    body: 'On the PC, EU Login confirms the link. You can now use "Sign in with eID", which counts as two factors on its own.',
    helpdesk: {
      ask: ['Does the page confirm the eID is linked?'],
      say: ['Next time, choose "Sign in with eID" on the first EU Login page.'],
      ifThen: [
        {
          if: 'The website does not offer "Sign in with eID"',
          then: 'That website does not accept eID; use the app or a security key there.',
        },
      ],
    },
  },
  'eid.failed': {
    title: 'The national eID step did not finish',
    body: 'On the PC, EU Login says the national sign-in did not finish, so nothing changed. Try again, or use another method.',
    helpdesk: {
      ask: ['Did you cancel on the national page, or did it show an error?'],
      say: ['Press "Try again" to choose your country again, or cancel and use another method.'],
      ifThen: [
        {
          if: 'It fails every time',
          then: 'Contact the national eID support, or set up the EU Login app instead.',
        },
      ],
    },
  },
  'key.manage': {
    title: 'Manage your security keys',
    body: 'On the PC, in My Account, open "Manage my Security Keys and Trusted Platforms" and choose "Add a Security Key".',
    helpdesk: {
      ask: ['Do you have a USB security key, or a PC with Windows Hello?'],
      say: ['Choose "Manage my Security Keys and Trusted Platforms", then "Add a Security Key".'],
      ifThen: [
        {
          if: 'EU Login asks for a second factor first',
          then: 'Confirm with the factor you already have.',
        },
        {
          if: 'The caller wants to use a passkey',
          then: 'Passkeys work although the page does not name them: choose "Add a Security Key", ideally starting in the phone\'s own browser. To use a phone passkey from a PC, turn on Bluetooth on both; no pairing is needed.',
        },
      ],
    },
  },
  'key.addForm': {
    title: 'Name your key',
    body: 'On the PC, give the key a name you will recognise, such as "Blue USB key" or "Work laptop", and press "Submit".',
    assumed:
      'EU Login does not publish rules for key names or what happens when the same key is added twice. The coach assumes a short name without < or > and refuses a key already on your account.',
    helpdesk: {
      ask: ['Is the key plugged in, or is Windows Hello set up on this PC?'],
      say: ['Type a name and press "Submit". Your browser will then ask you to confirm.'],
      ifThen: [
        {
          if: 'The name is refused',
          then: 'Use a shorter name without < or >.',
        },
      ],
    },
  },
  'key.prompt': {
    title: 'Confirm with the key',
    body: 'On the PC, your browser asks you to use the key: touch it when it blinks, or confirm with Windows Hello (fingerprint, face or PIN).',
    helpdesk: {
      ask: ['What does the browser window ask?'],
      say: ['Touch the key, or follow the Windows Hello prompt. Do not close the window.'],
      ifThen: [
        {
          if: 'The caller closed the window',
          then: 'Start again from "Add a Security Key".',
        },
        {
          if: 'The browser says this key is already registered',
          then: 'It is already on the account: use it, or add a different key.',
        },
      ],
    },
  },
  'key.added': {
    title: 'Your key is added',
    body: 'On the PC, the key appears in your list. Choose it in "Choose your verification method" when you sign in.',
    helpdesk: {
      ask: ['Is the key listed now?'],
      say: ['Next time, choose the security key method and touch the key when asked.'],
      ifThen: [
        {
          if: 'The caller has only this one factor',
          then: 'Suggest adding a second key or the app, so losing one does not lock them out.',
        },
      ],
    },
  },
  'key.failed': {
    title: 'The key was not added',
    body: 'On the PC, EU Login says the key could not be added: the prompt was cancelled, or the key is already on your account.',
    helpdesk: {
      ask: ['Did you cancel the browser prompt, or did it say the key is already registered?'],
      say: ['Try again from "Add a Security Key", and complete the browser prompt.'],
      ifThen: [
        {
          if: 'The key is already registered',
          then: 'There is nothing to add: use the key to sign in.',
        },
      ],
    },
  },
  'noSmartphone.options': {
    title: 'No smartphone? Other ways',
    body: 'Without a smartphone, you can install the EU Login app on a tablet, use a USB security key (a YubiKey, for example), or use Windows Hello on your PC. Pick one.',
    helpdesk: {
      ask: ['Do you have an Android or iPad tablet?', 'Do you have a USB security key, or a PC with Windows Hello?'],
      say: [
        'A tablet works exactly like a phone for the EU Login app.',
        'A security key or Windows Hello is added under "Manage my Security Keys and Trusted Platforms".',
      ],
      ifThen: [
        {
          if: 'The caller asks about SMS',
          then: 'EU Login no longer offers SMS codes since mid-2025.',
        },
        {
          if: 'The caller has a national eID',
          then: 'Linking it is another option, if their country is supported.',
        },
        {
          if: 'The caller asks about passkeys',
          then: 'A passkey also works: add it with "Add a Security Key", ideally from the phone\'s own browser. To use it from a PC, Bluetooth must be on on both devices.',
        },
      ],
    },
  },
  'recovery.options': {
    title: 'Lost or replaced your phone?',
    body: 'If the old phone still works, add the new one first and delete the old one afterwards. If it is lost or unusable, sign in with another factor and remove it; with no other factor, sign in with your password and delete all your devices in My Account.',
    helpdesk: {
      ask: ['Do you still have the old phone?', 'Do you have another factor: a second phone, a security key, an eID?'],
      say: [
        'Old phone still works: add the new phone first, then delete the old one.',
        'Old phone lost or unusable, but another factor works: sign in with it, delete the old phone, then add the new one.',
        'No other factor: sign in with your password, open My Account and use "Delete all my devices and eID (PANIC)".',
      ],
      ifThen: [
        {
          if: 'The caller wants to delete a phone that still works before adding the new one',
          then: 'Stop: add the new phone first, so the account is never left without a factor.',
        },
        {
          if: '"Always require multi-factor authentication" was on',
          then: 'Password alone is not offered, so the caller is locked out: contact EU Login support via https://webgate.ec.europa.eu/cas/help.html.',
        },
      ],
    },
  },
  'panic.confirm': {
    title: 'Delete all devices and eIDs',
    body: 'On the PC, in My Account, confirm "Delete all my devices and eID (PANIC)". Every phone and eID is removed from your account; you then sign in with your password alone.',
    helpdesk: {
      ask: ['Are you sure no other factor works?', 'Do you still know your password?'],
      say: ['Confirm the deletion.', 'Then add your new phone at once, because many websites need a second factor.'],
      ifThen: [
        {
          if: 'The caller still has another factor',
          then: 'Do not use PANIC; sign in with that factor and delete only the lost phone.',
        },
      ],
    },
  },
  'panic.done': {
    title: 'All devices removed',
    body: 'On the PC, EU Login confirms that all devices and eIDs are gone and mails you a security notice. Add your new phone now.',
    assumed:
      'EU Login does not publish whether PANIC asks for more checks or sends an e-mail. The coach assumes a confirmation, immediate deletion and a security notice by mail.',
    helpdesk: {
      ask: ['Does the page confirm the deletion?'],
      say: ['Go to "Manage my mobile devices" (https://webgate.ec.europa.eu/cas/mobile) and add your new phone.'],
      ifThen: [
        {
          if: 'The caller did not ask for this and got a security mail',
          then: 'Someone may know their password: reset it right away.',
        },
      ],
    },
  },
} satisfies Content['steps'];
