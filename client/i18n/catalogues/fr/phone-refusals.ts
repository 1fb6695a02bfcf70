import type en from '../en/phone-refusals';
import type { Translation } from '../../define-messages';

export default {
  checkInEnded: 'L’événement est terminé ; l’enregistrement est clos.',
  checkInStarted: 'L’événement a commencé : enregistrez-vous auprès de l’organisation à l’entrée.',
  noSuchPerson: 'Il n’y a personne « {personId} » dans cet événement.',
  personRemoved: 'Vous avez été retiré de cet événement.',
  noSuchMentee: 'Ce mentoré n’existe pas dans cet événement.',
  questionsEnded: 'L’événement est terminé ; les questions ne peuvent plus changer.',
  feedbackAbsent: 'Vous êtes noté comme absent : il n’y a donc aucune rencontre sur laquelle donner un avis.',
  notMetWith: 'Vous n’étiez pas à la table de {name} au tour {round}.',
  notMetInRound: 'Vous n’étiez pas à la table de cette personne au tour {round}.',
  roundNotBegun: 'Le tour {round} n’a pas encore commencé.',
  feedbackClosed: 'Les avis sur cet événement sont clos.',
  noEmailToShare: 'Il n’y a pas d’adresse e-mail pour vous dans cet événement ; partagez plutôt une ligne de contact.',
  noSuchEvent: 'Cet événement n’existe pas (ou plus).',
  changedElsewhere: 'L’événement a changé entre-temps sur un autre serveur ; réessayez.',
  unknownKey: 'Ce lien est inconnu : il est peut-être mal recopié, ou son événement a été supprimé.',
  signupCodeOnly: 'C’est un lien d’inscription : il n’ouvre que la page d’inscription.',
  tooManyWrongKeys: 'Trop de liens erronés depuis ce réseau ; attendez une minute.',
  tooManyRequests: 'Trop de requêtes avec ce lien ; ralentissez.',
  tooManyFromAddress: 'Trop de requêtes depuis ce réseau ; attendez une minute.',
  tooManyChanges: 'Trop de modifications avec ce lien ; attendez quelques secondes.',
  tooManyLinkChanges: 'Trop de modifications avec ce lien ; ralentissez.',
  tooManyLinkMessages: 'Trop de messages avec ce lien ; ralentissez.',
  serverFault: 'Un problème est survenu sur le serveur ; l’erreur a été enregistrée.',
} satisfies Translation<typeof en>;
