// Small word lists the tokeniser and sentence splitter consult to resolve periods. They are data so
// that mistakes found in real pages can be fixed by adding a word. All entries are lower-case.

import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './calendar.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const MONTHS: ReadonlySet<string> = new Set(
  [...MONTH_NAMES, 'Jänner', ...MONTH_ABBREVIATIONS].map((m) => m.toLowerCase()),
);

/** Nouns that follow an ordinal (`3. OG`, `2. Stock`); a number + period before them is not a full stop. */
export const ORDINAL_NOUNS = set(`
  og eg ug dg obergeschoss etage stock stockwerk geschoss ebene
  klasse platz rang auflage fassung ausgabe jahrhundert jh. jahrtausend quartal halbjahr
  tag tages woche monat monats jahr jahres mal lebensjahr lebensjahres geburtstag
  sitzung lesung bezirk stadtbezirk kind person satz absatz abschnitt kapitel stufe runde bauabschnitt
  hälfte termin versuch mahnung änderung änderungssatzung nachtrag schuljahr semester staffel reihe
  montag dienstag mittwoch donnerstag freitag samstag sonntag werktag arbeitstag feiertag advent
  mo. di. mi. do. fr. sa. so.
`);

/** Words before a number that make `3.` an ordinal (`am 3.`, `im 2.`, `der 1.`). */
export const ORDINAL_LEFT = set(`
  am im vom zum zur beim ins ans ab bis seit vor nach um zu an in von bei
  der die das dem den des ein eine einem einen einer eines
  jeden jede jeder jedes jedem diesem diesen dieser dieses diese
  mein meine meinem meinen meiner sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer
  unser unsere unserem unseren unserer euer eure eurem euren
`);

/**
 * Capitalised words that typically open a sentence and are not nouns. After an ambiguous period
 * (an ordinal or a date at the end of a sentence) they decide for a sentence boundary.
 */
export const SENTENCE_STARTERS = set(`
  der die das den dem des ein eine einen einem einer eines kein keine
  ich du er sie es wir ihr man dies diese dieser dieses das
  bitte dann danach davor vorher außerdem zudem auch hier dort da dabei dafür dazu damit deshalb daher
  darum deswegen jedoch aber und oder denn doch so sonst nun jetzt heute morgen gestern bereits schon noch nur
  wenn falls weil dass ob obwohl als nachdem bevor sobald solange während seit
  für bei mit in im am ab zum zur vom nach vor bis um auf an aus über unter ohne gegen durch wegen trotz laut
  alle jeder jede jedes viele einige manche
  was wer wie wo wann warum wohin woher welche welcher welches
  hinweis achtung wichtig beachten
`);

/** Line-final words after which a line break does not end the sentence (the line was wrapped). */
export const CONTINUATION_WORDS = set(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
  und oder sowie bzw. beziehungsweise aber sondern denn als wie dass weil wenn ob damit
  zu zum zur am im vom beim ins mit von bei für auf an aus in nach vor über unter um ohne durch gegen bis seit
  ihr ihre ihren ihrem ihrer mein meine meinen meinem sein seine seinen seinem unser unsere unseren
  dieser diese diesen diesem dieses jeder jede jeden jedem
`);

/** Words before a phone number (`Tel. 492-0`): digit groups after them are one phone token. */
export const PHONE_CUES = set(`
  tel tel. telefon telefonnummer fax fax. telefax faxnummer mobil mob. handy rufnummer
  servicenummer hotline durchwahl behördennummer
`);

/** Words before a file or case number (`Az. 32-1234/2025`): digit groups joined by - and / stay one token. */
export const REFERENCE_CUES = set(`
  az. aktenzeichen gz. geschäftszeichen kassenzeichen kennzeichen vorgangsnummer antragsnummer
  kundennummer personalnummer steuernummer steuer-id rechnungsnummer buchungsnummer nr. nummer
`);

/** Words before a weekday abbreviation that make it a weekday (`Mo. bis Fr.`), as opposed to `Fr. Müller`. */
export const WEEKDAY_BEFORE = set(`bis - – von ab am`);
/** Words after a weekday abbreviation that make it a weekday (`Fr. und Sa.`, `Fr. 8 Uhr`). */
export const WEEKDAY_AFTER = set(`bis und oder sowie - – , : von ab`);

/** After a number + period at a line start these make it an ordinal (`1. Januar`, `2. OG`), not a list item. */
export const LINE_START_ORDINAL_NOUNS = set(`
  januar jänner februar märz april mai juni juli august september oktober november dezember
  jan. feb. mär. apr. jun. jul. aug. sep. sept. okt. nov. dez.
  og eg ug dg obergeschoss etage stock stockwerk geschoss
`);
