// Glosses → the timeline the avatar plays (DESIGN §5). Timing follows published signing avatars: about
// 0.3 s to reach a posture, movements of 0.3–0.5 s, a sign in running signing capped near 0.8 s,
// fingerspelled letters held distinctly, 0.5 s of rest at the end of a sentence. Everything scales with
// the speed factor (0.5–1.5).
import type {
  GlossKind,
  HandPosture,
  ManualSymbol,
  ManualSystem,
  NonManualType,
  SignEntry,
  SignLocation,
  Timeline,
  TimelineItem,
} from '@bbs/protocol';
import { resolveSegments, segmentForm } from '@bbs/protocol';
import type { ResolvedSegment, SignAgreement } from '@bbs/protocol';
import { parseOrdinalWord } from '../gloss/ordinal-words.js';
import { digitParts, numberSignParts } from './number-signs.js';
import type { NumberPart } from './number-signs.js';
import { timeVisemes } from './visemes.js';

/**
 * Running signing at speed 1 comes close to fluent signers' rate, about two signs a second and three to four
 * letters a second (the avatar prepares the next posture during a sign, so the shorter transitions stay legible);
 * speeds below 1 give learners and reviewers more time.
 */
export const TIMING = {
  /** Moving the hands into a sign's posture. */
  transition: 0.2,
  /** Bounds of a sign's own movement or hold. */
  minCore: 0.25,
  maxCore: 0.4,
  /** A sign in running signing, transition included. */
  maxSign: 0.6,
  /** Extra time per repetition (plural, repeated movement). */
  repeat: 0.2,
  /** Fingerspelled letters and digits: short transition, a distinct hold. */
  letterTransition: 0.1,
  letterHold: 0.18,
  maxLetter: 0.3,
  letterMovement: 0.18,
  /** A segment after the first of a multi-segment sign: its own movement or hold, at least this. */
  minSegmentCore: 0.15,
  /** Pointing (IX, POSS). */
  index: 0.4,
  /** The hand held after a digit group of a phone or case number, before the next group. */
  groupPause: 0.25,
  clausePause: 0.25,
  sentencePause: 0.5,
  /**
   * Brows and head start before the first sign of their span and fade after its last, as signers do, so that a
   * raised-brow question or a headshake is in full force while the signs it belongs to are made.
   */
  nonManualLead: 0.15,
  nonManualFade: 0.15,
} as const;

/** What the compiler needs of a gloss: the shape the gloss rules produce. */
export interface GlossForTimeline {
  gloss: string;
  kind: GlossKind;
  start: number;
  end: number;
  mouthing?: string;
  letters?: readonly string[];
  digits?: string;
  /** Numbers: an ordinal (`3.` and DRITTE are read as ones without it). */
  ordinal?: boolean;
  /** Numbers: a year (1100–1999 signed in hundreds). */
  year?: boolean;
  /** Numbers: the last digit of a group of a phone or case number; the hand is held a moment after it. */
  groupEnd?: boolean;
  repeat?: number;
  review?: 'draft' | 'approved';
  /**
   * Agreement verbs: the loci of the verb's arguments (`1` signer, `2` addressee, `3a`/`3b`/`3c` places in
   * space, as in IX-3a). A lexicon entry with `agreement` then moves from the one locus to the other.
   */
  loci?: { subject?: string; object?: string };
}

export interface GlossSentenceForTimeline {
  source?: string;
  start?: number;
  end?: number;
  glosses: readonly GlossForTimeline[];
  nonManuals: readonly { type: NonManualType; from: number; to: number }[];
}

/** Where the sign data comes from: the gloss dictionary, in the service or in the browser. */
export interface SignData {
  sign(id: string): SignEntry | undefined;
  fingerspelling: ManualSystem;
  numbers: ManualSystem;
}

