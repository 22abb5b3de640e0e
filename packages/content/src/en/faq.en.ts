import type { FaqId } from '../help/faq-links.js';
import type { FaqTexts } from '../help/help.types.js';

/**
 * The FAQ and symptom index in English: each question of the Europass FAQ about two-factor authentication and each
 * common problem, answered in the project's own words, with the phrases people use for it.
 */
export const faqEn: Readonly<Record<FaqId, FaqTexts>> = {
  'why-two-factor': {
    question: 'Why does EU Login ask for a second factor, and why should I use one?',
    answer:
      'Stolen passwords are one of the commonest ways into an account: a password alone can be guessed, phished or leaked. Two-factor authentication (2FA) asks for a second proof besides your e-mail address and password, so a stolen password on its own no longer opens your account.\n\nThat second proof is of one of three kinds: something you know (a PIN), something you have (your phone with the EU Login app, a security key such as a YubiKey) or something you are (a fingerprint, your face or your voice). EU Login combines them: the app on your phone plus its PIN, for example.\n\nThe European Commission makes EU Login 2FA compulsory for its IT systems that handle sensitive non-classified (SNC) information, and strongly recommends it for systems with publicly available or "Commission use" information. For you, it means your account and the personal data behind it stay protected wherever you sign in from.',
    symptoms: [
      'why do I need two factor authentication',
      'what is 2FA',
      'why 2FA',
      'why should I use 2FA',
      'why are you enabling two factor authentication',
      'why do I need my phone to log in',
      'is two-step verification mandatory',
      'do I have to set up 2FA',
      'second factor',
      'something you know something you have',
      'sensitive non-classified',
    ],
  },
  'no-confirmation-mail': {
    question: 'I registered but the confirmation mail never came',
    answer:
      'The mail usually arrives within a few minutes, but it can take up to about 20. Look in the spam or junk folder, for a sender at nomail.ec.europa.eu. If the address you typed on the form had a mistake, the mail went elsewhere: create the account again with the right address.',
    symptoms: [
      'no email',
      'didnt get the mail',
      'I did not receive the confirmation email',
      'the email never arrived',
      'nothing in my inbox',
      'no activation email',
      'where is the confirmation mail',
      'waiting for the email',
      'mail not received',
    ],
  },
  'email-already-registered': {
    question: 'The form says my e-mail address is already registered',
    answer:
      'You already have an EU Login account with that address, perhaps made for another EU website, and one address can hold only one account. Do not create a second one: choose "Lost your password?", type that address and set a new password from the mail you receive.',
    symptoms: [
      'email already registered',
      'email already exists',
      'address already in use',
      'I already have an account',
      'cannot register my email',
      'account already exists',
    ],
  },
  'forgot-password': {
    question: 'Forgotten password',
    answer:
      'On the sign-in page, after your e-mail address, choose "Lost your password?". Confirm the address, type the characters from the picture and press "Get a password". A mail brings a link to a page where you choose a new password. The same applies when EU Login keeps saying the password is wrong.',
    symptoms: [
      'forgot my password',
      'forgotten password',
      'reset password',
      'password not working',
      'wrong password',
      'I cannot remember my password',
      'change my password',
    ],
  },
  'no-smartphone': {
    question: 'No smartphone? Other ways to add a second factor',
    answer:
      'The EU Login app also runs on an Android or iOS tablet. Without one, use a security key (a USB key such as a YubiKey) or the trusted platform of your computer (Windows Hello, for example), added under "Manage my Security Keys and Trusted Platforms". A national eID also works where your country supports it.',
    symptoms: [
      'no smartphone',
      'I dont have a smartphone',
      'I only have an old phone',
      'no mobile phone',
      'can I use a tablet',
      'without a phone',
      'alternative to the app',
    ],
  },
  'get-the-app': {
    question: 'Where do I get the EU Login app?',
    answer:
      'The EU Login app is free. On Android, get it from Google Play; on an iPhone or iPad, from the App Store. Look for "EU Login" published by the European Commission.',
    symptoms: [
      'download the app',
      'where is the app',
      'which app do I need',
      'install EU Login app',
      'app store',
      'google play',
      'cannot find the app',
    ],
  },
  'set-up-the-app': {
    question: 'Setting up the EU Login app, step by step',
    answer:
      'You need your PC and your phone. On the PC, sign in to EU Login, open My Account (the gear icon), then "Manage my mobile devices" and "Add a mobile device"; name the phone and choose a four-digit PIN. On the phone, open the app, tap "Initialise", allow the camera and scan the QR code shown on the PC. Type the same PIN and tap "Authenticate"; the app then confirms the set-up.',
    symptoms: [
      'set up the app',
      'set up the EU Login app on my phone',
      'activate the app',
      'link my phone',
      'register my phone',
      'add my phone to my account',
      'how to configure the mobile app',
      'enrol device',
      'install two factor',
      'turn on 2FA',
      'enable two-step verification',
    ],
  },
  'one-account-per-device': {
    question: 'Can one phone hold several EU Login accounts?',
    answer:
      'Most EU Login guides say one device serves one account; newer versions of the app can hold several and switch between them. If the app says the phone is already linked to another account, unlink that account in the app settings or use another device.',
    symptoms: [
      'two accounts on one phone',
      'several accounts same device',
      'phone already linked to another account',
      'my partner uses the app on this phone',
      'device already in use',
      'second account',
    ],
  },
  'change-app-pin': {
    question: 'How do I change the app PIN, or reset a PIN I forgot?',
    answer:
      'Open the EU Login app settings (three dots on Android, a wheel on iPhone) and choose "Forgot PIN code". Sign in there with the EU Login e-mail and password of the account linked to the app, then type a new four-digit PIN twice. Fingerprint or face unlock is switched off and can be turned on again. If this does not work, delete the phone under "Manage my mobile devices" and add it again.',
    symptoms: ['forgot my PIN', 'change PIN', 'reset app PIN', 'new PIN code', 'I dont remember the PIN', 'lost PIN'],
  },
  'screen-lock': {
    question: 'Does the app work on a phone without a screen lock?',
    answer:
      'No. The app works only on a phone protected by a PIN, a pattern or a fingerprint. Set one in the phone settings, then open the app again.',
    symptoms: [
      'no screen lock',
      'app asks to secure my device',
      'phone has no PIN',
      'unlock pattern',
      'the app will not start',
    ],
  },
  'sign-in-with-the-app': {
    question: 'How do I sign in with the EU Login app?',
    answer:
      'Type your password, choose the app method in "Choose your verification method" (such as "Mobile App + PIN Code") and press "Sign in". If the app is open on the phone, it goes straight to the PIN screen; if it is closed, a notification appears: tap it. Type your PIN and tap "Authenticate", and the PC continues.',
    symptoms: [
      'how to log in with the app',
      'sign in with my phone',
      'log in with 2FA',
      'app in the background',
      'app in the foreground',
      'where do I type the PIN',
    ],
  },
  'find-the-qr-code': {
    question: 'Where is the QR code to scan?',
    answer:
      'The QR code is on your PC, not in a mail. Sign in to EU Login on the PC, open "Manage my mobile devices", choose "Add a mobile device", fill in the device name and PIN and submit: the QR code appears on the PC screen, ready for the app to scan.',
    symptoms: [
      'where is the QR code',
      'I cannot find the QR code',
      'no QR code',
      'which QR code',
      'the app asks me to scan a code',
      'QR code missing',
    ],
  },
  'qr-code-invalid': {
    question: 'My QR reader says the code is invalid',
    answer:
      'Only the EU Login app can read EU Login QR codes: the phone camera or another QR reader shows them as invalid or as plain text. Open the EU Login app and scan from there. If the app itself refuses the code, it has probably expired: get a fresh one on the PC.',
    symptoms: [
      'QR invalid',
      'QR code not working',
      'invalid QR code',
      'the camera does not recognise the code',
      'scanned with my camera',
      'QR code error',
      'QR reader',
    ],
  },
  'already-using-eid': {
    question: 'I already sign in with my national eID: do I need anything else?',
    answer:
      'No. Signing in with a national eID already proves who you are with two factors, so you can keep signing in that way; there is nothing else to set up.',
    symptoms: [
      'I already use eID',
      'I log in with my ID card',
      'do I need 2FA with eID',
      'citizen card',
      'national identity card login',
    ],
  },
  'link-eid': {
    question: 'How do I add my national eID to my EU Login account?',
    answer:
      'Have your card reader or your national eID app ready. Sign in to EU Login, open My Account, then "Manage my eIDs" and "Link my eID". Pick the flag of the country that issued your eID, press "Submit" and finish on your country\'s own page. If your flag is not listed, your eID cannot be used with EU Login.',
    symptoms: [
      'link my ID card',
      'add electronic ID',
      'use my ID card as second factor',
      'connect national eID',
      'eID as second factor',
      'card reader',
    ],
  },
  'locked-out': {
    question: 'I am locked out of my account',
    answer:
      'If EU Login keeps refusing your password, or says sign-in is blocked, stop trying and reset the password with "Lost your password?". If the password is fine but your only second factor is gone, see the lost-phone answer; if the account always requires a second factor and you have none left, only EU Login support can help.',
    symptoms: [
      'locked out',
      'account locked',
      'account blocked',
      'too many attempts',
      'cannot get into my account',
      'blocked after wrong password',
    ],
  },
  'new-phone': {
    question: 'I have a new phone',
    answer:
      'If the old phone still works, set up the EU Login app on the new phone first ("Add a mobile device"), check that it works, and then delete the old phone under "Manage my mobile devices". If the old phone is gone, follow the lost-phone answer.',
    symptoms: [
      'new phone',
      'changed my phone',
      'replaced my phone',
      'move the app to another phone',
      'transfer EU Login to new phone',
      'switching phones',
    ],
  },
  'lost-phone': {
    question: 'I lost my phone, or it is broken or stolen',
    answer:
      'Sign in with another factor you still have (a security key, an eID, another phone) and delete the lost phone under "Manage my mobile devices". If you have no other factor, sign in with your password and use "Delete all my devices and eID (PANIC)" in My Account, then set up the app again on your new phone.',
    symptoms: [
      'lost phone',
      'lost my phone',
      'phone stolen',
      'phone broken',
      'phone does not work anymore',
      'no access to my phone',
    ],
  },
  'app-reinstalled': {
    question: 'I reinstalled the app or reset my phone, and it no longer works',
    answer:
      'Reinstalling the app or resetting the phone breaks its link to your account, even on the same phone. Delete the old entry under "Manage my mobile devices" (signing in with another factor, or with PANIC if you have none) and add the phone again.',
    symptoms: [
      'reinstalled the app',
      'factory reset',
      'app was deleted',
      'the app asks to initialise again',
      'app not linked anymore',
      'updated phone and app lost',
    ],
  },
  'code-not-accepted': {
    question: 'The code from the app is not accepted',
    answer:
      'When you sign in with the QR code method, the app shows a one-time code to type on the PC. Type it exactly as the app shows it, as some characters look alike. The code answers the QR code on the screen: if the PC has shown a new QR code since, scan that one for a new code.',
    symptoms: [
      'code not accepted',
      'code rejected',
      'invalid code',
      'wrong code',
      'one-time password not working',
      'OTP refused',
    ],
  },
  'link-expired': {
    question: 'The link in the mail has expired',
    answer:
      'EU Login links work for a limited time. For a new account, register again to get a fresh mail; for a password reset, ask for a new link with "Lost your password?". Then open the link from the newest mail without delay.',
    symptoms: [
      'link expired',
      'link not working',
      'link invalid',
      'the link in the email does not work',
      'activation link expired',
      'reset link expired',
    ],
  },
  'wrong-pin': {
    question: 'The app says my PIN is wrong',
    answer:
      'The app PIN is the four digits you chose on the PC when you added the phone: not your phone unlock code and not your password. If you do not remember it, reset it with "Forgot PIN code" in the app settings, then sign in again.',
    symptoms: ['wrong PIN', 'PIN not accepted', 'incorrect PIN', 'PIN refused', 'which PIN', 'PIN does not work'],
  },
  'no-notification': {
    question: 'My phone gets no notification when I sign in',
    answer:
      'Open the EU Login app yourself: a waiting request shows there too. Check that the phone has internet (the PIN method needs it) and that notifications are allowed for EU Login in the phone settings. Without internet, choose the QR code method, which works offline.',
    symptoms: [
      'no notification',
      'no push notification',
      'nothing happens on my phone',
      'the phone does not ring',
      'app does not show the request',
      'notifications turned off',
    ],
  },
  'request-expired': {
    question: 'The sign-in request expired before I confirmed it',
    answer:
      'A sign-in request waits only a short time for your confirmation. Press "Try again" on the PC, and have the phone unlocked with the app open before you press "Sign in". If the phone has no internet, use the QR code method.',
    symptoms: ['request expired', 'timed out', 'timeout', 'took too long', 'authentication expired', 'session expired'],
  },
  'qr-code-expired': {
    question: 'The QR code to add my phone has expired',
    answer:
      'The QR code for adding a phone does not stay valid for long. Fill in the "Add a mobile device" form again to get a new code, and have the app open on its scanner before you submit.',
    symptoms: [
      'QR code expired',
      'QR code disappeared',
      'the QR code timed out',
      'QR code no longer valid',
      'need a new QR code',
    ],
  },
  'user-not-found': {
    question: 'EU Login says it does not know my e-mail address',
    answer:
      'Check the spelling first. If it is right, no account uses that address: you may have registered with another one, so look for an old EU Login mail in your other mailboxes. If you never registered, choose "Create an account".',
    symptoms: ['unknown user', 'email not recognised', 'no account found', 'it does not know my email'],
  },
  'new-password-refused': {
    question: 'My new password is refused',
    answer:
      'A password needs at least 10 characters with upper-case and lower-case letters, digits and special characters, and both boxes must match. EU Login also refuses a new password when the last change was less than a day ago: wait, then try again.',
    symptoms: [
      'password refused',
      'password too weak',
      'password requirements',
      'passwords do not match',
      'password changed too recently',
      'cannot set my password',
    ],
  },
  'camera-blocked': {
    question: 'The app cannot use the camera',
    answer:
      'The app needs the camera to read the QR code. If you refused it, allow the camera for EU Login in the phone settings, then return to the app and scan again.',
    symptoms: [
      'camera not working',
      'camera blocked',
      'black screen when scanning',
      'app cannot open camera',
      'refused camera access',
    ],
  },
  'password-not-offered': {
    question: '"Password" is missing from the list of methods',
    answer:
      'Some websites accept only a second factor, so the list omits "Password". If it is missing everywhere, the account option "Always require multi-factor authentication" is on. Sign in with your app, key or eID; if you have lost all of them, only EU Login support can help.',
    symptoms: [
      'password option missing',
      'cannot choose password',
      'only mobile app offered',
      'verification method list',
      'password not in the list',
    ],
  },
  'second-factor-asked-again': {
    question: 'EU Login asks me to sign in again with my second factor',
    answer:
      'Changing your phones, keys or eIDs needs proof with a factor you already have. Sign in again with the app, key or eID that is already on your account; then the change goes through.',
    symptoms: [
      'asked to authenticate again',
      'sign in again',
      'it asks for my phone again',
      'step up',
      'asks for second factor to add a device',
    ],
  },
  'email-refused-at-registration': {
    question: 'The registration form refuses my e-mail address',
    answer:
      'EU Login does not accept addresses of the EU institutions (their staff get accounts another way) or throwaway addresses. Use a personal or work address that you can open and keep.',
    symptoms: [
      'email refused',
      'email not accepted',
      'cannot use my work email',
      'institution email',
      'temporary email not allowed',
    ],
  },
  'security-key-problem': {
    question: 'My security key or Windows Hello does not work',
    answer:
      'Keep the browser prompt open, insert the key and touch it, or confirm with your fingerprint, face or PIN. If you cancelled, start again. If the browser says the key is already registered, it is already on your account: choose it when you sign in.',
    symptoms: [
      'security key not working',
      'YubiKey not recognised',
      'Windows Hello does not work',
      'key already registered',
      'passkey',
      'touch the key',
    ],
  },
  'sms-codes': {
    question: 'I used to get SMS codes: where are they?',
    answer:
      'EU Login stopped sending codes by SMS in mid-2025. Use the EU Login app, a security key or a national eID instead.',
    symptoms: ['SMS', 'text message code', 'no SMS', 'mobile phone number', 'I used to get a text'],
  },
  'eid-failed': {
    question: 'Signing in with my national eID does not finish',
    answer:
      "Nothing changed on your EU Login account. Check the card reader or the national eID app and try again. Problems on your country's own page are for your national eID helpdesk; meanwhile, another method such as the EU Login app also works.",
    symptoms: ['eID not working', 'eID error', 'card reader not working', 'national login failed', 'eID cancelled'],
  },
  'europass-templates': {
    question: 'What are the Europass document templates?',
    answer:
      'Europass offers free templates for presenting what you have learnt and done in the same way across Europe: your CV and cover letter, built from your Europass profile, and documents that schools, training bodies and employers issue, such as Europass Mobility, the Certificate Supplement and the Diploma Supplement. The questions below explain each one.',
    symptoms: ['Europass templates', 'Europass documents', 'Europass CV', 'modelos Europass', 'cover letter template'],
  },
  'europass-cefr': {
    question: 'What is the Common European Framework of Reference for Languages (CEFR)?',
    answer:
      'The CEFR is guidance from the Council of Europe for describing what people who learn a foreign language can do. It works the same way for every European language, for learning, teaching and testing alike, and has six reference levels, from A1 (beginner) to C2 (mastery), understood across Europe. Your Europass profile uses its self-assessment grid to help you place your own level in a language.',
    symptoms: ['CEFR', 'QECR', 'language levels', 'A1 A2 B1 B2 C1 C2', 'common european framework', 'what level is B2'],
  },
  'europass-language-self-assessment': {
    question: 'How can I assess my own language skills?',
    answer:
      'In your Europass profile, under language skills. Read the short descriptions of the self-assessment tool, which follows the CEFR, and for each language pick the level that fits how well you understand, speak and write it. You can keep your language certificates in your Europass library, and share the completed grid with employers, schools or training bodies.',
    symptoms: [
      'assess my languages',
      'language self-assessment',
      'rate my language level',
      'how good is my English',
      'language certificate',
    ],
  },
  'europass-digital-skills': {
    question: 'How can I describe my digital skills?',
    answer:
      'In your Europass profile you can list your digital skills and sort them as you like: the tools and software you can use, at work, in your studies or in your free time (social media, blogs, games), and projects you are proud of. Group them, for example design tools, the skills you use at work, or the ones you would like to learn next.',
    symptoms: [
      'digital skills',
      'computer skills',
      'software I can use',
      'IT skills on my CV',
      'competências digitais',
    ],
  },
  'europass-mobility': {
    question: 'What is Europass Mobility?',
    answer:
      'A Europass document that records the skills you gained during a period of learning or work in another European country, such as an exchange, a traineeship or volunteering, so that others can see what you learnt there.',
    symptoms: ['Europass Mobility', 'mobility document', 'exchange abroad', 'Erasmus traineeship record', 'mobilidade'],
  },
  'europass-certificate-supplement': {
    question: 'What is the Europass Certificate Supplement?',
    answer:
      'A document that goes with a vocational education and training certificate. It explains, clearly and in a way that can be compared, what the holder of that qualification has learnt and can do, so that employers and schools elsewhere understand it.',
    symptoms: ['certificate supplement', 'vocational certificate', 'VET qualification', 'suplemento ao certificado'],
  },
  'europass-diploma-supplement': {
    question: 'What is the Diploma Supplement?',
    answer:
      'A document that goes with a higher-education diploma (from a university or college). It describes the qualification clearly and consistently, so that employers and universities in other countries can understand what it stands for.',
    symptoms: ['diploma supplement', 'university diploma', 'degree explained', 'suplemento ao diploma'],
  },
  'europass-language-passport': {
    question: 'What happened to the Europass Language Passport?',
    answer:
      'The Language Passport was one of the Europass document templates, introduced in 2004, for describing your own language skills and qualifications. Today it lives on as the language skills section of your Europass profile: you still assess yourself against the CEFR and can share the result with employers or schools.',
    symptoms: [
      'language passport',
      'old Europass language passport',
      'where is the language passport',
      'passaporte de línguas',
    ],
  },
  'europass-skills-passport': {
    question: 'What was the Europass Skills Passport?',
    answer:
      'A Europass tool, offered until 2019, that gathered several of your documents into one file. It is no longer available: if you have a Europass account, share your documents from your Europass library instead.',
    symptoms: [
      'skills passport',
      'European Skills Passport',
      'combine documents in one file',
      'passaporte de competências',
    ],
  },
  'europass-eqf': {
    question: 'What is the European Qualifications Framework (EQF)?',
    answer:
      'An EU tool that makes qualifications from different countries and education systems easier to compare, through one scale of eight levels. A diploma, a Diploma Supplement or a Certificate Supplement may state its EQF level. Put that level on your CV and in your applications to help employers and schools abroad understand your qualification.',
    symptoms: ['EQF', 'QEQ', 'qualification level', 'eight levels', 'compare my qualification abroad'],
  },
};
