import type { FlowStepTexts } from '../../content.types.js';

export const signInStepsEn = {
  'signIn.email': {
    title: 'Type your e-mail address',
    body: 'On the PC, the EU Login page asks for your e-mail address first. Type it and press "Next".',
  },
  'signIn.userNotFound': {
    title: 'No account for this address',
    body: 'On the PC, EU Login says it knows no account for the address you typed. Check the spelling, try another address, or create an account.',
  },
  'signIn.password': {
    title: 'Type your password and choose how to confirm',
    body: 'On the PC, type your password and pick a method in "Choose your verification method", then press "Sign in". The list only offers the methods the website accepts.',
  },
  'signIn.locked': {
    title: 'Too many failed tries',
    body: 'On the PC, EU Login refuses sign-in to this account for a while after too many failed tries: wrong passwords, wrong app PINs or wrong one-time codes. Starting again does not lift the block. Wait about {lockoutMinutes} minutes or reset your password.',
    assumed:
      'EU Login does not publish how many failed tries it accepts or how long it then waits. The coach assumes {passwordAttempts} passwords, {pinAttempts} app PINs or {otpAttempts} codes in a row, and {lockoutMinutes} minutes.',
  },
  'signIn.pinWait': {
    title: 'Confirm the sign-in on your phone',
    body: 'The PC now waits while EU Login sends a request to your phone. Open the EU Login app: the request appears and asks for your PIN.',
    assumed:
      'EU Login does not publish how long the PC waits for your confirmation. The coach assumes {pinWaitSeconds} seconds.',
  },
  'signIn.appNotification': {
    title: 'Tap the notification',
    body: 'The app was in the background, so your phone shows a notification from EU Login. Tap it to open the request.',
  },
  'signIn.appPin': {
    title: 'Type your app PIN',
    body: 'On your phone, the EU Login app asks for the four-digit PIN you chose when you added the phone. Type it and tap "Authenticate".',
    assumed:
      'EU Login does not publish how many wrong PINs the app accepts. The coach assumes {pinAttempts}; after that the request is refused.',
  },
  'signIn.refused': {
    title: 'Sign-in refused',
    body: 'On the PC, EU Login says the request was refused, usually after too many wrong PINs in the app. Those PINs count for the account, not for one request: after {pinAttempts} in a row, sign-in is blocked for about {lockoutMinutes} minutes, even with a new request.',
    assumed:
      'EU Login does not publish after how many wrong PINs a request is refused or how long sign-in then stays blocked. The coach assumes {pinAttempts} PINs and {lockoutMinutes} minutes.',
  },
  'signIn.qrScan': {
    title: 'Scan the QR code with the app',
    body: 'The PC shows a QR code. On your phone, open the EU Login app, choose to scan a QR code and point the camera at the PC screen. This works even without internet.',
  },
  'signIn.qrCode': {
    title: 'Type the one-time code on the PC',
    body: 'Your phone now shows a one-time code. Type it into the box on the PC and press "Sign in". Each code works once.',
    assumed:
      'EU Login does not publish what the one-time code looks like or how long it lasts. The coach shows letters and digits in two groups and accepts them for {challengeMinutes} minutes.',
  },
  'signIn.securityKey': {
    title: 'Use your security key',
    body: 'On the PC, your browser asks you to confirm with your security key or with Windows Hello. Touch the key, or use your fingerprint, face or PIN.',
  },
  'signIn.expired': {
    title: 'The request expired',
    body: 'On the PC, EU Login says the sign-in request took too long. Start again and confirm on your phone a little faster.',
    assumed:
      'EU Login does not publish how long a sign-in request lasts. The coach assumes {pinWaitSeconds} seconds for a PIN request and {challengeMinutes} minutes for a QR code.',
  },
  'signIn.done': {
    title: 'You are signed in',
    body: 'The PC is back on the website you wanted to use, and you are signed in. Nothing else to do.',
  },
} satisfies FlowStepTexts<'signIn'>;
