// The service's public face as the embed uses it. The service is at the root of the origin this script came
// from, also when the script runs in another site's page.
import type { Timeline } from '@bbs/protocol';

export const SERVICE_ROOT = new URL(/* @vite-ignore */ '/', import.meta.url);
export const PUBLIC_DOCUMENTS = new URL('v1/public/documents/', SERVICE_ROOT);

/** Longest text sent for machine signing: the avatar signs a page's start, not a whole handbook. */
const SIGN_CHARS = 5000;

export interface PublicTarget {
  text: string;
  dir: 'ltr' | 'rtl';
  format?: 'text' | 'html';
  html?: string;
  sentences?: Array<{ source: string; output: string }>;
  timeline?: Timeline;
}

export interface MachineText {
  /** Plain text, or sanitised HTML when the page's markup was sent. */
  text: string;
  dir: 'ltr' | 'rtl';
  /** Sentences the guard refused, shown in German (their `output` is the German source). */
  fallbacks: string[];
}

interface TargetResult {
  text: string;
  dir: 'ltr' | 'rtl';
  sentences?: Array<{ output: string; guard?: { passed: boolean } }>;
}

async function problem(res: Response): Promise<Error> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return new Error(body.error?.message ?? `HTTP ${res.status}`);
  } catch {
    return new Error(`HTTP ${res.status}`);
  }
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(new URL(path, SERVICE_ROOT), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw await problem(res);
  return (await res.json()) as T;
}

/** Targets the service can translate into; none when it cannot say (the embed then offers approved ones only). */
export async function serviceTargets(): Promise<string[]> {
  try {
    const res = await fetch(new URL('v1/languages', SERVICE_ROOT));
    if (!res.ok) return [];
    return ((await res.json()) as { languages: Array<{ code: string }> }).languages.map((l) => l.code);
  } catch {
    return [];
  }
}

/** The page's approved targets; none for an unknown page. */
export async function approvedTargets(slug: string): Promise<string[]> {
  const res = await fetch(new URL(slug, PUBLIC_DOCUMENTS));
  if (!res.ok) return [];
  const page = (await res.json()) as { targets: Record<string, { status: string }> };
  return Object.entries(page.targets)
    .filter(([, t]) => t.status === 'approved')
    .map(([target]) => target);
}

/** An approved version of the page, or null when there is none (any more). */
export async function publicTarget(slug: string, target: string): Promise<PublicTarget | null> {
  const res = await fetch(new URL(`${slug}/${target}`, PUBLIC_DOCUMENTS));
  if (res.status === 404) return null;
  if (!res.ok) throw await problem(res);
  return (await res.json()) as PublicTarget;
}

/** A machine version of the page's text (`format: 'html'` keeps its markup, sanitised by the service). */
export async function translate(text: string, target: string, format: 'text' | 'html'): Promise<MachineText> {
  const { results } = await post<{ results: Record<string, TargetResult> }>('v1/translate', {
    text,
    targets: [target],
    format,
  });
  const result = results[target];
  if (!result) throw new Error(`no ${target}`);
  const fallbacks = (result.sentences ?? []).filter((s) => s.guard?.passed === false).map((s) => s.output);
  return { text: result.text, dir: result.dir, fallbacks };
}

/** Machine signing of German text. */
export async function sign(text: string): Promise<Timeline> {
  return (await post<{ timeline: Timeline }>('v1/sign', { text: text.slice(0, SIGN_CHARS) })).timeline;
}