export interface CompileOptions {
  speed?: number;
  /** A region whose variants (SignEntry.variants) replace the default forms, e.g. „Süddeutschland“. */
  region?: string;
  /** Whether this sentence ends an utterance (sentence pause) or is followed by more (clause pause). */
  final?: boolean;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function posture(h: {
  handshape: string;
  palm: string;
  fingers: string;
  location: SignLocation | HandPosture['location'];
}): HandPosture {
  const loc = h.location as SignLocation;
  return {
    handshape: h.handshape,
    palm: h.palm,
    fingers: h.fingers,
    location: {
      site: loc.site,
      ...(loc.side ? { side: loc.side } : {}),
      ...(loc.distance ? { distance: loc.distance } : {}),
    },
  };
}

/** Loci for indexing: `IX-1` the signer, `IX-2` the addressee, `IX-3a/b/c` places in space to the side. */
function indexPosture(gloss: string): HandPosture {
  const poss = gloss.startsWith('POSS');
  const person = /-(1|2|3)([a-c])?/.exec(gloss);
  const who = person?.[1] ?? '3';
  const locus = person?.[2] ?? 'a';
  const handshape = poss ? 'flat' : 'finger-2';
  if (who === '1') {
    return {
      handshape,
      palm: poss ? 'towards' : 'left',
      fingers: poss ? 'up' : 'towards',
      location: { site: 'chest', side: 'centre', distance: 'contact' },
    };
  }
  if (who === '2') {
    return {
      handshape,
      palm: poss ? 'away' : 'left',
      fingers: poss ? 'up' : 'away',
      location: { site: 'neutral', side: 'centre', distance: 'medium' },
    };
  }
  const side = locus === 'a' ? 'dominant' : locus === 'b' ? 'nondominant' : 'centre';
  const direction = locus === 'a' ? 'right-away' : locus === 'b' ? 'left-away' : 'away';
  // Pointing sideways, the palm faces down: it must face across the finger, and `left` would run along a
  // finger pointing to the right.
  return {
    handshape,
    palm: poss ? direction : 'down',
    fingers: poss ? 'up' : direction,
    location: { site: 'neutral', side, distance: 'far' },
  };
}

function symbolItem(
  symbol: ManualSymbol,
  system: ManualSystem,
  label: string,
  kind: GlossKind,
  start: number,
  speed: number,
): Omit<TimelineItem, 'source' | 'review'> {
  const moving = symbol.movement && symbol.movement.type !== 'none' && symbol.movement.type !== 'hold';
  // A letter's nominal duration (the alphabet's recordings: 0.4 s) may ask for more than the minimum, never for a
  // blur, and in running fingerspelling no more than a fluent signer takes.
  const base = TIMING.letterTransition + TIMING.letterHold;
  const duration = (clamp(symbol.duration, base, TIMING.maxLetter) + (moving ? TIMING.letterMovement : 0)) / speed;
  return {
    gloss: label,
    kind,
    start,
    duration,
    hands: {
      dominant: posture({
        handshape: symbol.handshape,
        palm: symbol.palm,
        fingers: symbol.fingers,
        location: system.location,
      }),
    },
    ...(symbol.movement
      ? {
          movement: {
            type: symbol.movement.type,
            ...(symbol.movement.direction ? { direction: symbol.movement.direction } : {}),
            size: symbol.movement.size,
            repeat: symbol.movement.repeat,
          },
        }
      : {}),
  };
}

/** `left` ↔ `right`: a second hand that mirrors the first (the palms of 16 face each other). */
const mirrored = (direction: string): string =>
  direction.replace(/left|right/g, (side) => (side === 'left' ? 'right' : 'left'));

/**
 * The number signs of a number gloss. Without the forms that make composed signs (an older or hand-made number
 * system) the digits are signed one by one rather than shown as a different number.
 */
function numberParts(g: GlossForTimeline, system: ManualSystem): NumberPart[] {
  const digits = (g.digits ?? g.gloss).replace(/[^0-9]/g, '');
  // A typed gloss carries no flag: `3.` and DRITTE say it by their form.
  const ordinal = g.ordinal ?? (/^\d+\.$/.test(g.gloss) || parseOrdinalWord(g.gloss) !== undefined);
  const parts = numberSignParts(digits, { ordinal, ...(g.year ? { year: true } : {}) });
  return parts.every((p) => p.form === 'digit' || system.forms?.[p.form]) ? parts : digitParts(digits);
}

/**
 * One number sign as a timeline item: the unit's symbol (with its second hand for 6–10) in the orientation and
 * movement of the part's form. Undefined when the system lacks the unit's symbol.
 */
function numberItem(
  p: NumberPart,
  system: ManualSystem,
  kind: GlossKind,
  start: number,
  speed: number,
): Omit<TimelineItem, 'source'> | undefined {
  const symbol = system.symbols.find((s) => s.symbol === String(p.unit));
  if (!symbol) return undefined;
  const form = p.form === 'digit' ? undefined : system.forms?.[p.form];
  const palm = form?.palm ?? symbol.palm;
  const fingers = form?.fingers ?? symbol.fingers;
  const second = symbol.nondominant;
  const item = symbolItem(
    { ...symbol, palm, fingers, ...(form ? { movement: form.movement, duration: form.duration } : {}) },
    system,
    p.label,
    kind,
    start,
    speed,
  );
  // A sign of two parts is verified only when both are: the digit's hands and the form's movement.
  const approved = symbol.review?.status === 'approved' && (!form || form.review?.status === 'approved');
  return {
    ...item,
    hands: {
      ...item.hands,
      ...(second
        ? {
            nondominant: posture({
              handshape: second.handshape,
              palm: form?.palm ? mirrored(palm) : second.palm,
              fingers: form?.fingers ? mirrored(fingers) : second.fingers,
              location: second.location ?? { ...system.location, side: 'centre' },
            }),
          }
        : {}),
    },
    review: approved ? 'approved' : 'draft',
  };
}

/** The manual alphabet's spelling of a word: Ä, Ö, Ü, ß are letters of their own, and so are SCH and CH. */
export function spellLetters(word: string): string[] {
  // Upper-casing turns ß into SS, but ß is a letter of the manual alphabet: keep it apart.
  const upper = [...word]
    .map((ch) => (ch === 'ß' || ch === 'ẞ' ? 'ß' : ch.toUpperCase()))
    .join('')
    .replace(/[^A-ZÄÖÜ0-9ß]/g, '');
  const letters: string[] = [];
  for (let i = 0; i < upper.length;) {
    if (upper.startsWith('SCH', i)) {
      letters.push('SCH');
      i += 3;
    } else if (upper.startsWith('CH', i)) {
      letters.push('CH');
      i += 2;
    } else {
      letters.push(upper[i]!);
      i++;
    }
  }
  return letters;
}

/**
 * A sign's segments (compounds resolved, the region's variant where one exists); undefined when the form cannot
 * be resolved (a compound whose part is missing: the loader reports it, the sign is fingerspelled meanwhile).
 */
function signSegments(entry: SignEntry, signs: SignData, region: string | undefined): ResolvedSegment[] | undefined {
  try {
    return resolveSegments(entry, (id) => signs.sign(id), region ? { region } : {});
  } catch {
    return undefined;
  }
}

/** Where the loci of IX-1, IX-2 and IX-3a/b/c lie, as directions from the signer's chest (x right, z towards). */
const LOCI: Record<string, { at: [number, number, number]; location: HandPosture['location'] }> = {
  '1': { at: [0, 0, 1], location: { site: 'chest', side: 'centre', distance: 'close' } },
  '2': { at: [0, 0, -1], location: { site: 'neutral', side: 'centre', distance: 'medium' } },
  '3a': { at: [1, 0, -1], location: { site: 'neutral', side: 'dominant', distance: 'medium' } },
  '3b': { at: [-1, 0, -1], location: { site: 'neutral', side: 'nondominant', distance: 'medium' } },
  '3c': { at: [0, 0, -2], location: { site: 'neutral', side: 'centre', distance: 'far' } },
};

const directionOf = ([x, , z]: [number, number, number]): string | undefined => {
  const parts = [x > 0 ? 'right' : x < 0 ? 'left' : '', z < 0 ? 'away' : z > 0 ? 'towards' : ''].filter(Boolean);
  return parts.length > 0 ? parts.join('-') : undefined;
};

/**
 * An agreement verb directed between its arguments' loci: the hand starts at the locus of the entry's start role
 * and moves towards the locus of its end role. Undefined when a locus is unknown (the citation form is kept).
 */
function agreementPath(
  agreement: SignAgreement,
  loci: NonNullable<GlossForTimeline['loci']>,
): ((form: Pick<TimelineItem, 'hands' | 'movement'>) => Pick<TimelineItem, 'hands' | 'movement'>) | undefined {
  const from = LOCI[loci[agreement.start] ?? ''];
  const to = LOCI[loci[agreement.end] ?? ''];
  if (!from || !to || from === to) return undefined;
  const direction = directionOf([to.at[0] - from.at[0], 0, to.at[2] - from.at[2]]);
  return (form) => ({
    hands: {
      ...form.hands,
      ...(form.hands.dominant ? { dominant: { ...form.hands.dominant, location: from.location } } : {}),
    },
    movement: { ...(form.movement ?? { type: 'directed' }), type: 'directed', ...(direction ? { direction } : {}) },
  });
}

/**
 * Compiles one sentence's glosses into a timeline. A gloss whose sign is missing from the lexicon is
 * fingerspelled, so every gloss can be signed.
 */
export function compileTimeline(
  sentence: GlossSentenceForTimeline,
  signs: SignData,
  options: CompileOptions = {},
): Timeline {
  const speed = clamp(options.speed ?? 1, 0.5, 1.5);
  const items: TimelineItem[] = [];
  /** For each gloss, the index range of its items, to place the non-manual spans. */
  const spans: { first: number; last: number }[] = [];
  let t = 0;
  /** Non-manual features that belong to a segment of a sign (SignSegment.nonManuals). */
  const segmentMarks: Timeline['nonManuals'] = [];
  const push = (item: TimelineItem) => {
    items.push(item);
    t = item.start + item.duration;
  };

  sentence.glosses.forEach((g, gi) => {
    const first = items.length;
    const source = { start: g.start, end: g.end };
    // `ANTRAG+` is ANTRAG made twice: the plural marker is not part of the sign's id.
    const entry = g.kind === 'lexical' ? signs.sign(g.gloss.replace(/\+$/, '')) : undefined;
    const form = entry ? signSegments(entry, signs, options.region) : undefined;
    if (g.kind === 'pause') {
      const last = gi === sentence.glosses.length - 1;
      const seconds = last && options.final !== false ? TIMING.sentencePause : TIMING.clausePause;
      push({ gloss: g.gloss, kind: 'pause', start: t, duration: seconds / speed, hands: {}, source });
    } else if (g.kind === 'index') {
      push({
        gloss: g.gloss,
        kind: 'index',
        start: t,
        duration: TIMING.index / speed,
        hands: { dominant: indexPosture(g.gloss) },
        movement: { type: 'directed', size: 'small', repeat: 1 },
        source,
      });
    } else if (form && form.length > 0 && entry) {
      // One item per segment, all under the sign's gloss (`part` ties them together): the caption and
      // "step by sign" show one sign, the player moves from posture to posture as between signs.
      const mouthing = g.mouthing ?? entry.mouthing ?? entry.lemmas[0]?.lemma;
      const directed = entry.agreement && g.loci ? agreementPath(entry.agreement, g.loci) : undefined;
      const own = (from: string) => form.filter((s) => s.from === from).length;
      const start = t;
      form.forEach((segment, k) => {
        const last = k === form.length - 1;
        const repeat = Math.max(last ? (g.repeat ?? 1) : 1, segment.movement.repeat ?? 1);
        const nominal = (signs.sign(segment.from) ?? entry).duration;
        const n = own(segment.from);
        const core =
          n === 1
            ? clamp(nominal - TIMING.transition, TIMING.minCore, TIMING.maxCore)
            : clamp((nominal - TIMING.transition) / n, TIMING.minSegmentCore, TIMING.maxCore);
        const total = Math.min(TIMING.transition + core, TIMING.maxSign) + (repeat - 1) * TIMING.repeat;
        const shaped = segmentForm(segment, repeat);
        const placed = directed && k === 0 ? directed(shaped) : shaped;
        push({
          gloss: g.gloss,
          kind: 'lexical',
          start: t,
          duration: total / speed,
          ...placed,
          ...(segment.mouthing
            ? {
                mouthing: {
                  text: segment.mouthing,
                  visemes: timeVisemes(segment.mouthing, t + (TIMING.transition / speed) * 0.5, total / speed),
                },
              }
            : {}),
          source,
          review: entry.review.status,
          ...(form.length > 1 ? { part: { of: g.gloss, index: k, count: form.length } } : {}),
        });
        const item = items[items.length - 1]!;
        for (const type of segment.nonManuals ?? []) {
          segmentMarks.push({ type, start: item.start, end: item.start + item.duration });
        }
      });
      // The sign's mouthing spans all its segments, unless the segments mouth words of their own.
      if (mouthing && !form.some((s) => s.mouthing)) {
        const transition = TIMING.transition / speed;
        items[first] = {
          ...items[first]!,
          mouthing: {
            text: mouthing,
            visemes: timeVisemes(mouthing, start + transition * 0.5, t - start - transition * 0.5),
          },
        };
      }
    } else if (g.kind === 'number') {
      const parts = numberParts(g, signs.numbers);
      parts.forEach((p, k) => {
        const item = numberItem(p, signs.numbers, 'number', t, speed);
        if (!item) return;
        push({ ...item, source, part: { of: g.gloss, index: k, count: parts.length } });
      });
      if (g.groupEnd && items.length > first) {
        const last = items[items.length - 1]!;
        items[items.length - 1] = { ...last, duration: last.duration + TIMING.groupPause / speed };
        t += TIMING.groupPause / speed;
      }
    } else {
      // Fingerspelling, and any lexical gloss the lexicon lacks.
      let letters = g.letters && g.letters.length > 0 ? [...g.letters] : spellLetters(g.gloss.replace(/^FS-/, ''));
      const start = t;
      // A manual alphabet without a CH or SCH hand spells their letters one by one.
      const known = (l: string) => signs.fingerspelling.symbols.some((s) => s.symbol === l);
      letters = letters.flatMap((l) => (l.length > 1 && !known(l) ? [...l] : [l]));
      letters.forEach((letter, k) => {
        // Digits inside a spelled word (`A4`, `U9`) are number signs, two hands for 6–9; a symbol neither
        // system knows is left out rather than shown as a hand without a shape.
        const letterSymbol = signs.fingerspelling.symbols.find((s) => s.symbol === letter);
        const item = letterSymbol
          ? symbolItem(letterSymbol, signs.fingerspelling, letter, 'fingerspell', t, speed)
          : /^[0-9]$/.test(letter)
            ? numberItem(digitParts(letter)[0]!, signs.numbers, 'fingerspell', t, speed)
            : undefined;
        if (!item) return;
        push({ ...item, source, part: { of: g.gloss, index: k, count: letters.length } });
      });
      const word = g.mouthing;
      if (word && items.length > first) {
        items[first] = {
          ...items[first]!,
          mouthing: { text: word, visemes: timeVisemes(word, start, t - start) },
        };
      }
    }
    spans.push({ first, last: items.length - 1 });
  });

  const nonManuals = sentence.nonManuals.flatMap((nm) => {
    const from = spans[nm.from];
    const to = spans[nm.to];
    if (!from || !to || from.first > to.last || to.last < 0) return [];
    const a = items[from.first]!;
    const b = items[to.last]!;
    const start = Math.max(0, a.start - TIMING.nonManualLead / speed);
    const end = Math.min(t, b.start + b.duration + TIMING.nonManualFade / speed);
    return [{ type: nm.type, start, end }];
  });
  nonManuals.push(...segmentMarks);

  return {
    duration: t,
    speed,
    items,
    nonManuals,
    ...(sentence.source !== undefined && sentence.start !== undefined && sentence.end !== undefined
      ? { sentence: { text: sentence.source, start: sentence.start, end: sentence.end } }
      : {}),
  };
}

/** One timeline for several sentences in a row: each sentence's items shifted to follow the one before. */
export function concatTimelines(timelines: readonly Timeline[]): Timeline {
  let offset = 0;
  const items: TimelineItem[] = [];
  const nonManuals: Timeline['nonManuals'] = [];
  for (const tl of timelines) {
    for (const item of tl.items) {
      items.push({
        ...item,
        start: item.start + offset,
        ...(item.mouthing
          ? {
              mouthing: {
                text: item.mouthing.text,
                visemes: item.mouthing.visemes.map((v) => ({ ...v, start: v.start + offset })),
              },
            }
          : {}),
      });
    }
    for (const nm of tl.nonManuals) nonManuals.push({ ...nm, start: nm.start + offset, end: nm.end + offset });
    offset += tl.duration;
  }
  // The caption of the whole: every sentence's text, spanning from the first sentence's start to the last's end.
  const spans = timelines.map((tl) => tl.sentence).filter((x) => x !== undefined);
  const sentence =
    spans.length > 0
      ? { text: spans.map((x) => x.text).join(' '), start: spans[0]!.start, end: spans[spans.length - 1]!.end }
      : undefined;
  return { duration: offset, speed: timelines[0]?.speed ?? 1, items, nonManuals, ...(sentence ? { sentence } : {}) };
}

/**
 * What the avatar signs for a sentence, as one line of labels: lexical signs by their id, fingerspelled words by
 * their gloss, numbers by the number signs they are made of (`2026` → `2000 6 20`), `|` where a phone or case
 * number pauses between digit groups; pauses left out. Tests and the evaluation compare it with the DGS a
 * fixture expects, so it is read from the compiled items rather than from the glosses.
 */
export function signLine(sentence: GlossSentenceForTimeline, signs: SignData): string {
  return sentence.glosses
    .filter((g) => g.kind !== 'pause')
    .map((g) => {
      if (g.kind !== 'number') return g.gloss;
      const labels = compileTimeline({ glosses: [g], nonManuals: [] }, signs).items.map((i) => i.gloss);
      return [...labels, ...(g.groupEnd ? ['|'] : [])].join(' ');
    })
    .join(' ');
}
