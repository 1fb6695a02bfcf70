import type { Translation } from '../../define-messages';
import type en from '../en/home';

export default {
  lead: 'Organiza un evento de speed mentoring desde un solo portátil.',
  aboutTitle: '¿Qué es Tablehop?',
  aboutText:
    'Los mentores se sientan en mesas; los mentorizados cambian de mesa en cada ronda. Tablehop planifica quién se ' +
    'reúne con quién para que todos conozcan al mayor número posible de mentores distintos, respeta los deseos y ' +
    'reparte por igual las rondas en que alguien descansa.',
  aboutAdd: 'Añade mentores y mentorizados, o pega una hoja de cálculo (CSV).',
  aboutPlan: 'Planifica la rotación y revísala de un vistazo.',
  aboutRun: 'Controla el reloj desde aquí; todos los móviles, los mentores y el proyector lo siguen en directo.',
  aboutKey:
    'Sin cuentas: cada persona recibe un enlace personal. Tu enlace de la consola contiene tu clave de organizador, ' +
    'así que no lo compartas.',
  accessCodeLabel: 'Código de acceso de organizador',
  accessCodeHint:
    'En este Tablehop solo los organizadores invitados crean eventos: el código te lo dio quien lo aloja.',
  backupTitle: 'Crear a partir de una copia de seguridad',
  backupText:
    'Repite un evento: elige una copia descargada desde una consola (Imprimir y copia). El nuevo evento tendrá la ' +
    'misma configuración, personas, preguntas y plan, con enlaces personales nuevos.',
  backupFileLabel: 'Archivo de copia (.json)',
  backupCreating: 'Creando el evento…',
  backupTooLarge: 'Este archivo es más grande que cualquier copia de Tablehop (16 MiB como máximo).',
  backupNotJson:
    'Este archivo no es una copia de Tablehop: no es JSON. Elige el archivo .json que guardó «Descargar una copia».',
  formTitle: 'Crear un evento',
  nameLabel: 'Nombre del evento',
  namePlaceholder: 'Noche de mentoría de primavera',
  roundLabel: 'Duración de la ronda (minutos)',
  roundHint: 'Se admiten decimales: {example, number} = 90 s',
  changeoverLabel: 'Cambio (minutos)',
  changeoverHint: 'Tiempo para cambiar de mesa',
  roundsLabel: 'Número de rondas',
  roundsHint: 'Déjalo vacío para una ronda por mentor',
  capacityLabel: 'Mentorizados por mesa',
  breaksLegend: 'Pausas',
  breaksHint: 'Una pausa sustituye al cambio después de una ronda.',
  breakNumber: 'Pausa {n}: ',
  afterRoundLabel: 'Tras la ronda',
  breakLengthLabel: 'Duración (minutos)',
  removeBreakLabel: 'Quitar la pausa {n}',
  remove: 'Quitar',
  addBreak: 'Añadir una pausa',
  totalTime: 'El evento dura {duration} en total.',
  fixFields: 'Corrige los campos marcados.',
  couldNotCreate: 'No se pudo crear el evento.',
  creating: 'Creando…',
  create: 'Crear el evento',
  errMinutesEmpty: 'indica un número de minutos',
  errMinutesNumber: 'debe ser un número de minutos, como {whole, number} o {decimal, number}',
  errMinutesPositive: 'debe ser más de 0 minutos',
  errMinutesMax: 'debe ser como máximo 1440 minutos (24 horas)',
  errWholeNumber: 'debe ser un número entero',
  errNotEmpty: 'no puede estar vacío',
  errAtLeast: 'debe ser al menos {min, number}',
  errAtMost: 'debe ser como máximo {max, number}',
  errTooLong: 'debe tener como máximo {max, number} caracteres',
  errBreakTwice: 'ya hay una pausa después de la ronda {round}',
  errBreakAfterLast: 'debe ser antes de la última ronda ({rounds})',
  roleNamesLegend: 'Nombres de los roles',
  roleNamesHint:
    'Las palabras que cada pantalla, impreso y correo usa para los dos roles, por ejemplo Inversora y ' + 'Fundador.',
  roleMentorLabel: 'Rol de mentor',
  roleMenteeLabel: 'Rol de mentorizado',
  rolePluralsSummary: 'Formas del plural',
  rolePluralsHint: 'Solo si el plural no es la palabra con una «s», por ejemplo Inversor e Inversores.',
  roleMentorsLabel: 'Rol de mentor, en plural',
  roleMenteesLabel: 'Rol de mentorizado, en plural',
  eventLanguageLabel: 'Idioma del evento',
  eventLanguageHint: 'Para los impresos y para los móviles que no prefieren ninguno de los idiomas de Tablehop.',
  eventTimeZoneLabel: 'Zona horaria',
  eventTimeZoneHint:
    'Las horas del evento en los móviles, los impresos y los correos; un móvil en otra zona lo indica.',
  eventTimeZoneInvalid: 'No es una zona horaria: elige una de la lista, como Europe/Madrid.',
} satisfies Translation<typeof en>;
