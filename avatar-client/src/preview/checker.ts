/** The Leichte Sprache checker's answer as the preview shows it (protocol: LeichteSpracheCheckResponse). */
export interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

export const SEVERITY_LABELS: Record<Finding['severity'], string> = {
  error: 'Fehler',
  warning: 'Warnung',
  info: 'Hinweis',
};
const PLURAL: Record<Finding['severity'], string> = { error: 'Fehler', warning: 'Warnungen', info: 'Hinweise' };

/** "3 Fehler, 2 Hinweise" — what the aria-live region announces after each check. */
export function summarize(findings: readonly Pick<Finding, 'severity'>[]): string {
  if (findings.length === 0) return 'Keine Auffälligkeiten.';
  const parts: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const n = findings.filter((f) => f.severity === severity).length;
    if (n > 0) parts.push(`${n} ${n === 1 ? SEVERITY_LABELS[severity] : PLURAL[severity]}`);
  }
  return parts.join(', ');
}

export interface Segment {
  text: string;
  /** Indexes into the findings list of the findings that cover this piece (empty: not flagged). */
  findings: number[];
}

/** The text cut where findings begin and end, so flagged words can be highlighted; spans are clamped. */
export function segments(text: string, findings: readonly Pick<Finding, 'start' | 'end'>[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!;
    const b = sorted[k + 1]!;
    if (b <= a) continue;
    const covering = findings.flatMap((f, i) => (f.start <= a && f.end >= b && f.end > f.start ? [i] : []));
    out.push({ text: text.slice(a, b), findings: covering });
  }
  return out;
}

/** Checks `text` against the service; aborted when a newer text replaces it. */
export async function checkText(text: string, signal: AbortSignal): Promise<Finding[]> {
  const res = await fetch(new URL('../v1/leichte-sprache/check', new URL(import.meta.env.BASE_URL, location.href)), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal,
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { findings: Finding[] }).findings;
}
