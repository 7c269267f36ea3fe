/// <reference types="node" />
// Reads UD German GSD (CoNLL-U) from ../shared/datasets/ud-german (relative to the repository root; never
// copied into the repository) and fixes the split the tagger is trained and measured on:
//   train    = all 799 sentences of de_gsd-ud-dev + the first 577 of de_gsd-ud-test (1,376 sentences)
//   held-out = the last 400 sentences of de_gsd-ud-test
// Contractions are multi-word tokens in GSD (`zum` = `zu` + `dem`); like our tokeniser, we keep the
// surface token: UPOS and lemma of its preposition (ADP, `zu`), features of its article (Case=Dat …).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { normalizeText, tokenize, type Token, type TokenKind } from '../src/index.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const GSD_DIR = resolve(REPO_ROOT, '..', 'shared', 'datasets', 'ud-german');
export const TRAIN_FROM_TEST = 577;
export const HELD_OUT = 400;
export const SPLIT_DESCRIPTION =
  'train = de_gsd-ud-dev (799 sentences) + first 577 sentences of de_gsd-ud-test; ' +
  'held-out = last 400 sentences of de_gsd-ud-test (never trained on)';

export interface GoldToken {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  /** CoNLL-U feature string, '' for none. */
  readonly feats: string;
  readonly start: number;
  readonly end: number;
  readonly spaceAfter: boolean;
  /** A multi-word token (`zum`), analysed as one surface token. */
  readonly contraction: boolean;
}

export interface GoldSentence {
  readonly id: string;
  readonly text: string;
  readonly tokens: readonly GoldToken[];
}

export function gsdAvailable(): boolean {
  return existsSync(join(GSD_DIR, 'de_gsd-ud-dev.conllu')) && existsSync(join(GSD_DIR, 'de_gsd-ud-test.conllu'));
}

interface Row {
  id: string;
  cols: string[];
}

function sentenceFromRows(id: string, text: string, rows: Row[]): GoldSentence {
  const words = new Map(rows.filter((r) => /^\d+$/.test(r.id)).map((r) => [r.id, r.cols]));
  const surface: Omit<GoldToken, 'start' | 'end'>[] = [];
  let skipUntil = 0;
  for (const r of rows) {
    const range = /^(\d+)-(\d+)$/.exec(r.id);
    if (range) {
      const parts = [];
      for (let k = +range[1]!; k <= +range[2]!; k++) parts.push(words.get(String(k))!);
      const head = parts[0]!;
      const article = parts.find((p) => p[3] === 'DET') ?? parts[parts.length - 1]!;
      surface.push({
        form: r.cols[1]!,
        lemma: head[2]!,
        upos: head[3]!,
        xpos: head[4]!,
        feats: article[5] === '_' ? '' : article[5]!,
        spaceAfter: !(r.cols[9] ?? '').split('|').includes('SpaceAfter=No'),
        contraction: true,
      });
      skipUntil = +range[2]!;
      continue;
    }
    if (!/^\d+$/.test(r.id) || +r.id <= skipUntil) continue;
    const c = r.cols;
    surface.push({
      form: c[1]!,
      lemma: c[2]!,
      upos: c[3]!,
      xpos: c[4]!,
      feats: c[5] === '_' ? '' : c[5]!,
      spaceAfter: !(c[9] ?? '').split('|').includes('SpaceAfter=No'),
      contraction: false,
    });
  }
  // character offsets of every surface token in the raw `# text`
  const tokens: GoldToken[] = [];
  let at = 0;
  for (const t of surface) {
    let start = text.indexOf(t.form, at);
    if (start < 0 || text.slice(at, start).trim() !== '') start = -1;
    if (start < 0) {
      // should not happen in GSD; keep the token but give it an empty span that matches nothing
      tokens.push({ ...t, start: at, end: at });
      continue;
    }
    tokens.push({ ...t, start, end: start + t.form.length });
    at = start + t.form.length;
  }
  return { id, text, tokens };
}

export function readConllu(file: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let id = '';
  let text = '';
  let rows: Row[] = [];
  const flush = (): void => {
    if (rows.length > 0) out.push(sentenceFromRows(id, text, rows));
    rows = [];
    id = '';
    text = '';
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# sent_id = ')) id = line.slice(12).trim();
    else if (line.startsWith('# text = ')) text = line.slice(9);
    else if (line.startsWith('#')) continue;
    else if (line.trim() === '') flush();
    else {
      const cols = line.split('\t');
      if (cols[0]!.includes('.')) continue; // empty nodes
      rows.push({ id: cols[0]!, cols });
    }
  }
  flush();
  return out;
}

export interface Split {
  readonly train: readonly GoldSentence[];
  readonly heldOut: readonly GoldSentence[];
}

export function loadSplit(): Split {
  const dev = readConllu(join(GSD_DIR, 'de_gsd-ud-dev.conllu'));
  const test = readConllu(join(GSD_DIR, 'de_gsd-ud-test.conllu'));
  if (dev.length !== 799 || test.length !== 977) {
    throw new Error(`unexpected GSD sizes: dev ${dev.length}, test ${test.length} (expected 799 and 977)`);
  }
  return { train: [...dev, ...test.slice(0, TRAIN_FROM_TEST)], heldOut: test.slice(test.length - HELD_OUT) };
}

/** Our tokeniser's kind for one gold token (tokenised alone; several pieces → word or punct by shape). */
export function kindOf(form: string): TokenKind {
  const pieces = tokenize(form);
  if (pieces.length === 1 && pieces[0]!.text === form) return pieces[0]!.kind;
  if (/^\p{N}[\p{N}.,]*$/u.test(form)) return 'number';
  if (/^[\p{P}]+$/u.test(form)) return 'punct';
  if (/^[\p{S}]+$/u.test(form)) return 'symbol';
  return 'word';
}

/** Gold tokens as our Token objects (norm = the normalised form, kind from our tokeniser). */
export function goldTokens(s: GoldSentence): Token[] {
  return s.tokens.map((t) => {
    return { text: t.form, start: t.start, end: t.end, kind: kindOf(t.form), norm: normalizeText(t.form) };
  });
}
