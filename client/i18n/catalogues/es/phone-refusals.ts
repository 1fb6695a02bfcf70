import type en from '../en/phone-refusals';
import type { Translation } from '../../define-messages';

export default {
  checkInEnded: 'El evento ha terminado; el registro está cerrado.',
  checkInStarted: 'El evento ha empezado: regístrate con la organización en la entrada.',
  noSuchPerson: 'No hay ninguna persona «{personId}» en este evento.',
  personRemoved: 'Te han quitado de este evento.',
  noSuchMentee: 'No existe ese mentorizado en este evento.',
  questionsEnded: 'El evento ha terminado; las preguntas ya no se pueden cambiar.',
  feedbackAbsent: 'Estás marcado como ausente, así que no hay reuniones que valorar.',
  notMetWith: 'No te sentaste con {name} en la ronda {round}.',
  notMetInRound: 'No te sentaste con esta persona en la ronda {round}.',
  roundNotBegun: 'La ronda {round} aún no ha empezado.',
  feedbackClosed: 'Las valoraciones de este evento están cerradas.',
  noEmailToShare: 'No hay un correo electrónico tuyo en este evento; comparte una línea de contacto en su lugar.',
  noSuchEvent: 'Este evento no existe (o ya no existe).',
  changedElsewhere: 'El evento ha cambiado entretanto en otro servidor; inténtalo de nuevo.',
  unknownKey: 'Este enlace no se reconoce: puede que esté mal copiado o que su evento se haya borrado.',
  signupCodeOnly: 'Este es un enlace de inscripción: solo abre la página de inscripción.',
  tooManyWrongKeys: 'Demasiados enlaces incorrectos desde esta red; espera un minuto.',
  tooManyRequests: 'Demasiadas solicitudes con este enlace; ve más despacio.',
  tooManyFromAddress: 'Demasiadas solicitudes desde esta red; espera un minuto.',
  tooManyChanges: 'Demasiados cambios con este enlace; espera unos segundos.',
  tooManyLinkChanges: 'Demasiados cambios con este enlace; ve más despacio.',
  tooManyLinkMessages: 'Demasiados mensajes con este enlace; ve más despacio.',
  serverFault: 'Algo ha fallado en el servidor; el error ha quedado registrado.',
} satisfies Translation<typeof en>;
