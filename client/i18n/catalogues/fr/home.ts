import type { Translation } from '../../define-messages';
import type en from '../en/home';

export default {
  lead: 'Animez un speed mentoring depuis un seul ordinateur.',
  aboutTitle: 'Qu’est-ce que Tablehop ?',
  aboutText:
    'Les mentors sont assis à des tables ; les mentorés changent de table à chaque tour. Tablehop planifie qui ' +
    'rencontre qui : chacun rencontre le plus possible de mentors différents, les souhaits sont respectés et les ' +
    'tours passés sans table sont répartis équitablement.',
  aboutAdd: 'Ajoutez les mentors et les mentorés, ou collez un tableur (CSV).',
  aboutPlan: 'Planifiez la rotation et vérifiez-la d’un coup d’œil.',
  aboutRun: 'Pilotez le chrono d’ici ; chaque téléphone, les mentors et le projecteur le suivent en direct.',
  aboutKey:
    'Pas de compte : chacun reçoit un lien personnel. Votre lien de console contient votre clé d’organisateur : ' +
    'gardez-le pour vous.',
  accessCodeLabel: 'Code d’accès organisateur',
  accessCodeHint:
    'Sur ce Tablehop, seuls les organisateurs invités peuvent créer des événements : ' +
    'son hébergeur vous a donné le code.',
  backupTitle: 'Créer à partir d’une sauvegarde',
  backupText:
    'Refaire un événement : choisissez une sauvegarde téléchargée depuis une console (Impression et sauvegarde). ' +
    'Le nouvel événement reprend les réglages, les personnes, les questions et le plan, avec de nouveaux liens ' +
    'personnels.',
  backupFileLabel: 'Fichier de sauvegarde (.json)',
  backupCreating: 'Création de l’événement…',
  backupTooLarge: 'Ce fichier est plus gros que toute sauvegarde Tablehop (16 Mio au plus).',
  backupNotJson:
    'Ce fichier n’est pas une sauvegarde Tablehop : ce n’est pas du JSON. Choisissez le fichier .json enregistré par ' +
    '« Télécharger une sauvegarde ».',
  formTitle: 'Créer un événement',
  nameLabel: 'Nom de l’événement',
  namePlaceholder: 'Soirée mentorat de printemps',
  roundLabel: 'Durée d’un tour (minutes)',
  roundHint: 'Décimales acceptées : {example, number} = 90 s',
  changeoverLabel: 'Changement (minutes)',
  changeoverHint: 'Temps pour changer de table',
  roundsLabel: 'Nombre de tours',
  roundsHint: 'Laissez vide pour un tour par mentor',
  capacityLabel: 'Mentorés par table',
  breaksLegend: 'Pauses',
  breaksHint: 'Une pause remplace le changement après un tour.',
  breakNumber: 'Pause {n} : ',
  afterRoundLabel: 'Après le tour',
  breakLengthLabel: 'Durée (minutes)',
  removeBreakLabel: 'Supprimer la pause {n}',
  remove: 'Supprimer',
  addBreak: 'Ajouter une pause',
  totalTime: 'L’événement dure {duration} au total.',
  fixFields: 'Corrigez les champs signalés.',
  couldNotCreate: 'Impossible de créer l’événement.',
  creating: 'Création…',
  create: 'Créer l’événement',
  errMinutesEmpty: 'indiquez un nombre de minutes',
  errMinutesNumber: 'doit être un nombre de minutes, comme {whole, number} ou {decimal, number}',
  errMinutesPositive: 'doit dépasser 0 minute',
  errMinutesMax: 'ne doit pas dépasser 1440 minutes (24 heures)',
  errWholeNumber: 'doit être un nombre entier',
  errNotEmpty: 'ne doit pas être vide',
  errAtLeast: 'doit valoir au moins {min, number}',
  errAtMost: 'doit valoir au plus {max, number}',
  errTooLong: 'ne doit pas dépasser {max, number} caractères',
  errBreakTwice: 'il y a déjà une pause après le tour {round}',
  errBreakAfterLast: 'doit précéder le dernier tour ({rounds})',
  roleNamesLegend: 'Noms des rôles',
  roleNamesHint:
    'Les mots que chaque écran, document imprimé et e-mail emploie pour les deux rôles, par exemple ' +
    'Investisseur et Fondatrice.',
  roleMentorLabel: 'Rôle mentor',
  roleMenteeLabel: 'Rôle mentoré',
  rolePluralsSummary: 'Formes du pluriel',
  rolePluralsHint:
    'Seulement si le pluriel ne s’écrit pas avec un « s », par exemple Conseiller principal et Conseillers principaux.',
  roleMentorsLabel: 'Rôle mentor, au pluriel',
  roleMenteesLabel: 'Rôle mentoré, au pluriel',
  eventLanguageLabel: 'Langue de l’événement',
  eventLanguageHint:
    'Pour les documents imprimés, et pour les téléphones qui ne préfèrent aucune des langues de Tablehop.',
  eventTimeZoneLabel: 'Fuseau horaire',
  eventTimeZoneHint:
    'Les heures de l’événement sur les téléphones, les documents imprimés et les e-mails ; un téléphone ' +
    'dans un autre fuseau le signale.',
  eventTimeZoneInvalid: 'Ce n’est pas un fuseau horaire : choisissez-en un dans la liste, par exemple Europe/Paris.',
} satisfies Translation<typeof en>;
