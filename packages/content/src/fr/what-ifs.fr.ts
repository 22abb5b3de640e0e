import type { Content } from '../content.types.js';
import { whatIfLabelsFr } from './what-if-labels.fr.js';

export const whatIfsFr = {
  unknownEmail: {
    ...whatIfLabelsFr.unknownEmail,
    explanation:
      'EU Login ne connaît que les adresses avec lesquelles les gens se sont inscrits. Avec une faute de frappe ou une autre adresse, vous obtenez «\u00a0utilisateur introuvable\u00a0».',
    fix: 'Vérifiez l’orthographe. Si elle est correcte, créez un compte avec «\u00a0Créer un compte\u00a0».',
    lead: 'Saisissez une adresse qui n’a pas de compte EU Login, par exemple la vôtre avec une lettre changée, et appuyez sur «\u00a0Suivant\u00a0».',
  },
  emailAlreadyRegistered: {
    ...whatIfLabelsFr.emailAlreadyRegistered,
    explanation:
      'Une adresse ne peut appartenir qu’à un seul compte EU Login. Vous l’avez peut-être créé pour un autre site il y a des années.',
    fix: 'Ne vous inscrivez pas de nouveau. Utilisez «\u00a0Mot de passe perdu\u00a0?\u00a0» pour définir un nouveau mot de passe sur le compte existant.',
    lead: 'Dans cet entraînement, votre adresse a déjà un compte. Remplissez le formulaire avec cette adresse comme d’habitude et appuyez sur «\u00a0Créer un compte\u00a0»\u00a0: EU Login la refuse. Appuyez ensuite sur «\u00a0Mot de passe perdu\u00a0?\u00a0», comme il le propose.',
    leadAt: {
      'signIn.email':
        'Dans cet entraînement, votre adresse a déjà un compte\u00a0: «\u00a0Suivant\u00a0» demanderait donc son mot de passe. Pour voir ce qui se passe si vous l’inscrivez de nouveau, appuyez plutôt sur «\u00a0Créer un compte\u00a0».',
    },
  },
  institutionEmail: {
    ...whatIfLabelsFr.institutionEmail,
    explanation:
      'Les adresses des institutions européennes sont refusées sur le formulaire public\u00a0: les comptes du personnel sont créés par l’institution.',
    fix: 'Utilisez une adresse privée, ou demandez votre compte du personnel au service informatique de votre institution.',
    lead: 'Remplissez le formulaire avec une adresse d’une institution européenne, par exemple alex.rehearsal@ec.europa.eu, et appuyez sur «\u00a0Créer un compte\u00a0».',
  },
  disposableEmail: {
    ...whatIfLabelsFr.disposableEmail,
    explanation:
      'EU Login refuse les boîtes mail temporaires, car les e-mails ultérieurs (réinitialisations, avis de sécurité) doivent toujours vous parvenir.',
    fix: 'Inscrivez-vous avec une adresse permanente que vous consultez régulièrement.',
    lead: 'Remplissez le formulaire avec une adresse jetable, par exemple alex@mailinator.com, et appuyez sur «\u00a0Créer un compte\u00a0».',
  },
  mistypedEmail: {
    ...whatIfLabelsFr.mistypedEmail,
    explanation:
      'L’e-mail de confirmation part vers l’adresse mal saisie et ne vous parvient jamais. Il ne peut pas être redirigé.',
    fix: 'Inscrivez-vous de nouveau avec la bonne adresse. La saisir deux fois dans le formulaire sert justement à éviter cela.',
    lead: 'Inscrivez-vous avec une adresse comportant une faute de frappe, la même dans les deux champs, et voyez où part l’e-mail.',
  },
  mailInSpam: {
    ...whatIfLabelsFr.mailInSpam,
    explanation: 'Certaines messageries classent les e-mails automatiques d’EU Login comme indésirables.',
    fix: 'Cherchez dans le dossier des courriers indésirables un e-mail envoyé par automated-notifications@nomail.ec.europa.eu, et signalez-le comme légitime («\u00a0pas un spam\u00a0»).',
    lead: 'Cette fois, l’e-mail n’arrive pas dans la boîte de réception\u00a0: cherchez-le dans le dossier Indésirables de la boîte mail.',
  },
  mailDelayed: {
    ...whatIfLabelsFr.mailDelayed,
    explanation:
      'Les e-mails d’inscription et de réinitialisation peuvent mettre jusqu’à {mailMinutes} minutes à arriver.',
    fix: 'Patientez, regardez dans les indésirables et ne refaites pas la demande trop tôt\u00a0: dans cet entraînement, chaque nouvelle demande remplace le lien précédent.',
    lead: 'Cette fois, l’e-mail est lent\u00a0: attendez-le dans la boîte mail plutôt que d’en demander un nouveau.',
  },
  linkExpired: {
    ...whatIfLabelsFr.linkExpired,
    explanation:
      'Le lien de l’e-mail ne fonctionne que pendant un temps limité. EU Login ne publie pas cette durée\u00a0; cet entraînement utilise {linkMinutes} minutes.',
    fix: 'Demandez un nouvel e-mail (inscrivez-vous de nouveau, ou «\u00a0Mot de passe perdu\u00a0?\u00a0») et ouvrez le lien peu après son arrivée.',
    lead: 'Laissez expirer le lien avant de l’ouvrir\u00a0: appuyez sur le bouton ci-dessous, puis ouvrez le lien de l’e-mail.',
  },
  weakPassword: {
    ...whatIfLabelsFr.weakPassword,
    explanation:
      'EU Login demande au moins {min} caractères avec des majuscules, des minuscules, des chiffres et des caractères spéciaux.',
    fix: 'Allongez-le et mélangez les quatre types, par exemple trois mots sans rapport avec un chiffre et un signe.',
    lead: 'Saisissez un mot de passe court et simple, comme «\u00a0password1\u00a0», dans les deux champs et appuyez sur «\u00a0Envoyer\u00a0».',
  },
  passwordChangedRecently: {
    ...whatIfLabelsFr.passwordChangedRecently,
    explanation: 'EU Login ne permet de changer le mot de passe qu’une fois toutes les {changeHours} heures.',
    fix: 'Continuez d’utiliser le mot de passe actuel, ou réessayez après {changeHours} heures.',
    lead: 'Le mot de passe a été changé il y a moins d’un jour\u00a0: définissez-en un nouveau comme d’habitude et voyez ce que dit EU Login.',
  },
  wrongPassword: {
    ...whatIfLabelsFr.wrongPassword,
    explanation:
      'EU Login peut afficher le message «\u00a0mot de passe fourni incorrect\u00a0». Chaque mauvais mot de passe compte\u00a0: après {passwordAttempts} d’affilée, la connexion est refusée pendant environ {lockoutMinutes} minutes (chiffres supposés).',
    fix: 'Vérifiez la touche Verr. Maj et la disposition du clavier, ou utilisez «\u00a0Mot de passe perdu\u00a0?\u00a0».',
    lead: 'Saisissez volontairement un mauvais mot de passe et appuyez sur le bouton pour continuer, plusieurs fois si vous le souhaitez.',
  },
  forgotPassword: {
    ...whatIfLabelsFr.forgotPassword,
    explanation:
      'Personne ne peut vous dire votre mot de passe, mais EU Login peut vous envoyer par e-mail un lien pour en définir un nouveau.',
    fix: 'Choisissez «\u00a0Mot de passe perdu\u00a0?\u00a0», saisissez les caractères de l’image et ouvrez le lien de l’e-mail.',
    lead: 'Appuyez sur «\u00a0Mot de passe perdu\u00a0?\u00a0» au lieu de vous connecter.',
  },
  stepUpRequired: {
    ...whatIfLabelsFr.stepUpRequired,
    explanation:
      'Pour ajouter, modifier ou retirer un facteur, EU Login vous demande d’abord de confirmer avec un facteur que vous avez déjà.',
    fix: 'Reconnectez-vous avec votre application, votre clé ou votre eID existante quand on vous le demande.',
    lead: 'Votre compte a déjà un second facteur\u00a0: ouvrez une page qui modifie vos facteurs et voyez ce que demande d’abord EU Login.',
  },
  noSmartphone: {
    ...whatIfLabelsFr.noSmartphone,
    explanation:
      'L’application EU Login a besoin d’un appareil Android ou iOS, mais ce n’est pas le seul second facteur possible.',
    fix: 'Utilisez une tablette, une clé de sécurité USB (une YubiKey, par exemple) ou Windows Hello sur votre ordinateur.',
    lead: 'Faites comme si vous n’aviez pas de smartphone\u00a0: choisissez la solution prévue pour les personnes qui n’en ont pas.',
  },
  notificationsDenied: {
    ...whatIfLabelsFr.notificationsDenied,
    explanation:
      'L’application EU Login a besoin des notifications pour terminer sa configuration et afficher les demandes de connexion.',
    fix: 'Activez les notifications pour EU Login dans les paramètres du téléphone.',
    lead: 'Refusez les notifications sur le téléphone («\u00a0Ne pas autoriser\u00a0»).',
  },
  noScreenLock: {
    ...whatIfLabelsFr.noScreenLock,
    explanation:
      'L’application EU Login ne fonctionne pas sur un téléphone que n’importe qui peut ouvrir\u00a0: elle exige un verrouillage par code, schéma ou empreinte digitale.',
    fix: 'Définissez un verrouillage d’écran dans les paramètres du téléphone, puis rouvrez l’application.',
    lead: 'Dans cet entraînement, le téléphone n’a pas de verrouillage d’écran\u00a0: continuez comme d’habitude et voyez ce que dit l’application.',
  },
  cameraDenied: {
    ...whatIfLabelsFr.cameraDenied,
    explanation: 'Sans l’appareil photo, l’application ne peut pas lire le code QR affiché sur l’ordinateur.',
    fix: 'Autorisez l’appareil photo pour EU Login dans les paramètres du téléphone.',
    lead: 'Refusez l’accès à l’appareil photo sur le téléphone («\u00a0Ne pas autoriser\u00a0»).',
  },
  scannedWithCameraApp: {
    ...whatIfLabelsFr.scannedWithCameraApp,
    explanation:
      'Un appareil photo ou un lecteur de codes QR ordinaire ne montre que le texte du code. Il ne peut pas associer votre compte, et peut indiquer que le code n’est pas valide.',
    fix: 'Ouvrez l’application EU Login et scannez avec son propre lecteur.',
    lead: 'Sur le téléphone, choisissez «\u00a0Utiliser plutôt mon appareil photo\u00a0» au lieu du lecteur de l’application EU Login.',
  },
  qrExpired: {
    ...whatIfLabelsFr.qrExpired,
    explanation:
      'Le code QR affiché sur l’ordinateur n’est valable que peu de temps ({enrolQrMinutes} minutes dans cet entraînement, un chiffre supposé).',
    fix: 'Remplissez de nouveau «\u00a0Ajouter un appareil mobile\u00a0» et scannez le nouveau code sans attendre.',
    lead: 'Ne scannez pas encore\u00a0: laissez expirer le code QR avec le bouton ci-dessous, puis continuez.',
  },
  wrongPin: {
    ...whatIfLabelsFr.wrongPin,
    explanation:
      'Le code PIN de l’application est formé des quatre chiffres choisis lors de l’ajout du téléphone. Après {pinAttempts} essais erronés, la demande est refusée (supposé).',
    fix: 'Saisissez-le attentivement. S’il est oublié, utilisez «\u00a0Code PIN oublié\u00a0» dans les paramètres de l’application.',
    lead: 'Saisissez volontairement un mauvais code PIN dans l’application et appuyez sur «\u00a0S’authentifier\u00a0», plusieurs fois si vous le souhaitez.',
  },
  deviceUsedByOtherAccount: {
    ...whatIfLabelsFr.deviceUsedByOtherAccount,
    explanation:
      'D’anciens guides d’EU Login indiquent que l’application contient un seul compte par appareil (les versions récentes peuvent en contenir plusieurs). Cet entraînement suit cette règle\u00a0: un téléphone déjà associé à un autre compte est donc refusé.',
    fix: 'Dissociez l’autre compte dans l’application s’il est le vôtre et ne sert plus, ou utilisez un autre appareil.',
    lead: 'Dans cet entraînement, le téléphone est déjà associé à un autre compte\u00a0: saisissez le code PIN comme d’habitude et voyez ce que dit l’application.',
  },
  appInBackground: {
    ...whatIfLabelsFr.appInBackground,
    explanation:
      'Quand l’application n’est pas à l’écran, la demande arrive sous forme de notification au lieu de s’ouvrir d’elle-même.',
    fix: 'Touchez la notification d’EU Login, ou ouvrez l’application.',
    lead: 'Dans cet entraînement, l’application est fermée\u00a0: connectez-vous avec «\u00a0Application mobile + code PIN\u00a0» et surveillez l’arrivée d’une notification sur le téléphone.',
  },
  phoneOffline: {
    ...whatIfLabelsFr.phoneOffline,
    explanation:
      'La méthode par code PIN a besoin que le téléphone soit en ligne pour recevoir la demande\u00a0: l’ordinateur attend, puis abandonne.',
    fix: 'Activez les données mobiles ou le Wi-Fi, ou choisissez la méthode par code QR, qui fonctionne hors ligne.',
    lead: 'Dans cet entraînement, le téléphone n’a pas accès à Internet\u00a0: connectez-vous avec «\u00a0Application mobile + code PIN\u00a0» et observez ce que fait l’ordinateur.',
  },
  requestExpired: {
    ...whatIfLabelsFr.requestExpired,
    explanation:
      'Une demande de connexion ne dure que peu de temps (ici {pinWaitSeconds} secondes pour le code PIN, {challengeMinutes} minutes pour un code QR\u00a0; chiffres supposés).',
    fix: 'Appuyez sur «\u00a0Réessayer\u00a0» sur l’ordinateur et confirmez tout de suite.',
    lead: 'Ne confirmez pas encore\u00a0: laissez expirer la demande avec le bouton ci-dessous.',
  },
  forgotPin: {
    ...whatIfLabelsFr.forgotPin,
    explanation:
      'Le code PIN ne peut pas être réaffiché, mais l’application peut en définir un nouveau une fois que vous avez prouvé votre identité.',
    fix: 'Dans les paramètres de l’application, choisissez «\u00a0Code PIN oublié\u00a0», saisissez votre adresse e-mail et votre mot de passe EU Login, puis un nouveau code PIN. Si cela échoue, supprimez l’appareil sur l’ordinateur et ajoutez-le de nouveau.',
    lead: 'Faites comme si vous aviez oublié le code PIN\u00a0: appuyez sur «\u00a0Code PIN oublié\u00a0» dans l’application.',
  },
  codeReused: {
    ...whatIfLabelsFr.codeReused,
    explanation: 'Chaque code de l’application ne fonctionne qu’une fois, pour le code QR dont il provient.',
    fix: 'Scannez de nouveau le code QR pour obtenir un nouveau code.',
    lead: 'Saisissez un code déjà utilisé lors d’une connexion précédente plutôt que celui que l’application affiche maintenant.',
  },
  eidFailed: {
    ...whatIfLabelsFr.eidFailed,
    explanation:
      'La page eID nationale n’a pas pu confirmer votre identité, par exemple à cause du lecteur de carte ou de l’application nationale.',
    fix: 'Vérifiez le lecteur ou l’application et réessayez\u00a0; les questions sur l’eID elle-même relèvent du service d’assistance de votre pays.',
    lead: 'Cette fois, votre eID nationale ne fonctionnera pas\u00a0: continuez sur la page nationale et voyez ce qui se passe.',
  },
  eidCancelled: {
    ...whatIfLabelsFr.eidCancelled,
    explanation: 'Annuler vous ramène sur EU Login sans que rien ne soit lié.',
    fix: 'Recommencez à partir de «\u00a0Lier mon eID\u00a0» quand vous êtes prêt.',
    lead: 'Appuyez sur «\u00a0Annuler\u00a0» sur la page eID nationale.',
  },
  keyCancelled: {
    ...whatIfLabelsFr.keyCancelled,
    explanation: 'Le navigateur cesse d’attendre la clé\u00a0: rien n’est donc ajouté ni confirmé.',
    fix: 'Réessayez et touchez la clé, ou confirmez avec Windows Hello, avant que l’invite ne se ferme.',
    lead: 'Quand le navigateur demande votre clé, appuyez sur «\u00a0Annuler\u00a0» au lieu de la toucher.',
  },
  keyAlreadyRegistered: {
    ...whatIfLabelsFr.keyAlreadyRegistered,
    explanation: 'La même clé ne peut pas être ajoutée deux fois.',
    fix: 'Utilisez la clé pour vous connecter, ou ajoutez-en une autre.',
    lead: 'Dans cet entraînement, cette clé figure déjà sur votre compte\u00a0: touchez-la comme d’habitude et voyez ce que dit EU Login.',
  },
  lostPhone: {
    ...whatIfLabelsFr.lostPhone,
    explanation: 'Sans le téléphone, l’application ne peut pas confirmer vos connexions.',
    fix: 'Connectez-vous avec un autre facteur et supprimez le téléphone perdu. Sans autre facteur, connectez-vous avec votre mot de passe et utilisez «\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0» dans Mon compte.',
    lead: 'Faites comme si le téléphone était perdu\u00a0: appuyez sur «\u00a0J’ai perdu mon téléphone\u00a0».',
  },
  appReinstalled: {
    ...whatIfLabelsFr.appReinstalled,
    explanation:
      'Une application réinstallée a oublié son association avec votre compte, même sur le même téléphone\u00a0: les demandes de connexion ne lui parviennent donc plus.',
    fix: 'Connectez-vous autrement, supprimez l’ancienne entrée dans «\u00a0Gérer mes appareils mobiles\u00a0» et ajoutez de nouveau le téléphone avec un nouveau code QR.',
    lead: 'Dans cet entraînement, l’application a été réinstallée\u00a0: connectez-vous avec «\u00a0Application mobile + code PIN\u00a0» et voyez si la demande parvient au téléphone.',
  },
  alwaysMfa: {
    ...whatIfLabelsFr.alwaysMfa,
    explanation:
      'Quand «\u00a0Toujours exiger l’authentification multifacteur\u00a0» est activé dans Mon compte, «\u00a0Mot de passe\u00a0» disparaît de la liste des méthodes, même sur les sites qui accepteraient le mot de passe seul.',
    fix: 'Choisissez votre application ou votre clé de sécurité. Si vous avez perdu tous vos seconds facteurs, PANIC ne peut pas vous aider\u00a0: contactez l’assistance EU Login (https://webgate.ec.europa.eu/cas/help.html).',
    lead: 'Votre compte demande toujours un second facteur\u00a0: regardez la liste des méthodes avant d’en choisir une.',
  },
} satisfies Content['whatIfs'];
