import type { Translation } from '../../define-messages';
import type en from '../en/console';

export default {
  eventDeletedTitle: 'Événement supprimé · Tablehop',
  consoleHeading: 'Console d’organisation',
  needsKey: 'Cette console a besoin de la clé d’organisation.',
  needsKeyHow:
    'Ouvrez le lien de la console reçu à la création de l’événement (il se termine par {key}), ou collez ici ' +
    'le lien ou la clé.',
  pasteKeyLabel: 'Lien de la console ou clé d’organisation',
  openConsole: 'Ouvrir la console',
  createNewEvent: 'Créer un nouvel événement',
  titleOfEvent: '{event} · console Tablehop',
  titleNoEvent: 'Console Tablehop',
  eventWasDeleted: 'Cet événement a été supprimé.',
  wrongKey: 'Cette clé n’ouvre pas cet événement. Vérifiez que vous avez utilisé le lien complet de la console.',
  noSuchEvent: 'Cet événement n’existe pas. Il a peut-être été supprimé.',
  offline: 'Hors ligne : la console a besoin du serveur ; les commandes de l’horloge sont désactivées',
  kicker: '<home>Tablehop</home> · console d’organisation',
  loadingName: 'Chargement…',
  outdatedHeading: 'Cette console n’est plus à jour',
  replacedHeading: 'Cette console est ouverte à trop d’endroits',
  changesAtDoor: 'Changements à l’entrée',
  tabsLabel: 'Sections de la console',
  tabPeople: 'Participants ({count})',
  panelPeople: 'Participants',
  tabCheckIn: 'Accueil',
  tabPlan: 'Plan',
  tabRun: 'Déroulé',
  tabPrint: 'Impression & sauvegarde',
  panelPrint: 'Impression et sauvegarde',
  tabReport: 'Bilan',
  loadingEvent: 'Chargement de l’événement…',
  saveLinkTitle: 'Enregistrez ce lien : c’est le seul moyen de revenir en tant qu’organisateur',
  saveLinkWhy:
    'Il n’y a pas de comptes : ce lien contient votre clé d’organisation. Ajoutez-le aux favoris ou gardez-le ' +
    'en lieu sûr, et ne le partagez pas : quiconque l’a peut modifier l’événement.',
  yourConsoleLink: 'Le lien de votre console',
  copyConsoleLink: 'Copier le lien de la console',
  savedIt: 'Je l’ai enregistré',
  phonesCannotOpen: 'Les téléphones ne peuvent pas ouvrir ces liens',
  linksPointTo: 'Chaque lien personnel et chaque QR code pointe vers {host}, que seul cet ordinateur peut ouvrir.',
  listensLocally: 'Tablehop n’écoute que sur cet ordinateur.',
  restartLocal:
    'Redémarrez-le sans {host} (ou avec {anyHost}) et ouvrez la console à l’adresse réseau de cet ordinateur,',
  publicUrlWhere: 'ou réglez {publicUrl} sur l’adresse qu’utilisent les téléphones.',
  publicUrlLocal:
    '<code>TABLEHOP_PUBLIC_URL</code> pointe vers une adresse localhost : réglez-la sur l’adresse qu’utilisent ' +
    'les téléphones.',
  openAtLan:
    'Ouvrez plutôt la console à l’adresse réseau de cet ordinateur ; chaque lien et QR code l’utilisera alors :',
  sameNetwork: 'Les téléphones doivent être sur le même réseau (le Wi-Fi du lieu) que cet ordinateur.',
  pendingTitle:
    '{count, plural, one {# changement à l’entrée} other {# changements à l’entrée}} pas encore dans le placement',
  reviewAndApply: 'Vérifier et appliquer',
  whoAtTable: '{name} ({table})',
  mentorHere: '{who} est là : sa table ouvre',
  menteeHere: '{who} est là : il faut une place',
  mentorLeft: '{who} est parti : sa table ferme',
  mentorNotComing: '{who} ne vient pas : sa table ferme',
  menteeLeft: '{who} est parti : à retirer du placement',
  menteeNotComing: '{who} ne vient pas : à retirer du placement',
  applied: 'Appliqué.',
  appliedTold:
    'Appliqué. {count, plural, one {# personne a été prévenue} other {# personnes ont été prévenues}} de leur ' +
    'nouvelle place.',
  reviewCheckedIn: 'Planifier avec les seules personnes enregistrées',
  reviewTitle: 'Vérifier les changements',
  notApplied: 'Non appliqué : {why}. Voici la différence en l’état actuel.',
  working: 'Calcul de la différence…',
  markedAbsent:
    '{count, plural, one {# personne non enregistrée sera marquée « ne vient pas » (enregistrez-la plus tard ' +
    'pour la placer).} other {# personnes non enregistrées seront marquées « ne vient pas » (enregistrez-les ' +
    'plus tard pour les placer).}}',
  qualityCaption: 'Qualité du plan : maintenant, comme l’onglet Plan l’affiche, et après application',
  colFigure: 'Indicateur',
  colNow: 'Maintenant',
  colAfter: 'Après application',
  cancel: 'Annuler',
  tryAgain: 'Réessayer',
  applying: 'Application…',
  apply: 'Appliquer',
  atTable: '{table} — {mentor}',
  sitsOut: 'passe le tour',
  noSeat: 'sans place',
  seatChange: 'Tour {round} : {before} → {after}',
  roundOne: 'le tour {round}',
  roundRange: 'les tours {from} à {to}',
  tableCloses: 'La table {table} ferme pour {rounds}',
  tableOpens: 'La table {table} ouvre pour {rounds}',
  atTableChange: 'Tour {round} : {arriving} au lieu de {leaving}',
  noOne: 'personne',
  unchanged: 'Le placement tient déjà compte de toutes les personnes présentes : rien ne changerait.',
  menteesMove: '{moving, plural, one {# {mentee} change de place} other {# {mentees} changent de place}}',
  menteesJoin: '{joining, plural, one {# {mentee} arrive} other {# {mentees} arrivent}}, {others}',
  othersMove:
    '{moving, plural, =0 {personne d’autre ne bouge} one {# autre {mentee} change de place} other {# autres ' +
    '{mentees} changent de place}}',
  tablesChange:
    '{n, plural, one {la table de # {mentor} change} other {les tables de # {mentors}{s, select, other {}} ' +
    'changent}}',
  summary:
    'À partir du tour {round} : {moves}, {tables}. Seuls leurs téléphones sont prévenus ; les tours déjà ' +
    'commencés restent tels quels.',
  timeLeft: 'Temps restant {time}',
} satisfies Translation<typeof en>;
