// Word lists: foreign words with German replacements, synonym groups for the consistency rule.

/**
 * English and Latin words common on municipal pages, with an easy German word (lower-case keys).
 * `E-Mail`, `Internet`, `Computer`, `Handy`, `Euro` and `Job-Center` are well known and allowed.
 */
export const FOREIGN_WORDS: Readonly<Record<string, string>> = {
  online: 'im Internet',
  offline: 'ohne Internet',
  service: 'Hilfe oder Angebot',
  servicecenter: 'Beratungs-Stelle',
  ticket: 'Karte oder Fahr-Karte',
  team: 'Gruppe',
  homepage: 'Internet-Seite',
  website: 'Internet-Seite',
  webseite: 'Internet-Seite',
  download: 'herunterladen',
  downloaden: 'herunterladen',
  upload: 'hochladen',
  link: 'Verweis oder Internet-Adresse',
  hotline: 'Telefon-Nummer',
  flyer: 'Zettel',
  event: 'Veranstaltung',
  meeting: 'Treffen',
  workshop: 'Kurs',
  feedback: 'Rückmeldung',
  update: 'neue Version',
  newsletter: 'Nachrichten per E-Mail',
  login: 'Anmeldung',
  account: 'Konto',
  tool: 'Werkzeug oder Programm',
  chat: 'Gespräch',
  callcenter: 'Telefon-Zentrale',
  'check-in': 'Anmeldung',
  shop: 'Laden',
  info: 'Information',
  infos: 'Informationen',
  deadline: 'Frist',
  portal: 'Internet-Seite',
  tablet: 'kleiner Computer',
  smartphone: 'Handy',
  app: 'Programm auf dem Handy',
  appointment: 'Termin',
  per: 'mit: „mit der Post“ statt „per Post“',
  via: 'über',
  circa: 'ungefähr',
  zirka: 'ungefähr',
  inklusive: 'mit',
  exklusive: 'ohne',
  'et cetera': 'und so weiter',
  quasi: 'fast',
  'de facto': 'in Wirklichkeit',
  'ad hoc': 'sofort',
  'vice versa': 'umgekehrt',
  'status quo': 'jetziger Stand',
  'in puncto': 'bei',
  pro: 'im oder für jeden: „im Jahr“ statt „pro Jahr“',
  sukzessive: 'nach und nach',
};

/** Parts of compounds that mark a foreign word (`Online-Antrag`, `Serviceportal`); matched at the word's start. */
export const FOREIGN_PREFIXES: readonly string[] = [
  'online',
  'service',
  'ticket',
  'download',
  'hotline',
  'event',
  'feedback',
];

/**
 * Groups of words for the same thing on a municipal page. The consistency rule flags a second, different
 * member of a group in the same text. The first member is the one to prefer.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['Personalausweis', 'Ausweis', 'Perso', 'Personaldokument'],
  ['Bürgerbüro', 'Bürgeramt', 'Bürgerservice', 'Einwohnermeldeamt', 'Meldeamt'],
  ['Gebühr', 'Entgelt', 'Kostenbeitrag'],
  ['Formular', 'Vordruck', 'Antragsformular'],
  ['Termin', 'Vorsprache'],
  ['Reisepass', 'Pass'],
  ['Führerschein', 'Fahrerlaubnis'],
  ['Wohnung', 'Wohnraum'],
  ['Ausländerbehörde', 'Ausländeramt', 'Zuwanderungsbehörde'],
  ['Müll', 'Abfall'],
  ['Mülltonne', 'Abfallbehälter', 'Tonne'],
  ['E-Mail', 'Mail', 'E-Post'],
  ['Handy', 'Mobiltelefon', 'Smartphone'],
];
