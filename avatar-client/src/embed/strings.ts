// Every word the embed shows, in one place. The interface stays German on every page (a city's English page
// still gets a German interface: German is what the city guarantees and what its staff can answer); another
// table here, chosen in `uiStrings`, is all a translated interface would need.

export const DE = {
  /** The language of this table, set on the embed's box so screen readers pronounce it right. */
  lang: 'de',
  region: 'Diese Seite barrierefrei',
  modes: 'Wie möchten Sie diese Seite lesen?',
  dgs: 'Gebärdensprache (DGS)',
  leichteSprache: 'Leichte Sprache',
  einfacheSprache: 'Einfache Sprache',
  vorlesen: 'Vorlesen',
  /** The German original, offered on a page in another language. */
  deutsch: 'Deutsch',
  machineLabel: 'Maschinell erstellt, nicht geprüft',
  /** After a sentence the machine could not translate safely, which therefore stands in German. */
  fallbackNote: '(nicht übersetzt)',
  fallbackSummary: (n: number) =>
    n === 1
      ? '1 Satz ließ sich nicht sicher übersetzen und steht auf Deutsch da.'
      : `${n} Sätze ließen sich nicht sicher übersetzen und stehen auf Deutsch da.`,
  approvedLabel: 'Von Menschen geprüft',
  sourceLabel: 'Deutscher Originaltext der Stadt',
  loading: 'Wird geladen …',
  failed: (message: string) => `Das hat nicht geklappt: ${message}`,
  larger: 'Größer anzeigen',
  smaller: 'Kleiner anzeigen',
  largerView: 'Große Ansicht',
  // Sign language
  signIntro: 'Dieser Text in Deutscher Gebärdensprache (DGS).',
  showSigning: 'Gebärdensprache anzeigen',
  showAvatarAnyway: 'Avatar trotzdem zeigen',
  replay: 'Wiederholen',
  avatarLoading: 'Avatar wird geladen …',
  avatarSigning: 'Der Avatar gebärdet.',
  noApprovedSigning: 'Für diese Seite gibt es noch keine geprüfte Fassung in Gebärdensprache.',
  noGermanText: 'Gebärdensprache gibt es für diese Seite erst, wenn die Stadt eine deutsche Fassung hinterlegt.',
  glossesInstead: 'Bewegungen sind reduziert: die Gebärden stehen als Text (Glossen) da.',
  videoFailed: 'Das Video lässt sich nicht abspielen.',
  startVideo: 'Starten Sie das Video mit „Abspielen“.',
  // Text versions
  notApproved: 'Für diese Seite gibt es diese Fassung noch nicht in geprüfter Form.',
  readIntro: 'Der Text dieser Seite wird vorgelesen. Das gesprochene Wort ist im Text markiert.',
  noText: 'Auf dieser Seite wurde kein Text gefunden.',
  noModes: 'Für diese Seite gibt es hier noch keine Ansicht.',
} as const;

export type UiStrings = typeof DE;

const TABLES: Readonly<Record<string, UiStrings>> = { de: DE };

/** The interface's words for a page in `lang`: German until another table exists. */
export function uiStrings(lang: string): UiStrings {
  return TABLES[lang.toLowerCase().split('-')[0]!] ?? DE;
}
