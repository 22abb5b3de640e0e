import type { FaqId } from '../help/faq-links.js';
import type { FaqTexts } from '../help/help.types.js';

/**
 * The FAQ and symptom index in French: each question of the Europass FAQ about two-factor authentication and each
 * common problem, answered in the project's own words (translated from the English entries), with the phrases
 * French speakers use for it.
 */
export const faqFr: Readonly<Record<FaqId, FaqTexts>> = {
  'why-two-factor': {
    question: 'Pourquoi EU Login demande-t-il un second facteur, et pourquoi l’utiliser\u00a0?',
    answer:
      'Les mots de passe volés sont l’un des moyens les plus courants d’entrer dans un compte\u00a0: un mot de passe seul peut être deviné, hameçonné ou divulgué. L’authentification à deux facteurs (2FA) demande une seconde preuve en plus de votre adresse e-mail et de votre mot de passe\u00a0: un mot de passe volé ne suffit donc plus à ouvrir votre compte.\n\nCette seconde preuve est de l’un de ces trois types\u00a0: quelque chose que vous savez (un code PIN), quelque chose que vous avez (votre téléphone avec l’application EU Login, une clé de sécurité comme une YubiKey) ou quelque chose que vous êtes (une empreinte digitale, votre visage ou votre voix). EU Login les combine\u00a0: par exemple, l’application sur votre téléphone plus son code PIN.\n\nLa Commission européenne rend la 2FA d’EU Login obligatoire pour ses systèmes informatiques qui traitent des informations sensibles non classifiées (SNC), et la recommande vivement pour les systèmes contenant des informations publiques ou «\u00a0à usage de la Commission\u00a0». Pour vous, cela signifie que votre compte et les données personnelles qu’il contient restent protégés, où que vous vous connectiez.',
    symptoms: [
      'pourquoi ai-je besoin de l’authentification à deux facteurs',
      'c’est quoi la 2FA',
      'pourquoi la 2FA',
      'pourquoi utiliser la double authentification',
      'pourquoi activer l’authentification à deux facteurs',
      'pourquoi faut-il mon téléphone pour me connecter',
      'la validation en deux étapes est-elle obligatoire',
      'dois-je configurer la 2FA',
      'second facteur',
      'quelque chose que vous savez quelque chose que vous avez',
      'sensible non classifié',
    ],
  },
  'no-confirmation-mail': {
    question: 'Je me suis inscrit, mais l’e-mail de confirmation n’est jamais arrivé',
    answer:
      'L’e-mail arrive en général en quelques minutes, mais cela peut prendre jusqu’à une vingtaine de minutes. Regardez dans le dossier des courriers indésirables, pour un expéditeur en nomail.ec.europa.eu. Si l’adresse saisie dans le formulaire contenait une erreur, l’e-mail est parti ailleurs\u00a0: créez de nouveau le compte avec la bonne adresse.',
    symptoms: [
      'pas d’e-mail',
      'je n’ai pas reçu le mail',
      'je n’ai pas reçu l’e-mail de confirmation',
      'le courriel n’est jamais arrivé',
      'rien dans ma boîte de réception',
      'pas de mail d’activation',
      'où est le mail de confirmation',
      'j’attends le courriel',
      'mail non reçu',
    ],
  },
  'email-already-registered': {
    question: 'Le formulaire indique que mon adresse e-mail est déjà enregistrée',
    answer:
      'Vous avez déjà un compte EU Login avec cette adresse, peut-être créé pour un autre site de l’UE, et une adresse ne peut correspondre qu’à un seul compte. N’en créez pas un deuxième\u00a0: choisissez «\u00a0Mot de passe perdu\u00a0?\u00a0», saisissez cette adresse et définissez un nouveau mot de passe grâce à l’e-mail que vous recevrez.',
    symptoms: [
      'adresse e-mail déjà enregistrée',
      'l’e-mail existe déjà',
      'adresse déjà utilisée',
      'j’ai déjà un compte',
      'impossible d’inscrire mon adresse',
      'le compte existe déjà',
    ],
  },
  'forgot-password': {
    question: 'Mot de passe oublié',
    answer:
      'Sur la page de connexion, après votre adresse e-mail, choisissez «\u00a0Mot de passe perdu\u00a0?\u00a0». Confirmez l’adresse, saisissez les caractères de l’image et appuyez sur «\u00a0Obtenir un mot de passe\u00a0». Un e-mail vous apporte un lien vers une page où vous choisissez un nouveau mot de passe. Faites de même quand EU Login répète que le mot de passe est faux.',
    symptoms: [
      'j’ai oublié mon mot de passe',
      'mot de passe oublié',
      'réinitialiser le mot de passe',
      'le mot de passe ne fonctionne pas',
      'mauvais mot de passe',
      'je ne me souviens plus de mon mot de passe',
      'changer mon mot de passe',
    ],
  },
  'no-smartphone': {
    question: 'Pas de smartphone\u00a0? D’autres moyens d’ajouter un second facteur',
    answer:
      'L’application EU Login fonctionne aussi sur une tablette Android ou iOS. Sans tablette, utilisez une clé de sécurité (une clé USB comme une YubiKey) ou la plateforme de confiance de votre ordinateur (Windows Hello, par exemple), à ajouter dans «\u00a0Gérer mes clés de sécurité et plateformes de confiance\u00a0». Une eID nationale fonctionne aussi, si votre pays est pris en charge.',
    symptoms: [
      'pas de smartphone',
      'je n’ai pas de smartphone',
      'je n’ai qu’un vieux téléphone',
      'pas de téléphone portable',
      'puis-je utiliser une tablette',
      'sans téléphone',
      'alternative à l’application',
    ],
  },
  'get-the-app': {
    question: 'Où trouver l’application EU Login\u00a0?',
    answer:
      'L’application EU Login est gratuite. Sur Android, téléchargez-la sur Google Play\u00a0; sur iPhone ou iPad, sur l’App Store. Cherchez «\u00a0EU Login\u00a0», publiée par la Commission européenne.',
    symptoms: [
      'télécharger l’application',
      'où est l’application',
      'quelle application faut-il',
      'installer l’application EU Login',
      'app store',
      'google play',
      'je ne trouve pas l’application',
    ],
  },
  'set-up-the-app': {
    question: 'Configurer l’application EU Login, étape par étape',
    answer:
      'Il vous faut votre ordinateur et votre téléphone. Sur l’ordinateur, connectez-vous à EU Login, ouvrez Mon compte (la roue dentée), puis «\u00a0Gérer mes appareils mobiles\u00a0» et «\u00a0Ajouter un appareil mobile\u00a0»\u00a0; donnez un nom au téléphone et choisissez un code PIN à quatre chiffres. Sur le téléphone, ouvrez l’application, touchez «\u00a0Initialiser\u00a0», autorisez l’appareil photo et scannez le code QR affiché sur l’ordinateur. Saisissez le même code PIN et touchez «\u00a0S’authentifier\u00a0»\u00a0; l’application confirme alors la configuration.',
    symptoms: [
      'configurer l’application',
      'configurer l’application EU Login sur mon téléphone',
      'activer l’application',
      'associer mon téléphone',
      'enregistrer mon téléphone',
      'ajouter mon téléphone à mon compte',
      'comment paramétrer l’application mobile',
      'enrôler un appareil',
      'installer la double authentification',
      'activer la 2FA',
      'activer la validation en deux étapes',
    ],
  },
  'one-account-per-device': {
    question: 'Un téléphone peut-il contenir plusieurs comptes EU Login\u00a0?',
    answer:
      'La plupart des guides d’EU Login indiquent qu’un appareil sert un seul compte\u00a0; les versions récentes de l’application peuvent en contenir plusieurs et passer de l’un à l’autre. Si l’application indique que le téléphone est déjà associé à un autre compte, dissociez ce compte dans les paramètres de l’application ou utilisez un autre appareil.',
    symptoms: [
      'deux comptes sur un téléphone',
      'plusieurs comptes sur le même appareil',
      'téléphone déjà associé à un autre compte',
      'mon conjoint utilise l’application sur ce téléphone',
      'appareil déjà utilisé',
      'deuxième compte',
    ],
  },
  'change-app-pin': {
    question: 'Comment changer le code PIN de l’application, ou réinitialiser un code PIN oublié\u00a0?',
    answer:
      'Ouvrez les paramètres de l’application EU Login (trois points sur Android, une roue dentée sur iPhone) et choisissez «\u00a0Code PIN oublié\u00a0». Connectez-vous avec l’adresse e-mail et le mot de passe EU Login du compte associé à l’application, puis saisissez deux fois un nouveau code PIN à quatre chiffres. Le déverrouillage par empreinte digitale ou par le visage est désactivé et peut être réactivé. Si cela ne fonctionne pas, supprimez le téléphone dans «\u00a0Gérer mes appareils mobiles\u00a0» et ajoutez-le de nouveau.',
    symptoms: [
      'j’ai oublié mon code PIN',
      'changer le code PIN',
      'réinitialiser le code PIN de l’application',
      'nouveau code PIN',
      'je ne me souviens plus du PIN',
      'PIN perdu',
    ],
  },
  'screen-lock': {
    question: 'L’application fonctionne-t-elle sur un téléphone sans verrouillage d’écran\u00a0?',
    answer:
      'Non. L’application ne fonctionne que sur un téléphone protégé par un code, un schéma ou une empreinte digitale. Définissez-en un dans les paramètres du téléphone, puis rouvrez l’application.',
    symptoms: [
      'pas de verrouillage d’écran',
      'l’application demande de sécuriser mon appareil',
      'le téléphone n’a pas de code',
      'schéma de déverrouillage',
      'l’application ne démarre pas',
    ],
  },
  'sign-in-with-the-app': {
    question: 'Comment se connecter avec l’application EU Login\u00a0?',
    answer:
      'Saisissez votre mot de passe, choisissez la méthode de l’application dans «\u00a0Choisissez votre méthode de vérification\u00a0» (par exemple «\u00a0Application mobile + code PIN\u00a0») et appuyez sur «\u00a0Se connecter\u00a0». Si l’application est ouverte sur le téléphone, elle passe directement à l’écran du code PIN\u00a0; si elle est fermée, une notification apparaît\u00a0: touchez-la. Saisissez votre code PIN et touchez «\u00a0S’authentifier\u00a0», et l’ordinateur continue.',
    symptoms: [
      'comment se connecter avec l’application',
      'se connecter avec mon téléphone',
      'connexion avec la 2FA',
      'application en arrière-plan',
      'application au premier plan',
      'où saisir le code PIN',
    ],
  },
  'find-the-qr-code': {
    question: 'Où est le code QR à scanner\u00a0?',
    answer:
      'Le code QR se trouve sur votre ordinateur, pas dans un e-mail. Connectez-vous à EU Login sur l’ordinateur, ouvrez «\u00a0Gérer mes appareils mobiles\u00a0», choisissez «\u00a0Ajouter un appareil mobile\u00a0», remplissez le nom de l’appareil et le code PIN et envoyez\u00a0: le code QR apparaît sur l’écran de l’ordinateur, prêt à être scanné par l’application.',
    symptoms: [
      'où est le code QR',
      'je ne trouve pas le code QR',
      'pas de code QR',
      'quel code QR',
      'l’application me demande de scanner un code',
      'code QR manquant',
    ],
  },
  'qr-code-invalid': {
    question: 'Mon lecteur de code QR indique que le code n’est pas valide',
    answer:
      'Seule l’application EU Login peut lire les codes QR d’EU Login\u00a0: l’appareil photo du téléphone ou un autre lecteur les affiche comme non valides ou comme du simple texte. Ouvrez l’application EU Login et scannez depuis celle-ci. Si l’application elle-même refuse le code, il a probablement expiré\u00a0: obtenez-en un nouveau sur l’ordinateur.',
    symptoms: [
      'QR non valide',
      'le code QR ne fonctionne pas',
      'code QR invalide',
      'l’appareil photo ne reconnaît pas le code',
      'scanné avec mon appareil photo',
      'erreur de code QR',
      'lecteur QR',
    ],
  },
  'already-using-eid': {
    question: 'Je me connecte déjà avec mon eID nationale\u00a0: ai-je besoin d’autre chose\u00a0?',
    answer:
      'Non. Se connecter avec une eID nationale prouve déjà votre identité avec deux facteurs\u00a0: vous pouvez continuer à vous connecter ainsi\u00a0; il n’y a rien d’autre à configurer.',
    symptoms: [
      'j’utilise déjà une eID',
      'je me connecte avec ma carte d’identité',
      'faut-il la 2FA avec une eID',
      'carte d’identité électronique',
      'connexion avec la carte d’identité nationale',
    ],
  },
  'link-eid': {
    question: 'Comment ajouter mon eID nationale à mon compte EU Login\u00a0?',
    answer:
      'Préparez votre lecteur de carte ou l’application eID de votre pays. Connectez-vous à EU Login, ouvrez Mon compte, puis «\u00a0Gérer mes eID\u00a0» et «\u00a0Lier mon eID\u00a0». Choisissez le drapeau du pays qui a délivré votre eID, appuyez sur «\u00a0Envoyer\u00a0» et terminez sur la page de votre pays. Si votre drapeau ne figure pas dans la liste, votre eID ne peut pas être utilisée avec EU Login.',
    symptoms: [
      'lier ma carte d’identité',
      'ajouter une identité électronique',
      'utiliser ma carte d’identité comme second facteur',
      'associer une eID nationale',
      'eID comme second facteur',
      'lecteur de carte',
    ],
  },
  'locked-out': {
    question: 'Je n’arrive plus à accéder à mon compte',
    answer:
      'Si EU Login refuse sans cesse votre mot de passe, ou indique que la connexion est bloquée, arrêtez d’essayer et réinitialisez le mot de passe avec «\u00a0Mot de passe perdu\u00a0?\u00a0». Si le mot de passe est bon mais que votre seul second facteur a disparu, consultez la réponse sur le téléphone perdu\u00a0; si le compte exige toujours un second facteur et qu’il ne vous en reste aucun, seul le support d’EU Login peut vous aider.',
    symptoms: [
      'bloqué hors de mon compte',
      'compte verrouillé',
      'compte bloqué',
      'trop de tentatives',
      'impossible d’accéder à mon compte',
      'bloqué après un mauvais mot de passe',
    ],
  },
  'new-phone': {
    question: 'J’ai un nouveau téléphone',
    answer:
      'Si l’ancien téléphone fonctionne encore, configurez d’abord l’application EU Login sur le nouveau téléphone («\u00a0Ajouter un appareil mobile\u00a0»), vérifiez qu’elle fonctionne, puis supprimez l’ancien téléphone dans «\u00a0Gérer mes appareils mobiles\u00a0». Si l’ancien téléphone n’est plus là, suivez la réponse sur le téléphone perdu.',
    symptoms: [
      'nouveau téléphone',
      'j’ai changé de téléphone',
      'j’ai remplacé mon téléphone',
      'déplacer l’application sur un autre téléphone',
      'transférer EU Login sur un nouveau téléphone',
      'changement de téléphone',
    ],
  },
  'lost-phone': {
    question: 'J’ai perdu mon téléphone, ou il est cassé ou volé',
    answer:
      'Connectez-vous avec un autre facteur que vous avez encore (une clé de sécurité, une eID, un autre téléphone) et supprimez le téléphone perdu dans «\u00a0Gérer mes appareils mobiles\u00a0». Si vous n’avez aucun autre facteur, connectez-vous avec votre mot de passe et utilisez «\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0» dans Mon compte, puis configurez de nouveau l’application sur votre nouveau téléphone.',
    symptoms: [
      'téléphone perdu',
      'j’ai perdu mon téléphone',
      'téléphone volé',
      'téléphone cassé',
      'le téléphone ne fonctionne plus',
      'plus d’accès à mon téléphone',
    ],
  },
  'app-reinstalled': {
    question: 'J’ai réinstallé l’application ou réinitialisé mon téléphone, et cela ne fonctionne plus',
    answer:
      'Réinstaller l’application ou réinitialiser le téléphone rompt son association avec votre compte, même sur le même téléphone. Supprimez l’ancienne entrée dans «\u00a0Gérer mes appareils mobiles\u00a0» (en vous connectant avec un autre facteur, ou avec PANIC si vous n’en avez aucun) et ajoutez de nouveau le téléphone.',
    symptoms: [
      'application réinstallée',
      'réinitialisation d’usine',
      'l’application a été supprimée',
      'l’application demande d’initialiser de nouveau',
      'l’application n’est plus associée',
      'mise à jour du téléphone et application perdue',
    ],
  },
  'code-not-accepted': {
    question: 'Le code de l’application n’est pas accepté',
    answer:
      'Quand vous vous connectez avec la méthode par code QR, l’application affiche un code à usage unique à saisir sur l’ordinateur. Saisissez-le exactement comme l’application l’affiche, car certains caractères se ressemblent. Le code correspond au code QR affiché à l’écran\u00a0: si l’ordinateur a affiché un nouveau code QR depuis, scannez celui-ci pour obtenir un nouveau code.',
    symptoms: [
      'code non accepté',
      'code rejeté',
      'code non valide',
      'mauvais code',
      'le mot de passe à usage unique ne fonctionne pas',
      'OTP refusé',
    ],
  },
  'link-expired': {
    question: 'Le lien de l’e-mail a expiré',
    answer:
      'Les liens d’EU Login fonctionnent pendant un temps limité. Pour un nouveau compte, inscrivez-vous de nouveau pour recevoir un nouvel e-mail\u00a0; pour une réinitialisation du mot de passe, demandez un nouveau lien avec «\u00a0Mot de passe perdu\u00a0?\u00a0». Ouvrez ensuite sans tarder le lien de l’e-mail le plus récent.',
    symptoms: [
      'lien expiré',
      'le lien ne fonctionne pas',
      'lien non valide',
      'le lien du mail ne marche pas',
      'lien d’activation expiré',
      'lien de réinitialisation expiré',
    ],
  },
  'wrong-pin': {
    question: 'L’application indique que mon code PIN est faux',
    answer:
      'Le code PIN de l’application est formé des quatre chiffres choisis sur l’ordinateur lors de l’ajout du téléphone\u00a0: ce n’est ni le code de déverrouillage du téléphone ni votre mot de passe. Si vous ne vous en souvenez pas, réinitialisez-le avec «\u00a0Code PIN oublié\u00a0» dans les paramètres de l’application, puis reconnectez-vous.',
    symptoms: [
      'mauvais code PIN',
      'code PIN non accepté',
      'code PIN incorrect',
      'code PIN refusé',
      'quel code PIN',
      'le code PIN ne fonctionne pas',
    ],
  },
  'no-notification': {
    question: 'Mon téléphone ne reçoit aucune notification quand je me connecte',
    answer:
      'Ouvrez vous-même l’application EU Login\u00a0: une demande en attente s’y affiche aussi. Vérifiez que le téléphone a accès à Internet (la méthode par code PIN en a besoin) et que les notifications sont autorisées pour EU Login dans les paramètres du téléphone. Sans Internet, choisissez la méthode par code QR, qui fonctionne hors ligne.',
    symptoms: [
      'pas de notification',
      'pas de notification push',
      'rien ne se passe sur mon téléphone',
      'le téléphone ne sonne pas',
      'l’application n’affiche pas la demande',
      'notifications désactivées',
    ],
  },
  'request-expired': {
    question: 'La demande de connexion a expiré avant que je la confirme',
    answer:
      'Une demande de connexion n’attend votre confirmation que peu de temps. Appuyez sur «\u00a0Réessayer\u00a0» sur l’ordinateur, et ayez le téléphone déverrouillé avec l’application ouverte avant d’appuyer sur «\u00a0Se connecter\u00a0». Si le téléphone n’a pas d’Internet, utilisez la méthode par code QR.',
    symptoms: [
      'demande expirée',
      'délai dépassé',
      'temps écoulé',
      'cela a pris trop de temps',
      'authentification expirée',
      'session expirée',
    ],
  },
  'qr-code-expired': {
    question: 'Le code QR pour ajouter mon téléphone a expiré',
    answer:
      'Le code QR qui sert à ajouter un téléphone ne reste pas valable longtemps. Remplissez de nouveau le formulaire «\u00a0Ajouter un appareil mobile\u00a0» pour obtenir un nouveau code, et ouvrez le lecteur de l’application avant d’envoyer le formulaire.',
    symptoms: [
      'code QR expiré',
      'le code QR a disparu',
      'le délai du code QR est dépassé',
      'code QR plus valable',
      'il me faut un nouveau code QR',
    ],
  },
  'user-not-found': {
    question: 'EU Login indique qu’il ne connaît pas mon adresse e-mail',
    answer:
      'Vérifiez d’abord l’orthographe. Si elle est correcte, aucun compte n’utilise cette adresse\u00a0: vous vous êtes peut-être inscrit avec une autre, cherchez donc un ancien e-mail d’EU Login dans vos autres messageries. Si vous ne vous êtes jamais inscrit, choisissez «\u00a0Créer un compte\u00a0».',
    symptoms: [
      'utilisateur inconnu',
      'adresse e-mail non reconnue',
      'aucun compte trouvé',
      'il ne connaît pas mon adresse',
      'utilisateur introuvable',
    ],
  },
  'new-password-refused': {
    question: 'Mon nouveau mot de passe est refusé',
    answer:
      'Un mot de passe doit compter au moins 10 caractères avec des majuscules, des minuscules, des chiffres et des caractères spéciaux, et les deux champs doivent être identiques. EU Login refuse aussi un nouveau mot de passe quand le dernier changement date de moins d’un jour\u00a0: patientez, puis réessayez.',
    symptoms: [
      'mot de passe refusé',
      'mot de passe trop faible',
      'exigences du mot de passe',
      'les mots de passe ne correspondent pas',
      'mot de passe changé trop récemment',
      'impossible de définir mon mot de passe',
    ],
  },
  'camera-blocked': {
    question: 'L’application ne peut pas utiliser l’appareil photo',
    answer:
      'L’application a besoin de l’appareil photo pour lire le code QR. Si vous l’avez refusé, autorisez l’appareil photo pour EU Login dans les paramètres du téléphone, puis revenez à l’application et scannez de nouveau.',
    symptoms: [
      'l’appareil photo ne fonctionne pas',
      'caméra bloquée',
      'écran noir pendant le scan',
      'l’application ne peut pas ouvrir la caméra',
      'accès à l’appareil photo refusé',
    ],
  },
  'password-not-offered': {
    question: '«\u00a0Mot de passe\u00a0» ne figure pas dans la liste des méthodes',
    answer:
      'Certains sites n’acceptent qu’un second facteur\u00a0: la liste omet alors «\u00a0Mot de passe\u00a0». S’il manque partout, l’option de compte «\u00a0Toujours exiger l’authentification multifacteur\u00a0» est activée. Connectez-vous avec votre application, votre clé ou votre eID\u00a0; si vous les avez tous perdus, seul le support d’EU Login peut vous aider.',
    symptoms: [
      'option mot de passe absente',
      'impossible de choisir le mot de passe',
      'seule l’application mobile est proposée',
      'liste des méthodes de vérification',
      'le mot de passe n’est pas dans la liste',
    ],
  },
  'second-factor-asked-again': {
    question: 'EU Login me demande de me reconnecter avec mon second facteur',
    answer:
      'Pour modifier vos téléphones, vos clés ou vos eID, il faut le prouver avec un facteur que vous avez déjà. Reconnectez-vous avec l’application, la clé ou l’eID déjà présente sur votre compte\u00a0; la modification se fait ensuite.',
    symptoms: [
      'on me demande de m’authentifier de nouveau',
      'me reconnecter',
      'il redemande mon téléphone',
      'authentification renforcée',
      'demande un second facteur pour ajouter un appareil',
    ],
  },
  'email-refused-at-registration': {
    question: 'Le formulaire d’inscription refuse mon adresse e-mail',
    answer:
      'EU Login n’accepte ni les adresses des institutions européennes (leur personnel reçoit un compte autrement) ni les adresses jetables. Utilisez une adresse personnelle ou professionnelle que vous pouvez ouvrir et que vous garderez.',
    symptoms: [
      'adresse e-mail refusée',
      'adresse e-mail non acceptée',
      'impossible d’utiliser mon adresse professionnelle',
      'adresse d’une institution',
      'adresse temporaire non autorisée',
    ],
  },
  'security-key-problem': {
    question: 'Ma clé de sécurité ou Windows Hello ne fonctionne pas',
    answer:
      'Laissez ouverte l’invite du navigateur, insérez la clé et touchez-la, ou confirmez avec votre empreinte digitale, votre visage ou votre code PIN. Si vous avez annulé, recommencez. Si le navigateur indique que la clé est déjà enregistrée, elle figure déjà sur votre compte\u00a0: choisissez-la quand vous vous connectez.',
    symptoms: [
      'la clé de sécurité ne fonctionne pas',
      'YubiKey non reconnue',
      'Windows Hello ne fonctionne pas',
      'clé déjà enregistrée',
      'clé d’accès',
      'passkey',
      'toucher la clé',
    ],
  },
  'sms-codes': {
    question: 'Je recevais des codes par SMS\u00a0: où sont-ils passés\u00a0?',
    answer:
      'EU Login a cessé d’envoyer des codes par SMS à la mi-2025. Utilisez plutôt l’application EU Login, une clé de sécurité ou une eID nationale.',
    symptoms: ['SMS', 'code par texto', 'pas de SMS', 'numéro de téléphone portable', 'je recevais un SMS'],
  },
  'eid-failed': {
    question: 'La connexion avec mon eID nationale n’aboutit pas',
    answer:
      'Rien n’a changé sur votre compte EU Login. Vérifiez le lecteur de carte ou l’application eID de votre pays et réessayez. Les problèmes sur la page de votre pays relèvent du service d’assistance eID national\u00a0; en attendant, une autre méthode comme l’application EU Login fonctionne aussi.',
    symptoms: [
      'l’eID ne fonctionne pas',
      'erreur eID',
      'le lecteur de carte ne fonctionne pas',
      'échec de la connexion nationale',
      'eID annulée',
    ],
  },
  'europass-templates': {
    question: 'Que sont les modèles de documents Europass\u00a0?',
    answer:
      'Europass propose des modèles gratuits pour présenter ce que vous avez appris et fait de la même façon dans toute l’Europe\u00a0: votre CV et votre lettre de motivation, créés à partir de votre profil Europass, et des documents délivrés par les écoles, les organismes de formation et les employeurs, comme Europass Mobilité, le supplément descriptif du certificat et le supplément au diplôme. Les questions ci-dessous présentent chacun d’eux.',
    symptoms: [
      'modèles Europass',
      'documents Europass',
      'CV Europass',
      'modèle de lettre de motivation',
      'cover letter template',
    ],
  },
  'europass-cefr': {
    question: 'Qu’est-ce que le Cadre européen commun de référence pour les langues (CECR)\u00a0?',
    answer:
      'Le CECR est un ensemble de repères du Conseil de l’Europe pour décrire ce que savent faire les personnes qui apprennent une langue étrangère. Il fonctionne de la même façon pour toutes les langues européennes, pour l’apprentissage, l’enseignement comme l’évaluation, et compte six niveaux de référence, de A1 (débutant) à C2 (maîtrise), compris dans toute l’Europe. Votre profil Europass utilise sa grille d’autoévaluation pour vous aider à situer votre propre niveau dans une langue.',
    symptoms: [
      'CECR',
      'CEFR',
      'niveaux de langue',
      'A1 A2 B1 B2 C1 C2',
      'cadre européen commun',
      'c’est quoi le niveau B2',
    ],
  },
  'europass-language-self-assessment': {
    question: 'Comment évaluer moi-même mes compétences linguistiques\u00a0?',
    answer:
      'Dans votre profil Europass, à la rubrique des compétences linguistiques. Lisez les courtes descriptions de l’outil d’autoévaluation, qui suit le CECR, et choisissez pour chaque langue le niveau qui correspond à votre façon de la comprendre, de la parler et de l’écrire. Vous pouvez conserver vos certificats de langue dans votre bibliothèque Europass, et partager la grille remplie avec des employeurs, des écoles ou des organismes de formation.',
    symptoms: [
      'évaluer mes langues',
      'autoévaluation en langues',
      'évaluer mon niveau de langue',
      'quel est mon niveau d’anglais',
      'certificat de langue',
    ],
  },
  'europass-digital-skills': {
    question: 'Comment décrire mes compétences numériques\u00a0?',
    answer:
      'Dans votre profil Europass, vous pouvez lister vos compétences numériques et les classer comme vous le souhaitez\u00a0: les outils et logiciels que vous savez utiliser, au travail, pendant vos études ou dans vos loisirs (réseaux sociaux, blogs, jeux), et les projets dont vous êtes fier. Regroupez-les, par exemple les outils de conception, les compétences que vous utilisez au travail, ou celles que vous aimeriez apprendre ensuite.',
    symptoms: [
      'compétences numériques',
      'compétences informatiques',
      'logiciels que je sais utiliser',
      'compétences informatiques sur mon CV',
      'digital skills',
    ],
  },
  'europass-mobility': {
    question: 'Qu’est-ce qu’Europass Mobilité\u00a0?',
    answer:
      'Un document Europass qui consigne les compétences acquises pendant une période d’apprentissage ou de travail dans un autre pays européen, comme un échange, un stage ou du volontariat, pour que d’autres puissent voir ce que vous y avez appris.',
    symptoms: [
      'Europass Mobilité',
      'document de mobilité',
      'échange à l’étranger',
      'attestation de stage Erasmus',
      'Europass Mobility',
    ],
  },
  'europass-certificate-supplement': {
    question: 'Qu’est-ce que le supplément descriptif du certificat Europass\u00a0?',
    answer:
      'Un document qui accompagne un certificat d’enseignement et de formation professionnels. Il explique, de façon claire et comparable, ce que le titulaire de cette certification a appris et sait faire, pour que les employeurs et les écoles d’autres pays la comprennent.',
    symptoms: [
      'supplément descriptif du certificat',
      'certificat professionnel',
      'certification EFP',
      'certificate supplement',
    ],
  },
  'europass-diploma-supplement': {
    question: 'Qu’est-ce que le supplément au diplôme\u00a0?',
    answer:
      'Un document qui accompagne un diplôme de l’enseignement supérieur (délivré par une université ou une école supérieure). Il décrit la certification de façon claire et cohérente, pour que les employeurs et les universités d’autres pays comprennent ce qu’elle représente.',
    symptoms: ['supplément au diplôme', 'diplôme universitaire', 'diplôme expliqué', 'diploma supplement'],
  },
  'europass-language-passport': {
    question: 'Qu’est devenu le passeport de langues Europass\u00a0?',
    answer:
      'Le passeport de langues faisait partie des modèles de documents Europass, introduits en 2004, pour décrire vos propres compétences et certifications linguistiques. Il se prolonge aujourd’hui dans la rubrique des compétences linguistiques de votre profil Europass\u00a0: vous vous évaluez toujours selon le CECR et pouvez partager le résultat avec des employeurs ou des écoles.',
    symptoms: [
      'passeport de langues',
      'ancien passeport de langues Europass',
      'où est le passeport de langues',
      'language passport',
    ],
  },
  'europass-skills-passport': {
    question: 'Qu’était le passeport européen de compétences Europass\u00a0?',
    answer:
      'Un outil Europass, proposé jusqu’en 2019, qui réunissait plusieurs de vos documents dans un seul fichier. Il n’est plus disponible\u00a0: si vous avez un compte Europass, partagez plutôt vos documents depuis votre bibliothèque Europass.',
    symptoms: [
      'passeport de compétences',
      'passeport européen de compétences',
      'réunir des documents dans un seul fichier',
      'skills passport',
    ],
  },
  'europass-eqf': {
    question: 'Qu’est-ce que le cadre européen des certifications (CEC)\u00a0?',
    answer:
      'Un outil de l’UE qui rend plus faciles à comparer les certifications de différents pays et systèmes d’enseignement, grâce à une échelle unique de huit niveaux. Un diplôme, un supplément au diplôme ou un supplément descriptif du certificat peut indiquer son niveau CEC. Mentionnez ce niveau sur votre CV et dans vos candidatures pour aider les employeurs et les écoles à l’étranger à comprendre votre certification.',
    symptoms: ['CEC', 'EQF', 'niveau de certification', 'huit niveaux', 'comparer mon diplôme à l’étranger'],
  },
};
