import { pageUiEn } from './page-ui.en.js';

/**
 * The walkthrough app's chrome in English. This object is also the shape of every other language's `ui`
 * (`UiContent`): a key added here must be added in every language. Placeholders are noted next to the key; a key
 * without a note has none.
 */
export const uiEn = {
  ...pageUiEn,
  /** The end of a set-up journey: doing it for real, and adding a second factor. */
  ending: {
    heading: 'Now do it for real',
    intro: 'You have walked through every step. The real setup asks the same things, in the same order.',
    addressesHeading: 'Where to go',
    /** {url} */
    signInAddress: 'EU Login: {url}',
    /** {url} */
    mobileAddress: 'The page the app asks you to open on the PC: {url}',
    appHeading: 'Where to get the app',
    appStores:
      'Search for "EU Login" in Google Play (Android) or the App Store (iPhone). It is free and published by the European Commission.',
    readyHeading: 'Have these ready',
    readyPhone: 'Your phone, unlocked, with a screen lock switched on',
    readyMail: 'Access to your e-mail, for the confirmation message',
    readyPin: "A 4-digit PIN you will remember, not your phone's own code",
    readyTime: 'A quiet quarter of an hour at the PC',
    secondHeading: 'Add a second way in',
    secondBody:
      'If the phone is lost or broken, the app alone cannot get you back in. A security key or an eID linked to the account lets you sign in while you set up a new phone.',
    securityKey: 'Rehearse adding a security key',
    eid: 'Rehearse linking an eID',
  },
  /** The narrow-screen view: one pretend screen at a time, chosen with tabs. */
  surfaceTabs: {
    label: 'Pretend screens',
    /** {surface}: announced when the screen to act on changes by itself. */
    nowShowing: 'Now showing: {surface}',
    /** The closed box that holds the guide's extras on a narrow screen. */
    guideMore: 'Practice details and more',
  },
  /** Beside each password rule, for screen readers: whether what is typed meets it. */
  passwordChecklist: { met: 'done', notMet: 'not yet' },
  guide: {
    ...pageUiEn.guide,
    /** {n} {total} */
    stepOf: 'Step {n} of {total}',
    /** {minutes} */
    timeLeft: 'About {minutes} min left',
    timeLeftUnderMinute: 'Less than a minute left',
    progressLabel: 'Progress',
    back: 'Back',
    restart: 'Restart',
    restartConfirmTitle: 'Start again?',
    restartConfirm:
      'You will go back to the list of tasks. Your progress in this rehearsal will be lost, but a sign-in block stays until it runs out, as on EU Login.',
    restartConfirmYes: 'Yes, start again',
    restartConfirmNo: 'No, carry on',
    whatCanGoWrong: 'What can go wrong here?',
    /** A button that fast-forwards the rehearsal's clock; {minutes}. */
    letTimePass: 'Let {minutes} minutes pass (rehearsal only)',
    whatIfOn: 'On',
    /** Above the lead of a what-if switched on for this rehearsal: "Switched on: {label}". */
    whatIfLead: 'Switched on: {label}',
    explanationHeading: 'What happens',
    fixHeading: 'What to do',
    /** {surface}: a name from `surfaces`. */
    actOn: 'Act on: {surface}',
    busy: 'Please wait…',
    doneHeading: 'Well done',
    doneBody: 'You finished this rehearsal. You can now do the same on the real EU Login.',
    chooseAnother: 'Practise something else',
    share: 'Share my progress',
    shareIntro: 'Give this code to a helpdesk agent, or keep it to carry on later. It holds no password, PIN or code.',
    shareCodeLabel: 'Your share code',
    /** The notice after carrying on from a code or save made on a step that cannot be shown twice: {saved}, {step}. */
    resumedBefore:
      'Welcome back. "{saved}" showed a QR code, a request or a mail link, which cannot be shown again, so you carry on at "{step}", where a new one is made.',
    shareLandsAt:
      'This step shows something that cannot be shown twice (a QR code, a request, a mail link), so this code opens "{step}", where a new one is made.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the code and copy it yourself.',
    resume: 'Carry on from a code',
    assumedLabel: 'Assumed',
    noticeLabel: 'Note',
    personaHeading: 'Your practice details',
    personaIntro: 'Type these where EU Login asks for them. They only work in this rehearsal.',
    personaName: 'Name',
    personaEmail: 'E-mail address',
    personaPassword: 'Password',
    personaPin: 'App PIN',
  },
  helpdesk: {
    ...pageUiEn.helpdesk,
    intro: 'Guide a caller step by step: find where they are, tell them what to do, and handle what goes wrong.',
    /** {step}: the step's title. */
    currentStep: 'The caller is at: {step}',
    /** The StepId the caller is at ({id}), for talking to second-level support or reading docs/flows.md. */
    stepIdLabel: 'Step ID: {id}',
    jumpLabel: 'Jump to step',
    jumpButton: 'Go',
    /** Under the jump list, when the step picked shows something a jump cannot recreate; {step}: where it lands. */
    landsInstead:
      'This step shows something a jump cannot recreate (a QR code, a request, a mail link), so the caller lands on "{step}" and carries on from there.',
    askHeading: 'Ask',
    sayHeading: 'Say',
    ifThenHeading: 'If … then',
    ifLabel: 'If',
    thenLabel: 'Then',
    shareCodeLabel: 'Code for this position',
    shareCodeHint:
      'Read it to the caller, or send it: they type it under "Have a share code?" to land on this step. To follow a caller instead, ask for the code under "Share my progress" in their guide and enter it below.',
    /** The same, on the journey list, where the page's own share-code form is the one to use. */
    shareCodeHintStart:
      'To follow a caller, ask for the code under "Share my progress" in their guide and enter it under "Have a share code?" on this page.',
    surfaceLabel: 'Caller acts on',
    journeyLabel: 'Task',
    noJourney: 'No task chosen yet',
    whatIfsLabel: 'Problems switched on',
    phoneLabel: "Caller's phone",
    appLabel: 'EU Login app',
    notificationsLabel: 'Notifications',
    cameraLabel: 'Camera',
    screenLockLabel: 'Screen lock',
    foregroundLabel: 'App open on screen',
    onlineLabel: 'Internet',
    yes: 'Yes',
    no: 'No',
  },
  pc: {
    browser: {
      windowLabel: 'Pretend PC',
      addressBar: 'Address bar',
      back: 'Previous page',
      reload: 'Reload',
      secure: 'Secure connection',
    },
    /** EU Login's own buttons and links, as the real pages label them. */
    buttons: {
      next: 'Next',
      signIn: 'Sign in',
      createAccount: 'Create an account',
      lostPassword: 'Lost your password?',
      differentEmail: 'Sign in with a different e-mail address',
      signInWithEid: 'Sign in with eID',
      myAccount: 'My Account',
      manageDevices: 'Manage my mobile devices',
      addDevice: 'Add a mobile device',
      manageEids: 'Manage my eIDs',
      linkEid: 'Link my eID',
      manageKeys: 'Manage my Security Keys and Trusted Platforms',
      addKey: 'Add a Security Key',
      panic: 'Delete all my devices and eID (PANIC)',
      submit: 'Submit',
      cancel: 'Cancel',
      delete: 'Delete',
      signOut: 'Sign out',
      continue: 'Continue',
      tryAgain: 'Try again',
      getPassword: 'Get a password',
      newCaptcha: 'Get a new picture',
      resendMail: 'Send the mail again',
      registerAgain: 'Register again',
      confirm: 'Confirm',
      lostPhone: 'I lost my phone',
      useOtherMethod: 'Choose another method',
    },
    header: {
      brand: 'EU Login',
      serviceName: 'Practice service',
      external: '(external)',
    },
    signIn: {
      heading: 'Sign in to continue',
      /** {service}: said only when a website sent the person to EU Login. */
      intro: '{service} uses EU Login to check who you are.',
      /** The intro when the person came to EU Login itself (My Account, their devices). */
      introAccount: 'Sign in to manage your EU Login account.',
      userNotFoundHeading: 'User not found',
      /** {email} */
      userNotFound: 'No account is registered for {email}. Check the address or create an account.',
      passwordHeading: 'Welcome back',
      chooseMethod: 'Choose your verification method',
      lockedHeading: 'Sign-in temporarily blocked',
      /** {minutes}: two or more. */
      locked:
        'There were too many failed sign-in attempts. Try again in about {minutes} minutes, or reset your password.',
      /** The block ends in about a minute. */
      lockedAboutMinute:
        'There were too many failed sign-in attempts. Try again in about a minute, or reset your password.',
      /** The block is over. */
      lockedOver: 'The temporary block is over. Try again now.',
      refusedHeading: 'Authentication refused',
      refused: 'The request was refused on your mobile device.',
      expiredHeading: 'Request expired',
      expired: 'The authentication request was not confirmed in time. Try again.',
      doneHeading: 'You are signed in',
      done: 'EU Login took you back to the website: you are signed in.',
    },
    pinWait: {
      heading: 'Check your mobile device',
      body: 'A request was sent to the EU Login app on your phone. Confirm it there with your PIN.',
      /** {seconds} */
      waiting: 'Waiting for your confirmation… ({seconds} s)',
      noRequest: 'No request on your phone?',
    },
    qr: {
      heading: 'Scan the QR code',
      body: 'Open the EU Login app on your phone, scan this QR code and type the code the app shows.',
      qrAlt: 'QR code for the EU Login app',
      cantScan: "Can't scan the QR code?",
      cantScanHelp:
        'Use the scanner inside the EU Login app, not the phone camera. Make the screen brighter and hold the phone so the whole code fits.',
      /** {time}: minutes and seconds, e.g. 4:59 */
      expiresIn: 'The code expires in {time}',
      expired: 'This QR code has expired.',
      otpLabel: 'Code from the app',
      otpHint: 'Letters and digits; spaces do not matter.',
      /** The switch on the enrolment QR page, off by default. */
      ownAuthenticator: 'Practise with my own authenticator app',
      /** Under the switch: what it changes. */
      ownAuthenticatorHint:
        'For practice only. Off, the QR code behaves as on EU Login. On, it becomes a standard code that an authenticator app on your own phone can read.',
      /** Shown while the switch is on: what this QR code is, and that EU Login's real one is not. */
      otpauthNote:
        'This QR code is now a standard otpauth:// code: scan it with an authenticator app on your phone, and type its 6-digit code when you rehearse signing in with a QR code. The real EU Login does not offer this: its QR code works only in the EU Login app.',
      /** Shown while the switch is off: EU Login's own behaviour. */
      euLoginOnly:
        'As on the real EU Login, only the EU Login app can read this QR code. A camera app, a QR reader or another authenticator app will not work.',
      textAlternative: 'What the QR code contains',
    },
    keyPrompt: {
      heading: 'Use your security key',
      body: 'Follow the instructions of your browser.',
      /** {site} */
      browserDialogTitle: 'Verify your identity on {site}',
      securityKeyInstruction: 'Insert your security key and touch it.',
      trustedPlatformInstruction: 'Confirm with your fingerprint, face or PIN.',
      touchKey: 'Touch the key',
      useRealKey: "Use this browser's real security key or Windows Hello",
      simulated: 'Practice: pretend I touched the key',
      realFailed: 'The browser did not finish. You can try again or use the practice button.',
      /** Said under the real-key button: practice, no signature check, nothing personal kept on the key. */
      realKeyNote:
        'The real-key button is practice too, not a sign-in: the coach notes which key answered but never checks its signature, so it proves nothing about who you are. It asks your key not to store a passkey and gives it no name or e-mail address of yours.',
      /** The browser refused a key that already holds a credential of this rehearsal. */
      realAlreadyRegistered:
        'This key is already registered in this rehearsal, so the browser would not add it a second time. Try another key, or use the practice button.',
      /** The neutral site and user name the real key's credential gets (the browser may show it). */
      practiceCredentialLabel: 'EU Login coach (practice)',
    },
    register: {
      heading: 'Create an account',
      intro: 'Fill in the form. EU Login will send a mail to the address you give, to check you can read it.',
      requiredNote: 'All fields are required.',
      captchaLabel: 'Picture code',
      captchaAlt: 'Picture of letters and digits to copy',
      privacyCheckbox: 'I have read and understood the privacy statement',
      mailSentHeading: 'Check your mailbox',
      /** {email} */
      mailSent: 'A mail was sent to {email}. Open the link in it to finish creating your account.',
      spamAdvice: 'Delivery can take several minutes. Nothing in your inbox? Check the spam or junk folder next.',
      linkExpiredHeading: 'This link has expired',
      linkExpired: 'The link is no longer valid. Register again to receive a new one.',
      doneHeading: 'Your account is ready',
      done: 'Your password is set and you are signed in to EU Login.',
      addSecondFactor: 'Protect your account now: add a second factor.',
    },
    password: {
      heading: 'Choose your password',
      /** {email} */
      intro: 'Choose a password for {email}.',
      rulesHeading: 'Your password needs',
      /** {min} */
      ruleLength: 'at least {min} characters',
      ruleUpper: 'a capital letter',
      ruleLower: 'a small letter',
      ruleDigit: 'a digit',
      ruleSpecial: 'a special character',
      rulePersonal: 'none of your name or e-mail address (assumed rule)',
    },
    reset: {
      heading: 'Lost your password?',
      intro:
        'Check your e-mail address and type the code from the picture. EU Login will mail you a link to choose a new password.',
      mailSentHeading: 'Check your mailbox',
      /** {email} */
      mailSent: 'If an account uses {email}, a mail with a link is on its way.',
      linkExpiredHeading: 'This link no longer works',
      linkExpired: 'It has expired, or a newer request replaced it. Ask for a new link.',
      doneHeading: 'Password changed',
      done: 'Your new password is active.',
    },
    account: {
      heading: 'My Account',
      /** {name} */
      welcome: 'Welcome, {name}',
      intro: 'Manage your details and the ways you confirm who you are.',
      stepUp: 'Your account already has a second factor. Sign in with it to make changes.',
    },
    devices: {
      heading: 'Manage my mobile devices',
      intro: 'Mobile devices linked to your account can confirm your sign-ins.',
      empty: 'No mobile device is linked to your account yet.',
      listLabel: 'Your mobile devices',
      /** {name} */
      deleteDevice: 'Delete {name}',
      addHeading: 'Add a mobile device',
      addIntro: 'Name your device and choose a PIN code. You will type this PIN in the app to confirm your sign-ins.',
      qrHeading: 'Scan the QR code with your device',
      qrBody: 'In the EU Login app on your phone, tap "Next" and scan this code.',
      qrAlt: 'QR code to link the EU Login app',
      /** {time} */
      qrExpiresIn: 'The code expires in {time}',
      qrWaiting: 'Waiting for your device…',
      qrExpiredHeading: 'The QR code has expired',
      qrExpired: 'Start again to get a new code.',
      addedHeading: 'Device added',
      /** {name} */
      added: '{name} is now linked to your account.',
      deleteHeading: 'Delete this device?',
      /** {name} */
      deleteConfirm: '{name} will no longer be able to confirm your sign-ins.',
    },
    eids: {
      heading: 'Manage my eIDs',
      intro: 'A national electronic identity linked to your account lets you sign in with it.',
      empty: 'No eID is linked to your account yet.',
      countryHeading: 'Choose your country',
      countryIntro: 'Pick the country that issued your eID.',
      countryMissing:
        "This list is only an example. On the real EU Login, a missing flag means that country's eID cannot be used there yet.",
      nationalHeading: 'National eID',
      /** {country} */
      nationalIntro: "Pretend sign-in page of {country}'s eID service.",
      nationalNote: 'In real life, you would use your card reader or your national eID app here.',
      authenticate: 'Authenticate',
      linkedHeading: 'eID linked',
      /** {country} */
      linked: 'Your eID from {country} is linked to your account.',
      failedHeading: 'eID sign-in not finished',
      failed: 'The national sign-in did not finish. Nothing was changed.',
    },
    keys: {
      heading: 'Manage my Security Keys and Trusted Platforms',
      intro: 'Security keys and trusted platforms linked to your account can confirm your sign-ins.',
      empty: 'No security key or trusted platform yet.',
      addHeading: 'Add a Security Key',
      addIntro: "Name the key, then follow your browser's instructions.",
      kindLabel: 'Type',
      addedHeading: 'Key added',
      /** {name} */
      added: '{name} is now linked to your account.',
      failedHeading: 'Key not added',
      failedCancelled: 'The browser prompt was cancelled.',
      failedDuplicate: 'This key is already on your account.',
    },
    panic: {
      heading: 'Delete all my devices and eID (PANIC)',
      body: 'Use this only if you lost every second factor. All mobile devices and eIDs will be removed from your account.',
      warning:
        'Afterwards, until you add a new device, only your password protects the account (with any security key you registered, which PANIC keeps).',
      doneHeading: 'All devices and eIDs deleted',
      done: 'Sign in with your password and add a new device. In this rehearsal, a security notice also goes to your mailbox.',
    },
    service: {
      heading: 'Practice service',
      body: 'You reached the website behind EU Login. In real life, this is where you would do what you came for.',
    },
  },
  phone: {
    frame: {
      frameLabel: 'Pretend phone',
      statusOnline: 'Online',
      statusOffline: 'No internet',
      backButton: 'Back',
      lockedScreen: 'Phone locked',
      clock: 'Time on the phone',
    },
    home: {
      heading: 'Home screen',
      appStore: 'App store',
      euLogin: 'EU Login',
      camera: 'Camera',
      settings: 'Settings',
    },
    store: {
      heading: 'App store',
      searchLabel: 'Search apps',
      appName: 'EU Login',
      publisher: 'European Commission',
      free: 'Free',
      description: 'Confirm your EU Login sign-ins with your phone.',
      install: 'Install',
      open: 'Open',
    },
    permissions: {
      notificationsTitle: '"EU Login" wants to send you notifications',
      notificationsBody: 'Notifications can include alerts, sounds and badges.',
      cameraTitle: 'Allow "EU Login" to use the camera?',
      cameraBody: 'The app uses the camera to read QR codes.',
      allow: 'Allow',
      dontAllow: "Don't allow",
    },
    notification: {
      appName: 'EU Login',
      title: 'Authentication request',
      body: 'You have a pending request. Tap to confirm.',
      now: 'now',
      open: 'Open',
    },
    systemSettings: {
      heading: 'Settings',
      notifications: 'Notifications for EU Login',
      camera: 'Camera for EU Login',
      screenLock: 'Screen lock',
      setScreenLock: 'Set a screen lock',
      appOpen: 'EU Login app open on screen',
      online: 'Mobile data and Wi-Fi',
    },
    app: {
      name: 'EU Login',
      /** The linked app's start screen, with no request waiting. */
      idle: 'No request is waiting. When you sign in on the PC with the app, the request shows up here.',
      welcomeHeading: 'Welcome to EU Login',
      welcomeBody: 'Link this device to your EU Login account to confirm your sign-ins.',
      initialise: 'Initialise',
      /** {url} */
      initialiseInstructions:
        'On your PC, open {url}, sign in and choose "Add a mobile device". Then tap Next to scan the QR code.',
      /** Under a Next that cannot be used yet: the PC shows no QR code so far. */
      waitForQr: 'Next works once the PC shows the QR code: first fill in the device name and PIN on the PC.',
      next: 'Next',
      noScreenLockHeading: 'Secure your device',
      noScreenLock: 'This app needs a screen lock (PIN, pattern or fingerprint). Set one in your device settings.',
      openSettings: 'Open settings',
      notificationsOffHeading: 'Notifications are off',
      notificationsOff: 'The app needs notifications to work. Turn them on in your device settings.',
      cameraOffHeading: 'No access to the camera',
      cameraOff: 'The app needs the camera to read the QR code. Allow it in your device settings.',
      scannerHeading: 'Scan the QR code',
      pointCamera: 'Point the camera at the QR code on your PC screen.',
      scanErrorHeading: 'Invalid QR code',
      scanError: 'This QR code cannot be used. It may have expired. Get a new one on your PC.',
      tryAgain: 'Try again',
      pinHeading: 'Enter your PIN code',
      pinIntro: 'Type the four-digit PIN you chose on your PC.',
      pinDelete: 'Delete digit',
      /** The on-screen keypad's name: one Tab stop, its keys reached with the arrow keys. */
      pinKeypad: 'On-screen keypad',
      authenticate: 'Authenticate',
      continue: 'Continue',
      enrolledHeading: 'Your device is set up',
      enrolled: 'You can now use this device to confirm your EU Login sign-ins.',
      deviceInUseHeading: 'Already linked to another account',
      deviceInUse: 'This device already holds another EU Login account. Unlink it first to link yours.',
      unlinkOther: 'Unlink the other account',
      pendingHeading: 'Pending request',
      /** {email} */
      pendingBody: 'Someone is signing in as {email}. Was it you?',
      /** The answer "it was not me" to a pending request: refuses it. */
      decline: 'No, it was not me',
      refusedHeading: 'Request refused',
      refused:
        'The request was refused: it was not you, or the PIN was wrong too many times. Nobody can sign in with it.',
      otpHeading: 'Your one-time code',
      otpHint: 'Type this code on your PC.',
      settings: 'App settings',
      settingsHeading: 'Settings',
      forgotPin: 'Forgot PIN code',
      unlinkDevice: 'Unlink device',
      biometrics: 'Use fingerprint or face',
      about: 'About',
      credentialsHeading: 'Confirm your identity',
      credentialsIntro: 'Sign in with the EU Login e-mail address and password of the account this app belongs to.',
      newPinHeading: 'Choose a new PIN code',
      newPinIntro: 'Type four digits, then type them again.',
      confirmPinLabel: 'Confirm your PIN code',
      pinChangedHeading: 'PIN code changed',
      pinChanged: 'Your new PIN is active. Fingerprint or face unlock was switched off.',
      scanNow: 'Scan the QR code on the PC screen',
      useCameraApp: 'Use my camera app instead',
      noQrInView: 'No QR code in view. Make sure the PC screen shows one.',
    },
    cameraApp: {
      heading: 'Camera',
      pointCamera: 'Point the camera at a QR code.',
      textFound: 'Text found in the QR code',
      explanation:
        'The camera only shows what the code contains. It cannot link your account: use the EU Login app instead.',
      close: 'Close',
    },
  },
  mailbox: {
    title: 'Mailbox',
    folders: 'Folders',
    inbox: 'Inbox',
    spam: 'Spam',
    emptyFolder: 'This folder is empty.',
    /** {minutes} */
    nothingYet: 'Nothing yet. Mails can take up to {minutes, plural, one {# minute} other {# minutes}} to arrive.',
    /** Fast-forwards the rehearsal to the next mail; {minutes} is 2 or more. */
    wait: 'Wait {minutes} minutes',
    /** The same, when the next mail is at most a minute away. */
    waitOneMinute: 'Wait 1 minute',
    checkSpam: 'Also check the Spam folder.',
    from: 'From',
    to: 'To',
    subject: 'Subject',
    senderName: 'EU Login',
    /** {folder} */
    backTo: 'Back to {folder}',
    spamWarning: 'This mail was filed as spam. It is safe to open.',
  },
};
