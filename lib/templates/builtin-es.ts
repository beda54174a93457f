import type { z } from 'zod';
import type { Template } from '../model';

/**
 * The five built-in agenda models in Spanish, for 1:1s held in Spanish whatever the interface
 * language. Written in our own words, not translated line by line; each keeps its English
 * twin's step ids and shape (the ask step, the lights, the worksheet), so the flow treats both
 * alike. "Tú" throughout, to the organizer in goals and to the other person in prompts.
 */
export const spanishTemplates: z.input<typeof Template>[] = [
  {
    id: 'purpose-connection-es',
    name: 'Propósito, conexión, historia, estrategia, propuesta',
    source: 'Cinco partes, según la adaptación de Women’s March del modelo de Organizing for America',
    builtIn: true,
    lang: 'es',
    worksheet: [],
    steps: [
      {
        id: 'purpose',
        title: 'Propósito',
        goal: 'Di con claridad por qué querías reunirte y cuánto tiempo les va a tomar.',
        prompts: ['Estoy conversando con gente a la que le importa este lugar, para saber qué es lo que más le importa.'],
      },
      {
        id: 'connection',
        title: 'Conexión',
        goal: 'Descubre qué vínculo tiene con la causa, dicho con sus propias palabras.',
        prompts: ['¿Qué te acercó a este tema?', '¿Cuándo empezó a tocar tu vida?'],
      },
      {
        id: 'story',
        title: 'Historia',
        goal: 'Cuenta un pedazo breve de tu propia historia que conecte con los valores que comparten.',
        prompts: ['Te cuento por qué me involucré y qué me hace seguir.'],
      },
      {
        id: 'strategy',
        title: 'Estrategia',
        goal: 'Explica cómo piensa ganar el grupo, aquí y en todo el país, y dónde entra cada quien.',
        prompts: ['Esto es lo que estamos haciendo esta temporada y por qué creemos que puede funcionar.'],
      },
      {
        id: 'ask',
        title: 'Propuesta',
        goal: 'Haz una sola propuesta clara, con fecha, hora y meta.',
        prompts: ['¿Nos acompañas a tocar puertas el sábado a las 10?'],
      },
    ],
  },
  {
    id: 'story-learn-es',
    name: 'Historia, conocer, explicar, explorar, proponer',
    source: 'Según el modelo de 1:1 de Mothers Out Front',
    builtIn: true,
    lang: 'es',
    worksheet: [],
    steps: [
      {
        id: 'story',
        title: 'Cuenta tu historia',
        goal: 'Empieza contando, en pocas palabras, por qué te importa, para que la otra persona pueda hacer lo mismo.',
        prompts: ['Lo que me movió a actuar fue…'],
      },
      {
        id: 'learn',
        title: 'Conoce a la persona',
        goal: 'Conoce su trayectoria, lo que la impulsa, sus habilidades y dónde ha tomado el liderazgo antes.',
        prompts: ['¿Qué es lo que más te importa para tu familia o tus vecinos?', '¿Qué has organizado o encabezado antes?'],
      },
      {
        id: 'explain',
        title: 'Explica el equipo',
        goal: 'Describe qué está haciendo el equipo y qué le hace falta ahora mismo.',
        prompts: ['Ahora mismo el equipo está trabajando en…, y necesitamos gente que pueda…'],
      },
      {
        id: 'explore',
        title: 'Busquen dónde encaja',
        goal: 'Busquen juntos el punto donde sus valores y recursos se cruzan con lo que necesita el equipo.',
        prompts: ['¿Qué parte de esto va contigo?', '¿Qué te gustaría hacer?'],
      },
      {
        id: 'ask',
        title: 'Propón y acuerden cuándo volver a hablar',
        goal: 'Haz una propuesta a la medida de esta persona y dejen fijada la próxima conversación.',
        prompts: ['¿Podrías ayudar con…? ¿Cuándo volvemos a hablar?'],
      },
    ],
  },
  {
    id: 'three-parts-es',
    name: 'Tres partes',
    source: 'Según la hoja de trabajo del Resident Action Project, de la tradición PICO',
    builtIn: true,
    lang: 'es',
    worksheet: ['Presentación y propósito', 'Construir la relación', 'Recursos y habilidades', 'Plan y compromiso'],
    steps: [
      {
        id: 'introduce',
        title: 'Presentación y propósito',
        goal: 'Preséntate, di quién te sugirió conversar y por qué estás ahí.',
        prompts: ['María me sugirió hablar contigo; me dijo que conoces muy bien este edificio.'],
      },
      {
        id: 'explore',
        title: 'Valores, propósito y recursos',
        goal: 'Descubre quién es esta persona, qué quiere que cambie y qué papel se imagina para sí.',
        prompts: ['Si pudieras cambiar una sola cosa aquí, ¿cuál sería?', '¿Para qué suele contar contigo la gente?'],
      },
      {
        id: 'commit',
        title: 'Invita a un compromiso',
        goal: 'Invítala a un siguiente paso concreto y acuerden cuándo se vuelven a comunicar.',
        prompts: ['¿Vienes a la reunión de vecinos del edificio el día 12?'],
      },
    ],
  },
  {
    id: 'six-steps-es',
    name: 'Seis pasos',
    source: 'Según el 1:1 de seis pasos de Training for Change',
    builtIn: true,
    lang: 'es',
    worksheet: [],
    steps: [
      {
        id: 'introduction',
        title: 'Presentación',
        goal: 'Di quién eres y por qué pediste este rato.',
        prompts: ['Gracias por hacerte el tiempo. Quería escuchar qué es lo que te importa.'],
        green: 'se relaja y pregunta por ti o por el grupo',
        yellow: 'tiene prisa o no le queda claro por qué estás ahí',
      },
      {
        id: 'issues',
        title: 'Lo que le importa y lo que está en juego',
        goal: 'Encuentra el tema que le importa y lo que le cuesta.',
        prompts: ['Si pudieras, ¿qué cambiarías de este barrio?', '¿Cómo te afecta en el día a día?'],
        green: 'nombra una preocupación con sus propias palabras',
        yellow: 'las respuestas se quedan en lo general o en la cortesía',
      },
      {
        id: 'agitation',
        title: 'Agitación',
        goal: 'Ayúdale a sentir por qué importa actuar ahora.',
        prompts: ['¿Desde cuándo pasa esto?', '¿Quién decide si cambia o no?'],
        green: 'muestra lo que siente frente al problema',
        yellow: 'le quita importancia; vuelve a lo que está en juego para esta persona',
      },
      {
        id: 'educate',
        title: 'Educar: la visión y el plan para ganar',
        goal: 'Cuenta cómo piensa ganar el equipo y dónde encaja esta persona.',
        prompts: ['Esto es lo que estamos haciendo al respecto, y lo que nos ha funcionado hasta ahora.'],
        green: 'pregunta cómo funciona o quién más participa',
        yellow: 'duda de que pueda funcionar; explora por qué',
      },
      {
        id: 'ask',
        title: 'La propuesta',
        goal: 'Haz una propuesta concreta, con fecha y meta.',
        prompts: ['¿Vienes a la reunión del equipo el jueves a las 7?'],
        green: 'un sí claro',
        yellow: 'un «tal vez» te lleva de vuelta a los pasos 2 a 4; un no firme es señal de que no era la propuesta o el momento, así que despídete bien',
      },
      {
        id: 'next-steps',
        title: 'Próximos pasos',
        goal: 'Repasen a qué se comprometió cada quien, para cuándo y cómo van a darle seguimiento.',
        prompts: ['Entonces tú vas a…, y yo te llamo el… para ver cómo va.'],
      },
    ],
  },
  {
    id: 'relationship-first-es',
    name: 'Primero la relación',
    source: 'Una guía general para reuniones de relación: pertenecer antes que creer',
    builtIn: true,
    lang: 'es',
    worksheet: [],
    steps: [
      { id: 'know', title: 'Conoce a la persona', goal: 'Interésate por su vida, su trabajo y su familia.', prompts: ['¿Cuánto tiempo llevas viviendo por aquí?'] },
      { id: 'trust', title: 'Gana su confianza', goal: 'Escucha más de lo que hablas y comparte algo verdadero de ti.', prompts: ['¿Qué te gustaría que la gente supiera de este lugar?'] },
      { id: 'cares', title: 'Lo que le importa', goal: 'Encuentra la preocupación que de verdad la mueve.', prompts: ['¿Qué es lo que te quita el sueño?'] },
      {
        id: 'clarity',
        title: 'Aclaren el problema',
        goal: 'Pregunta quién causa el problema y quién tiene el poder de resolverlo.',
        prompts: ['¿Quién toma esa decisión?', '¿Quién podría cambiarlo si quisiera?'],
      },
      { id: 'belong', title: 'Formas de ser parte y de actuar', goal: 'Ofrece maneras de sumarse al grupo y de actuar en conjunto.', prompts: ['Nos juntamos los martes; cada quien trae algo de comer e ideas.'] },
      { id: 'commit', title: 'Consigue un compromiso', goal: 'Acuerden una cosa que va a hacer, y para cuándo.', prompts: ['¿Puedo contar contigo para…?'] },
      { id: 'practical', title: 'Detalles prácticos', goal: 'Anota la mejor forma de contactarla, los horarios que le quedan bien y cualquier necesidad de accesibilidad.', prompts: ['¿Cuál es la mejor forma de comunicarme contigo?'] },
      { id: 'thanks', title: 'Agradece', goal: 'Agradécele su tiempo y dile cuándo te vas a comunicar.', prompts: ['¡Gracias! Te escribo el viernes.'] },
    ],
  },
];
