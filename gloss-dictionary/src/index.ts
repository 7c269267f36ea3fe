// The DGS sign lexicon, pure and browser-safe: an index over sign entries by id and lemma, and the validation of
// a whole lexicon (signs, handshapes, manual alphabet, numbers). Reading the files is src/load.ts (Node).
import {
  formKey,
  HandshapeSchema,
  ManualSystemSchema,
  ownSegments,
  palmAcrossFingers,
  resolveSegments,
  SignEntrySchema,
  SignFormError,
  type Handshape,
  type ManualSystem,
  type SignEntry,
  type SignSegment,
} from '@bbs/protocol';

export type { Handshape, ManualSystem, ManualSymbol, NumberForm, SignEntry } from '@bbs/protocol';

/** Universal POS tags a lemma may carry (SignEntry.lemmas[].pos). */
export type LemmaPos = NonNullable<SignEntry['lemmas'][number]['pos']>;

export interface GlossIndex {
  /** The entry with this id (gloss), if any. */
  byId(id: string): SignEntry | undefined;
  /**
   * The entries that claim `lemma`, best first. Candidates are the entries with that lemma compared without
   * case; they are ordered by part of speech when `pos` is given (a lemma with that pos, then a lemma without
   * pos, then a lemma with another pos), then by case (exact spelling before a case-insensitive match), then
   * approved before draft, then by id. Empty when no entry claims the lemma.
   */
  lookup(lemma: string, pos?: LemmaPos): SignEntry[];
  /** All ids, sorted. */
  ids(): string[];
  readonly size: number;
}

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('de-DE');

export function createGlossIndex(entries: readonly SignEntry[]): GlossIndex {
  const byId = new Map<string, SignEntry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  const byLemma = new Map<string, SignEntry[]>();
  for (const entry of byId.values()) {
    for (const key of new Set(entry.lemmas.map((l) => fold(l.lemma)))) {
      const list = byLemma.get(key);
      if (list) list.push(entry);
      else byLemma.set(key, [entry]);
    }
  }
  const sortedIds = [...byId.keys()].sort();

  return {
    byId: (id) => byId.get(id),
    lookup(lemma, pos) {
      const wanted = lemma.normalize('NFC').trim();
      const candidates = byLemma.get(fold(wanted)) ?? [];
      const rank = (entry: SignEntry): [number, number, number] => {
        const claims = entry.lemmas.filter((l) => fold(l.lemma) === fold(wanted));
        const exact = claims.some((l) => l.lemma.normalize('NFC') === wanted);
        let posRank = 1;
        if (pos !== undefined) {
          if (claims.some((l) => l.pos === pos)) posRank = 0;
          else if (!claims.some((l) => l.pos === undefined)) posRank = 2;
        }
        return [posRank, exact ? 0 : 1, entry.review.status === 'approved' ? 0 : 1];
      };
      return candidates
        .map((entry) => ({ entry, rank: rank(entry) }))
        .sort(
          (a, b) =>
            a.rank[0] - b.rank[0] ||
            a.rank[1] - b.rank[1] ||
            a.rank[2] - b.rank[2] ||
            a.entry.id.localeCompare(b.entry.id),
        )
        .map((x) => x.entry);
    },
    ids: () => [...sortedIds],
    get size() {
      return byId.size;
    },
  };
}

/** One JSON document of the lexicon with the file it came from (relative path, e.g. `signs/ICH.json`). */
export interface LexiconFile {
  file: string;
  data: unknown;
}

export interface LexiconInput {
  signs: readonly LexiconFile[];
  handshapes: readonly LexiconFile[];
  fingerspelling: LexiconFile;
  numbers: LexiconFile;
}

export interface CheckedLexicon {
  /** The entries that parsed, in input order. */
  signs: SignEntry[];
  handshapes: Handshape[];
  fingerspelling: ManualSystem | undefined;
  numbers: ManualSystem | undefined;
  /** Everything wrong with the lexicon, one line each; empty when it is valid. */
  problems: string[];
  /**
   * Signs (or variants) with the same physical form that do not document the homonym: a fault of the lexicon
   * (validate.ts and the tests fail on it), though each sign can still be signed.
   */
  sameForms: string[][];
}

/** `signs/ICH.json` → `ICH`. */
export const idFromFile = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/, '');

interface ZodLikeIssue {
  path: PropertyKey[];
  message: string;
}

const formatIssues = (file: string, issues: readonly ZodLikeIssue[]): string[] =>
  issues.map((i) => `${file}: ${i.path.length ? `${i.path.map(String).join('.')}: ` : ''}${i.message}`);

/**
 * Validates a whole lexicon: every document parses with its schema; ids are unique and equal to their file
 * names; every handshape that a sign, the manual alphabet or the numbers name exists; no two entries claim the
 * same lemma (same spelling, and the same or an unspecified part of speech) unless both say which `sense`
 * they sign; one-handed signs describe no second hand (two-handed signs must, and approved entries must name a
 * reviewer: the schema enforces both).
 */
