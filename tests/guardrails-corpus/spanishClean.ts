import { markdownFile as md, type CleanCase } from "./types.ts";

/**
 * Ordinary Spanish clinic texts a careful reviewer would publish as they are: the checker must find nothing in
 * them. Many sit close to a rule, as the English ones in clean.ts do (general ages, the clinic's own number and
 * street, a dose to ask about, "muchos de nuestros pacientes").
 */
export const SPANISH_CLEAN: CleanCase[] = [
  {
    where: "body",
    topic: "emergency",
    text: "Llame al 911 si tiene dolor de pecho, aunque no esté seguro de que sea el corazón.",
  },
  {
    where: "body",
    topic: "emergency",
    text: "Si está pensando en el suicidio, llame o envíe un mensaje de texto al 988 ahora mismo. No está solo.",
  },
  {
    where: "body",
    topic: "emergency",
    text: "Cara caída, debilidad en un brazo, dificultad para hablar: es hora de llamar al 911. Anote la hora en que empezaron las señales.",
  },
  {
    where: "body",
    topic: "emergency",
    text: "Si su bebé tiene menos de 3 meses y tiene fiebre de 100.4 °F o más, llámenos o vaya a la sala de emergencias ahora.",
  },
  {
    where: "body",
    topic: "emergency",
    text: "La dificultad para respirar y los labios morados son emergencias. Llame al 911; no espere hasta mañana.",
  },
  {
    where: "body",
    topic: "emergency",
    text: "Una tos leve y la nariz tapada pueden esperar a una cita normal; descanse y tome líquidos.",
  },
  {
    where: "body",
    topic: "emergency",
    text: "Quédese en casa si tiene gripe, pero vaya a la sala de emergencias si le cuesta respirar.",
  },
  {
    where: "body",
    topic: "vaccines",
    text: "Los adultos mayores de 65 años deben vacunarse contra la gripe cada año, de preferencia antes de fin de octubre.",
  },
  {
    where: "body",
    topic: "vaccines",
    text: "La vacuna contra la gripe es para casi todas las personas de 6 meses en adelante.",
  },
  {
    where: "body",
    topic: "vaccines",
    text: "Los niños reciben la primera dosis de la vacuna triple viral entre los 12 y 15 meses, y la segunda entre los 4 y 6 años.",
  },
  {
    where: "body",
    topic: "vaccines",
    text: "Vacúnese contra la neumonía si tiene diabetes, asma o una enfermedad del corazón.",
  },
  {
    where: "body",
    topic: "screening",
    text: "Los adultos de 45 a 75 años deben hacerse la prueba de cáncer de colon; pregunte qué prueba le conviene.",
  },
  { where: "body", topic: "medicines", text: "Pregunte a su médico qué dosis es adecuada para usted." },
  {
    where: "body",
    topic: "medicines",
    text: "No deje de tomar un medicamento sin hablar primero con su médico, aunque se sienta mejor.",
  },
  {
    where: "body",
    topic: "medicines",
    text: "Deje los medicamentos que ya no usa en nuestra caja de devolución junto a la farmacia.",
  },
  {
    where: "body",
    topic: "medicines",
    text: "Use un pastillero si toma varios medicamentos; nuestros farmacéuticos le pueden ayudar a organizarlo.",
  },
  {
    where: "body",
    topic: "conditions",
    text: "Si tiene diabetes, revise sus pies todos los días para ver si hay cortadas, ampollas o enrojecimiento.",
  },
  {
    where: "body",
    topic: "conditions",
    text: "¿Qué es el asma? Es una enfermedad de las vías respiratorias que se puede controlar.",
  },
  {
    where: "body",
    topic: "conditions",
    text: "Tener diabetes significa que usted tiene un mayor riesgo de enfermedad del corazón.",
  },
  {
    where: "body",
    topic: "conditions",
    text: "Un resultado de A1C de 6.5 % o más en dos pruebas significa que tiene diabetes.",
  },
  {
    where: "body",
    topic: "success story",
    text: "Muchos de nuestros pacientes nos preguntan si la vacuna contra la gripe puede dar gripe. No puede.",
  },
  {
    where: "body",
    topic: "recipe",
    text: "Cocine 2 tazas de arroz con 1 cebolla picada y 3 dientes de ajo durante 20 minutos.",
  },
  { where: "body", topic: "recipe", text: "Agregue una cucharadita de comino y media taza de salsa, y revuelva bien." },
  { where: "body", topic: "recipe", text: "Puede usar 2 cucharadas de aceite de oliva al día para cocinar." },
  {
    where: "body",
    topic: "nutrition",
    text: "Reduzca el sodio a menos de 2,300 mg al día, más o menos una cucharadita de sal.",
  },
  {
    where: "body",
    topic: "opening hours",
    text: "Abrimos de lunes a viernes, de 8:00 a. m. a 7:00 p. m., y los sábados de 9:00 a. m. a 1:00 p. m.",
  },
  {
    where: "body",
    topic: "clinic contact",
    text: "Llámenos al (555) 010-0123 para hacer una cita, o use el portal del paciente.",
  },
  {
    where: "body",
    topic: "clinic contact",
    text: "Fuera de horario, nuestra línea de enfermería es el (555) 010-0199. En una emergencia, llame al 911.",
  },
  { where: "body", topic: "clinic contact", text: "Visítenos en la calle Mill 1200, frente a la biblioteca." },
  {
    where: "body",
    topic: "clinic contact",
    text: "¿Preguntas sobre este artículo? Escriba a hello@riverbend-health.example y Tom le responderá.",
  },
  {
    where: "body",
    topic: "disclaimer",
    text: "Este artículo es solo para educación general. No es un diagnóstico ni un consejo médico para usted. Hable con su propio médico sobre su salud. En una emergencia, llame al 911. Para una crisis de salud mental, llame o envíe un mensaje de texto al 988.",
  },
  {
    where: "body",
    topic: "staff",
    text: "La Dra. Ana Reyes ha cuidado a las familias de Riverbend durante quince años y dirige nuestra clínica de vacunas.",
  },
  {
    where: "body",
    topic: "staff",
    text: "La Dra. Reyes, con 15 años en la clínica, responde sus preguntas sobre la vacuna.",
  },
  {
    where: "body",
    topic: "events",
    text: "Los bebés nacidos en abril de 2026 tienen su primer chequeo a la semana de nacer.",
  },
  { where: "body", topic: "events", text: "La clínica nació en 1998 en el sótano de una iglesia del lado este." },
  {
    where: "body",
    topic: "events",
    text: "Nuestra feria de salud es el sábado 12 de abril de 2027, de 9 a. m. a mediodía, en el estacionamiento.",
  },
  {
    where: "body",
    topic: "site",
    text: "Traiga su tarjeta de Medicaid y una identificación con foto a su primera visita.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "Adultos, de 65 años en adelante, reciben gratis un aparato para medir la presión en la feria.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "El martes, 12 voluntarios tomaron la presión arterial en la biblioteca.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "Si usted es nuestro paciente, puede ver sus resultados en el portal del paciente.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "No hace falta llamar antes para la vacuna contra la gripe: venga durante nuestro horario.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "Tome el autobús número 7 hasta la parada de Mill Street; estamos a media cuadra al este.",
  },
  {
    where: "front-matter",
    topic: "post",
    text: md([
      'title: "Ya llegaron las vacunas contra la gripe"',
      "date: 2026-10-01",
      'description: "Venga sin cita a 1200 Mill Street, de lunes a viernes."',
      "tags: [gripe, vacunas]",
      "author: ana-reyes",
    ]),
  },
  {
    where: "transcript",
    topic: "episode",
    file: "episodio-5-es.vtt",
    text: "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Tom Becker>Bienvenidos a Riverbend Salud. En una emergencia, llame al 911.\n\n00:00:05.400 --> 00:00:10.000\n<v Ana Reyes>Hoy hablamos de cómo comer bien con poco dinero.\n",
  },
];
