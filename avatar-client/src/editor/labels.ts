import type { GuardCheck, LsConcern, TargetState, VideoStatus } from '@bbs/protocol';
import { languageNames, textDirection } from '@bbs/protocol/language-names';

/** How the editor names review states: words, not colours alone. */
export const STATUS_LABELS: Record<TargetState['status'], string> = {
  machine: 'Maschinell, nicht geprüft',
  approved: 'Geprüft und freigegeben',
  outdated: 'Freigabe veraltet (Quelltext geändert)',
};

const TARGET_NAMES: Record<string, string> = {
  'de-x-ls': 'Leichte Sprache',
  'de-x-einfach': 'Einfache Sprache',
  gsg: 'Deutsche Gebärdensprache (Glossen)',
  en: 'Englisch',
  tr: 'Türkisch',
  ar: 'Arabisch',
  uk: 'Ukrainisch',
  ru: 'Russisch',
  pl: 'Polnisch',
  fa: 'Persisch',
};

/** The target's German name; a language a newly installed package brings is named from Unicode data. */
export function targetName(code: string): string {
  return TARGET_NAMES[code] ?? languageNames(code).name;
}

/** `lang` and `dir` for an element that shows text of a target (glosses are no language text). */
export function targetTextAttributes(code: string): { lang?: string; dir: 'ltr' | 'rtl' } {
  return code === 'gsg' ? { dir: 'ltr' } : { lang: code, dir: textDirection(code) };
}

/** "Regeln", "Übersetzungsspeicher" or "Modell opus-mt-de-en". */
export function engineName(engine: string): string {
  if (engine === 'rules') return 'Regeln';
  if (engine === 'memory') return 'Übersetzungsspeicher (geprüft)';
  if (engine.startsWith('model:')) return `Modell ${engine.slice(6)}`;
  return engine;
}

/** Why the guard refused a model's sentence, in the editor's words. */
export const GUARD_REASON_LABELS: Record<GuardCheck['reasons'][number], string> = {
  empty: 'leere Ausgabe',
  repetition: 'Wiederholungen',
  length: 'unpassende Länge',
  number: 'Zahl fehlt',
  'number-added': 'Zahl hinzugefügt',
  amount: 'Betrag fehlt',
  date: 'Datum fehlt',
  time: 'Uhrzeit fehlt',
  phone: 'Telefonnummer fehlt',
  email: 'E-Mail-Adresse fehlt',
  url: 'Internetadresse fehlt',
  term: 'Fachbegriff der Stadt fehlt',
};

/** What the Leichte Sprache rules could not make safe in a sentence, in the editor's words. */
export const LS_CONCERN_LABELS: Record<LsConcern, string> = {
  'too-long': 'ein Satz hat noch mehr als 15 Wörter',
  'clause-left': 'ein Neben-Satz ist geblieben',
  abbreviation: 'eine Abkürzung ist geblieben',
  'lost-content': 'ein Wort aus dem Original fehlt',
  'facts-changed': 'eine Zahl, ein Datum oder ein Betrag fehlt oder ist anders',
  unchanged: 'der lange Satz ist kaum verändert',
  'hard-word': 'ein schweres Wort oder eine Abkürzung ist nicht erklärt',
};

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
}

const ACTIONS: Record<string, string> = {
  'document.create': 'Dokument angelegt',
  'document.update_source': 'Quelltext geändert',
  'proposal.create': 'Maschineller Vorschlag erstellt',
  'proposal.edit': 'Satz bearbeitet',
  'approval.create': 'Freigegeben',
  'approval.revoke': 'Freigabe zurückgezogen',
  'video.upload': 'Gebärdensprach-Video hochgeladen',
  'video.captions_upload': 'Untertitel zum Video hochgeladen',
  'video.approve': 'Video freigegeben',
  'video.revoke': 'Freigabe des Videos zurückgezogen',
  'video.delete': 'Video gelöscht',
};

export function actionName(action: string): string {
  return ACTIONS[action] ?? action;
}

/** The review states of an interpreter video, in words. */
export const VIDEO_STATUS_LABELS: Record<VideoStatus, string> = {
  unreviewed: 'Nicht geprüft',
  approved: 'Geprüft und freigegeben',
  outdated: 'Freigabe veraltet (Quelltext geändert)',
  revoked: 'Freigabe zurückgezogen',
};