export function checkLexicon(input: LexiconInput): CheckedLexicon {
  const problems: string[] = [];

  const handshapes: Handshape[] = [];
  const handshapeFiles = new Map<string, string>();
  for (const { file, data } of input.handshapes) {
    const parsed = HandshapeSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...formatIssues(file, parsed.error.issues));
      continue;
    }
    const h = parsed.data;
    if (idFromFile(file) !== h.id) problems.push(`${file}: id "${h.id}" differs from the file name`);
    const earlier = handshapeFiles.get(h.id);
    if (earlier) problems.push(`${file}: duplicate handshape id "${h.id}" (also in ${earlier})`);
    else handshapeFiles.set(h.id, file);
    handshapes.push(h);
  }
  const knownHandshape = (id: string): boolean => handshapeFiles.has(id);

  const signs: SignEntry[] = [];
  const signFiles = new Map<string, string>();
  for (const { file, data } of input.signs) {
    const parsed = SignEntrySchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...formatIssues(file, parsed.error.issues));
      continue;
    }
    const e = parsed.data;
    if (idFromFile(file) !== e.id) problems.push(`${file}: id "${e.id}" differs from the file name`);
    const earlier = signFiles.get(e.id);
    if (earlier) problems.push(`${file}: duplicate sign id "${e.id}" (also in ${earlier})`);
    else signFiles.set(e.id, file);
    const forms: [string, SignSegment[]][] = [
      ['', e.segments ? [] : ownSegments(e)],
      ...(e.segments ?? []).map((seg, i): [string, SignSegment[]] => [`segments.${i}.`, [seg]]),
      ...(e.variants ?? []).flatMap((v, i) =>
        (v.segments ?? []).map((seg, j): [string, SignSegment[]] => [`variants.${i}.segments.${j}.`, [seg]]),
      ),
    ];
    for (const [path, segments] of forms) {
      for (const seg of segments) {
        for (const [hand, config] of [
          ['dominant', seg.dominant],
          ['nondominant', seg.nondominant],
        ] as const) {
          if (config && !knownHandshape(config.handshape)) {
            problems.push(`${file}: ${path}${hand}.handshape: unknown handshape "${config.handshape}"`);
          }
          if (config && !palmAcrossFingers(config.palm, config.fingers)) {
            problems.push(
              `${file}: ${path}${hand}: the palm (${config.palm}) must face at right angles to the fingers (${config.fingers})`,
            );
          }
        }
        if (seg.hands === 'one' && seg.nondominant) {
          problems.push(`${file}: ${path}nondominant: a one-handed sign describes no second hand`);
        }
      }
    }
    const seen = new Set<string>();
    for (const l of e.lemmas) {
      const key = `${l.lemma}\u0000${l.pos ?? ''}\u0000${l.sense ?? ''}`;
      if (seen.has(key)) problems.push(`${file}: lemma "${l.lemma}" listed twice`);
      seen.add(key);
    }
    signs.push(e);
  }

  problems.push(...formProblems(signs, signFiles));
  const sameForms = sameFormGroups(signs);

  // Lemma claims across entries.
  const claims = new Map<string, { id: string; pos?: string; sense?: string }[]>();
  for (const e of signs) {
    for (const l of e.lemmas) {
      const list = claims.get(l.lemma) ?? [];
      if (!list.some((c) => c.id === e.id)) {
        for (const other of list) {
          const samePos = other.pos === undefined || l.pos === undefined || other.pos === l.pos;
          if (!samePos) continue;
          if (other.sense === undefined || l.sense === undefined) {
            problems.push(
              `signs: lemma "${l.lemma}"${l.pos ? ` (${l.pos})` : ''} is claimed by ${other.id} and ${e.id}; both need a sense`,
            );
          } else if (other.sense === l.sense) {
            problems.push(`signs: lemma "${l.lemma}" has the same sense "${l.sense}" in ${other.id} and ${e.id}`);
          }
        }
      }
      list.push({ id: e.id, pos: l.pos, sense: l.sense });
      claims.set(l.lemma, list);
    }
  }

  const manual = (doc: LexiconFile, kind: ManualSystem['kind']): ManualSystem | undefined => {
    const parsed = ManualSystemSchema.safeParse(doc.data);
    if (!parsed.success) {
      problems.push(...formatIssues(doc.file, parsed.error.issues));
      return undefined;
    }
    const system = parsed.data;
    if (system.kind !== kind) problems.push(`${doc.file}: kind is "${system.kind}", expected "${kind}"`);
    const symbols = new Set<string>();
    system.symbols.forEach((s, i) => {
      if (symbols.has(s.symbol)) problems.push(`${doc.file}: symbols.${i}: symbol "${s.symbol}" appears twice`);
      symbols.add(s.symbol);
      if (!knownHandshape(s.handshape)) {
        problems.push(`${doc.file}: symbols.${i}.handshape: unknown handshape "${s.handshape}" (symbol ${s.symbol})`);
      }
      if (s.nondominant && !knownHandshape(s.nondominant.handshape)) {
        problems.push(
          `${doc.file}: symbols.${i}.nondominant.handshape: unknown handshape "${s.nondominant.handshape}" (symbol ${s.symbol})`,
        );
      }
    });
    // Number forms build on the digits' hands; the alphabet has nothing to build them on.
    if (system.forms && system.kind !== 'numbers') problems.push(`${doc.file}: forms: only the numbers have forms`);
    return system;
  };
  const fingerspelling = manual(input.fingerspelling, 'fingerspelling');
  const numbers = manual(input.numbers, 'numbers');

  return { signs, handshapes, fingerspelling, numbers, problems, sameForms };
}

