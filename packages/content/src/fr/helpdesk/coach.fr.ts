import type { FlowHelpdeskScripts } from '../../content.types.js';

export const coachHelpdeskFr = {
  'coach.journeys': {
    ask: [
      'Que souhaitez-vous faire aujourd’hui\u00a0: créer un compte, ajouter votre téléphone ou vous connecter\u00a0?',
      'Avez-vous déjà un compte EU Login\u00a0?',
      'Avez-vous un smartphone ou une tablette avec vous\u00a0?',
    ],
    say: [
      'Ouvrez le coach et choisissez le parcours qui correspond à ce que vous voulez faire.',
      'Si vous hésitez, choisissez la configuration complète\u00a0: elle couvre tout depuis le début.',
      'Pourquoi un second facteur\u00a0: même si quelqu’un vole ou devine votre mot de passe, il ne peut pas entrer sans votre téléphone, votre clé ou votre eID.',
    ],
    ifThen: [
      {
        if: 'L’appelant n’a pas de smartphone',
        then: 'Choisissez «\u00a0Pas de smartphone\u00a0? Utilisez une clé de sécurité\u00a0»\u00a0: une tablette, une clé de sécurité ou Windows Hello conviennent aussi.',
      },
      {
        if: 'L’appelant a perdu ou changé de téléphone',
        then: 'Ancien téléphone perdu ou inutilisable\u00a0: choisissez «\u00a0Remplacer un téléphone que vous ne pouvez plus utiliser\u00a0» si un autre facteur fonctionne encore, sinon «\u00a0J’ai perdu mon téléphone\u00a0». Ancien téléphone encore utilisable\u00a0: ajoutez d’abord le nouveau, puis supprimez l’ancien.',
      },
      {
        if: 'L’appelant se connecte déjà avec une eID nationale',
        then: 'Dites-lui qu’il n’a rien d’autre à configurer\u00a0: l’eID compte déjà pour deux facteurs.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'coach'>;
