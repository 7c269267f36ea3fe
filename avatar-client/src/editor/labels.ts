import type { TargetState } from '@bbs/protocol';

/** How the editor names review states: words, not colours alone. */
export const STATUS_LABELS: Record<TargetState['status'], string> = {
  machine: 'Maschinell, nicht geprüft',
  approved: 'Geprüft und freigegeben',
  outdated: 'Freigabe veraltet (Quelltext geändert)',
};

const TARGET_NAMES: Record<string, string> = {
  'de-x-ls': 'Leichte Sprache',
  gsg: 'Deutsche Gebärdensprache (Glossen)',
  en: 'Englisch',
  tr: 'Türkisch',
  ar: 'Arabisch',
  uk: 'Ukrainisch',
  ru: 'Russisch',
  pl: 'Polnisch',
  fa: 'Persisch',
};

export function targetName(code: string): string {
  return TARGET_NAMES[code] ?? code;
}

/** "Regeln", "Übersetzungsspeicher" or "Modell opus-mt-de-en". */
export function engineName(engine: string): string {
  if (engine === 'rules') return 'Regeln';
  if (engine === 'memory') return 'Übersetzungsspeicher (geprüft)';
  if (engine.startsWith('model:')) return `Modell ${engine.slice(6)}`;
  return engine;
}

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
};

export function actionName(action: string): string {
  return ACTIONS[action] ?? action;
}