/** How a group of signs with the same form is reported. */
export const sameFormProblem = (group: readonly string[]): string =>
  `signs: ${group.join(', ')} have the same form; correct one, or document a real homonym in both entries' "homonyms"`;

/** One form of a sign as the uniqueness check compares it: the sign's default form or one of its variants. */
export interface SignFormRecord {
  /** The sign's id, with the variant's region in brackets: `SAMSTAG`, `SAMSTAG [Süddeutschland]`. */
  label: string;
  id: string;
  key: string;
}

/**
 * Every form of every sign (default and variants), compounds resolved, with its comparison key (`formKey`).
 * Forms that cannot be resolved (a missing part, a cycle) are reported in `problems` and left out.
 */
export function signForms(signs: readonly SignEntry[]): { forms: SignFormRecord[]; problems: string[] } {
  // A repeated id is reported by the caller; the first entry counts, as everywhere.
  const byId = new Map<string, SignEntry>();
  for (const s of signs) if (!byId.has(s.id)) byId.set(s.id, s);
  const lookup = (id: string) => byId.get(id);
  const forms: SignFormRecord[] = [];
  const problems: string[] = [];
  for (const e of byId.values()) {
    const alternatives = [undefined, ...(e.variants ?? [])];
    for (const variant of alternatives) {
      const label = variant ? `${e.id} [${variant.region}]` : e.id;
      try {
        const segments = resolveSegments(e, lookup, variant ? { variant } : {});
        if (segments.length > 0) forms.push({ label, id: e.id, key: formKey(segments, e.nonManuals) });
      } catch (error) {
        if (!(error instanceof SignFormError)) throw error;
        problems.push(`signs/${e.id}.json: ${variant ? `variant ${variant.region}: ` : ''}${error.message}`);
      }
    }
  }
  return { forms, problems };
}

/**
 * Groups of signs (or variants) with the same physical form that are not documented homonyms of each other.
 * Two signs may share a form only when each lists the other in `homonyms` with a reason.
 */
export function sameFormGroups(signs: readonly SignEntry[]): string[][] {
  const documented = (a: string, b: string): boolean => {
    const has = (x: string, y: string) => signs.find((s) => s.id === x)?.homonyms?.some((h) => h.sign === y) ?? false;
    return has(a, b) && has(b, a);
  };
  const byKey = new Map<string, SignFormRecord[]>();
  for (const f of signForms(signs).forms) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  const groups: string[][] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const undocumented = group.some((a, i) =>
      group.some((b, j) => j > i && (a.id === b.id || !documented(a.id, b.id))),
    );
    if (undocumented) groups.push(group.map((f) => f.label));
  }
  return groups;
}

/** Compounds that resolve, forms that are unique, homonym notes that point at a sign of the same form. */
function formProblems(signs: readonly SignEntry[], files: ReadonlyMap<string, string>): string[] {
  const { forms, problems } = signForms(signs);
  const keyOf = new Map(forms.filter((f) => f.label === f.id).map((f) => [f.id, f.key] as const));
  for (const e of signs) {
    for (const h of e.homonyms ?? []) {
      const file = files.get(e.id) ?? `signs/${e.id}.json`;
      if (!keyOf.has(h.sign)) problems.push(`${file}: homonyms: no sign "${h.sign}"`);
      else if (keyOf.get(h.sign) !== keyOf.get(e.id)) {
        problems.push(`${file}: homonyms: ${h.sign} has another form; remove the note or correct the form`);
      }
    }
  }
  return problems;
}

/** The problems of a lexicon (see checkLexicon), same forms included; empty when it is valid. */
export function validateLexicon(input: LexiconInput): string[] {
  const checked = checkLexicon(input);
  return [...checked.problems, ...checked.sameForms.map(sameFormProblem)];
}

/**
 * Months have no sign entries: DGS commonly fingerspells them, most as abbreviations. The translator spells
 * these letters with fingerspelling.json (and mouths the full month name).
 */
export const MONTH_FINGERSPELLING: Readonly<Record<string, string>> = {
  Januar: 'JAN',
  Februar: 'FEB',
  März: 'MÄRZ',
  April: 'APRIL',
  Mai: 'MAI',
  Juni: 'JUNI',
  Juli: 'JULI',
  August: 'AUG',
  September: 'SEPT',
  Oktober: 'OKT',
  November: 'NOV',
  Dezember: 'DEZ',
};
