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
import { signForm } from '@bbs/protocol';
import { parseOrdinalWord } from '../gloss/ordinal-words.js';
import { digitParts, numberSignParts } from './number-signs.js';
import type { NumberPart } from './number-signs.js';
import { timeVisemes } from './visemes.js';

export const TIMING = {
  /** Moving the hands into a sign's posture. */
  transition: 0.3,
  /** Bounds of a sign's own movement or hold. */
  minCore: 0.3,
  maxCore: 0.5,
  /** A sign in running signing, transition included. */
  maxSign: 0.8,
  /** Extra time per repetition (plural, repeated movement). */
  repeat: 0.25,
  /** Fingerspelled letters and digits: short transition, a distinct hold. */
  letterTransition: 0.12,
  letterHold: 0.24,
  letterMovement: 0.18,
  /** Pointing (IX, POSS). */
  index: 0.4,
  /** The hand held after a digit group of a phone or case number, before the next group. */
  groupPause: 0.25,
  clausePause: 0.25,
  sentencePause: 0.5,
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
  return {
    handshape,
    palm: poss ? direction : 'left',
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
  // A letter's nominal duration may ask for more than the minimum, never for a blur.
  const base = TIMING.letterTransition + TIMING.letterHold;
  const duration = (clamp(symbol.duration, base, 0.6) + (moving ? TIMING.letterMovement : 0)) / speed;
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

/** The manual alphabet's spelling of a word: Ä, Ö, Ü, ß are letters of their own, and so is SCH. */
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
    } else {
      letters.push(upper[i]!);
      i++;
    }
  }
  return letters;
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
  const push = (item: TimelineItem) => {
    items.push(item);
    t = item.start + item.duration;
  };

  sentence.glosses.forEach((g, gi) => {
    const first = items.length;
    const source = { start: g.start, end: g.end };
    // `ANTRAG+` is ANTRAG made twice: the plural marker is not part of the sign's id.
    const entry = g.kind === 'lexical' ? signs.sign(g.gloss.replace(/\+$/, '')) : undefined;
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
    } else if (entry) {
      const repeat = Math.max(g.repeat ?? 1, entry.movement.repeat ?? 1);
      const core = clamp(entry.duration - TIMING.transition, TIMING.minCore, TIMING.maxCore);
      const total = Math.min(TIMING.transition + core, TIMING.maxSign) + (repeat - 1) * TIMING.repeat;
      const start = t;
      const duration = total / speed;
      const transition = TIMING.transition / speed;
      const mouthing = g.mouthing ?? entry.mouthing ?? entry.lemmas[0]?.lemma;
      push({
        gloss: g.gloss,
        kind: 'lexical',
        start,
        duration,
        ...signForm(entry, repeat),
        ...(mouthing
          ? {
              mouthing: {
                text: mouthing,
                visemes: timeVisemes(mouthing, start + transition * 0.5, duration - transition * 0.5),
              },
            }
          : {}),
        source,
        review: entry.review.status,
      });
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
      const letters = g.letters && g.letters.length > 0 ? [...g.letters] : spellLetters(g.gloss.replace(/^FS-/, ''));
      const start = t;
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
    return [{ type: nm.type, start: a.start, end: b.start + b.duration }];
  });

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
