// SiGML → sign entries. The document is parsed by fast-xml-parser (no entity expansion; a document that declares
// entities is refused), each `hns_sign` becomes one draft entry: its manual HamNoSys (symbol names) read into
// segments, `hamreplace` starting the next segment; mouthing and non-manual features from `hamnosys_nonmanual`.
// A symbol that is no HamNoSys, or that this lexicon cannot express, is an error naming the symbol and where.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  GLOSS_ID,
  SignEntrySchema,
  type HandConfiguration,
  type NonManualType,
  type SignEntry,
  type SignLocation,
  type SignMovement,
  type SignSegment,
} from '@bbs/protocol';
import {
  ARC_PLANES,
  ARC_WITHOUT_PLANE,
  CIRCLE_PLANES,
  CIRCLE_WITHOUT_PLANE,
  DISTANCE_SYMBOLS,
  FINGER_SYMBOLS,
  HAMNOSYS_SYMBOLS,
  HANDSHAPE_BASES,
  HANDSHAPE_SYMBOLS,
  HEIGHT_SYMBOLS,
  lettersDirection,
  MOVEMENT_SYMBOLS,
  NON_MANUAL_TAGS,
  palmDirection,
  SITE_SYMBOLS,
  THUMB_AND_BEND_MODIFIERS,
} from './hamnosys.js';
import { SigmlError } from './errors.js';

/** What an imported entry says about where it came from. */
export interface SigmlSource {
  /** The file (or request) the SiGML came from, recorded in `source.reference`. */
  reference: string;
  by?: string;
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const tagOf = (node: XmlNode): string | undefined => Object.keys(node).find((k) => k !== ':@');
const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};
const elements = (nodes: readonly XmlNode[]): XmlNode[] =>
  nodes.filter((n) => {
    const tag = tagOf(n);
    return tag !== undefined && tag !== '#text' && tag !== '#comment' && !tag.startsWith('?');
  });

/** Parses the XML without expanding entities; refuses documents that declare any. */
function parseXml(xml: string): XmlNode[] {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new SigmlError('ENTITIES_REFUSED', 'SiGML mit DOCTYPE oder Entitäten wird nicht gelesen.');
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new SigmlError('MALFORMED_XML', `Kein gültiges XML: ${valid.err.msg} (Zeile ${valid.err.line}).`, {
      line: valid.err.line,
    });
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
  });
  return parser.parse(xml) as XmlNode[];
}

interface Token {
  symbol: string;
  position: number;
}

/** Reads one sign's manual HamNoSys, a list of symbol names, into segments. */
class ManualReader {
  private i = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly sign: string,
  ) {}

  private peek(offset = 0): string | undefined {
    return this.tokens[this.i + offset]?.symbol;
  }
  private fail(message: string, at = this.tokens[this.i]): never {
    const where = at ? ` (Symbol „${at.symbol}“ an Stelle ${at.position})` : ' (am Ende)';
    throw new SigmlError('INVALID_SIGN', `Gebärde ${this.sign}: ${message}${where}.`, {
      sign: this.sign,
      ...(at ? { symbol: at.symbol, position: at.position } : {}),
    });
  }
  private unsupported(): never {
    const at = this.tokens[this.i]!;
    throw new SigmlError(
      'UNSUPPORTED_SYMBOL',
      `Gebärde ${this.sign}: das HamNoSys-Symbol „${at.symbol}“ an Stelle ${at.position} kann dieses Lexikon nicht darstellen.`,
      { sign: this.sign, symbol: at.symbol, position: at.position },
    );
  }
  private take(expected?: string): string {
    const s = this.peek();
    if (s === undefined || (expected && s !== expected))
      this.fail(expected ? `„${expected}“ erwartet` : 'Symbol erwartet');
    this.i++;
    return s;
  }
  private takeIf(symbol: string): boolean {
    if (this.peek() !== symbol) return false;
    this.i++;
    return true;
  }

  read(): SignSegment[] {
    if (this.tokens.length === 0) this.fail('die Gebärde hat keine manuelle Form');
    const segments = [this.segment(undefined)];
    while (this.takeIf('hamreplace')) segments.push(this.segment(segments[segments.length - 1]));
    if (this.i < this.tokens.length) this.unexpected();
    return segments;
  }

  private unexpected(): never {
    return HAMNOSYS_SYMBOLS.has(this.peek()!) ? this.unsupported() : this.fail('hier nicht erwartet');
  }

  private isHandStart = (offset = 0) => HANDSHAPE_BASES.has(this.peek(offset) ?? '');
  private isOrientation = () => /^ham(extfinger|palm)(u|d|l|r|o|i)+$/.test(this.peek() ?? '');

  /** One segment; after `hamreplace` the parts it does not name are the previous segment's. */
  private segment(previous: SignSegment | undefined): SignSegment {
    let symmetry: 'lr' | 'par' | undefined;
    if (this.takeIf('hamsymmlr')) symmetry = 'lr';
    else if (this.takeIf('hamsymmpar')) symmetry = 'par';

    if (this.peek() === 'hamparbegin' && this.isHandStart(1)) {
      this.take('hamparbegin');
      const dominant = this.hand(undefined);
      this.take('hamplus');
      const other = this.hand(undefined);
      this.take('hamparend');
      let dLoc: SignLocation = previous?.dominant.location ?? {
        site: 'neutral',
        side: 'centre',
        distance: 'medium',
        height: 'chest',
      };
      let nLoc: SignLocation = previous?.nondominant?.location ?? dLoc;
      if (this.takeIf('hamparbegin')) {
        dLoc = this.location() ?? this.fail('Ort der dominanten Hand erwartet');
        this.take('hamplus');
        nLoc = this.location() ?? this.fail('Ort der anderen Hand erwartet');
        this.take('hamparend');
      } else {
        const both = this.location();
        if (both) [dLoc, nLoc] = [both, both];
      }
      const { movement, alternating } = this.movement();
      const hands = symmetry === undefined ? 'dominant-on-base' : alternating ? 'two-alternating' : 'two-symmetric';
      return {
        hands,
        dominant: { ...dominant, location: dLoc },
        nondominant: { ...other, location: nLoc },
        movement,
      };
    }

    const changesHand = this.isHandStart() || this.isOrientation();
    if (!changesHand && !previous) this.fail('Handform erwartet');
    const from = this.i;
    const shaped = changesHand ? this.hand(previous?.dominant) : previous!.dominant;
    // A complete hand (handshape, finger direction, palm) starts afresh; a partial one changes the hand before.
    const complete =
      HANDSHAPE_BASES.has(this.tokens[from]?.symbol ?? '') &&
      this.tokens.slice(from, this.i).some((t) => t.symbol.startsWith('hamextfinger')) &&
      this.tokens.slice(from, this.i).some((t) => /^hampalm(u|d|l|r)+$/.test(t.symbol));
    const location = this.location() ??
      previous?.dominant.location ?? {
        site: 'neutral',
        side: 'centre',
        distance: 'medium',
        height: 'chest',
      };
    const dominant: HandConfiguration = { ...shaped, location };
    const { movement, alternating } = this.movement();
    if (symmetry === 'lr') {
      return {
        hands: alternating ? 'two-alternating' : 'two-symmetric',
        dominant,
        nondominant: mirrorHand(dominant),
        movement,
      };
    }
    if (symmetry === 'par') {
      return {
        hands: alternating ? 'two-alternating' : 'two-symmetric',
        dominant,
        nondominant: parallelHand(dominant),
        movement,
      };
    }
    if (complete || !previous || previous.hands === 'one' || !previous.nondominant)
      return { hands: 'one', dominant, movement };
    // A symmetric sign changes both hands; a base hand stays as it was.
    const nondominant = previous.hands === 'dominant-on-base' ? previous.nondominant : mirrorHand(dominant);
    return { hands: previous.hands, dominant, nondominant, movement };
  }

  /** Handshape (base form and modifiers), extended-finger direction and palm. */
  private hand(previous: HandConfiguration | undefined): Omit<HandConfiguration, 'location'> {
    let handshape = previous?.handshape;
    if (this.isHandStart()) {
      const start = this.tokens[this.i]!;
      const parts = [this.take()];
      while (THUMB_AND_BEND_MODIFIERS.has(this.peek() ?? '') || FINGER_SYMBOLS.has(this.peek() ?? '')) {
        parts.push(this.take());
      }
      const key = (symbols: readonly string[]) => [symbols[0], ...[...symbols.slice(1)].sort()].join(' ');
      const found = HANDSHAPE_SYMBOLS.find(([, s]) => key(s) === key(parts));
      if (!found) {
        throw new SigmlError(
          'UNSUPPORTED_SYMBOL',
          `Gebärde ${this.sign}: die Handform „${parts.join(' ')}“ an Stelle ${start.position} kennt dieses Lexikon nicht.`,
          { sign: this.sign, symbol: parts.join(' '), position: start.position },
        );
      }
      handshape = found[0];
    }
    let fingers = previous?.fingers;
    if (/^hamextfinger/.test(this.peek() ?? '')) {
      const groups = [this.take().slice('hamextfinger'.length)];
      if (this.takeIf('hambetween')) {
        const next = this.take();
        if (!next.startsWith('hamextfinger')) this.fail('zweite Fingerrichtung erwartet', this.tokens[this.i - 1]);
        groups.push(next.slice('hamextfinger'.length));
      }
      fingers = lettersDirection(groups);
    }
    let palm = previous?.palm;
    if (/^hampalm(u|d|l|r)+$/.test(this.peek() ?? '')) {
      const letters = this.take().slice('hampalm'.length);
      if (!fingers) this.fail('Handstellung ohne Fingerrichtung', this.tokens[this.i - 1]);
      palm = palmDirection(letters, fingers);
    } else if (previous && fingers !== previous.fingers) {
      palm = previous.palm;
    }
    if (!handshape) this.fail('Handform erwartet');
    if (!fingers) this.fail('Fingerrichtung (hamextfinger…) erwartet');
    if (!palm) this.fail('Handflächenorientierung (hampalm…) erwartet');
    return { handshape, fingers, palm };
  }

  /** A location: optional side bars, the body part, optional distance. Undefined when none follows. */
  private location(): SignLocation | undefined {
    const start = this.i;
    let side: SignLocation['side'] = 'centre';
    if (this.peek() === 'hamlrat' && this.isSite(1)) {
      this.take();
      side = 'nondominant';
    }
    if (!this.isSite()) {
      this.i = start;
      return undefined;
    }
    let site: SignLocation['site'] | undefined;
    let heightSymbol: string | undefined;
    if (this.peek() === 'hamlrbeside') {
      this.take();
      this.take('hambelowstomach');
      site = 'hip';
    } else if (this.takeIf('hamneutralspace')) {
      heightSymbol = HEIGHT_SYMBOLS.chest;
    } else {
      const symbol = this.take();
      heightSymbol = symbol;
      site = SITE_BY_SYMBOL.get(symbol);
    }
    if (this.takeIf('hamlrat')) side = 'dominant';
    let distance: SignLocation['distance'] = 'medium';
    const d = this.peek();
    const byDistance = (Object.entries(DISTANCE_SYMBOLS) as [SignLocation['distance'], string][]).find(
      ([, s]) => s === d,
    );
    if (byDistance) {
      this.take();
      distance = byDistance[0];
    }
    const height = (Object.entries(HEIGHT_SYMBOLS) as [NonNullable<SignLocation['height']>, string][]).find(
      ([, s]) => s === heightSymbol,
    )?.[0];
    // In front of the head, shoulders, chest or stomach without contact: the signing space at that height.
    if (height && distance !== 'contact' && distance !== 'close') return { site: 'neutral', side, distance, height };
    if (!site)
      site = heightSymbol === 'hamhead' ? 'forehead' : heightSymbol === 'hamshoulders' ? 'shoulder' : undefined;
    if (!site) return this.fail('Ort erwartet', this.tokens[start]);
    return { site, side, distance };
  }

  private isSite(offset = 0): boolean {
    const s = this.peek(offset);
    return (
      s !== undefined &&
      (SITE_BY_SYMBOL.has(s) ||
        Object.values(HEIGHT_SYMBOLS).includes(s as never) ||
        s === 'hamlrbeside' ||
        s === 'hamneutralspace')
    );
  }

  private movement(): { movement: SignMovement; alternating: boolean } {
    let type: SignMovement['type'] = 'hold';
    let direction: string | undefined;
    let plane: SignMovement['plane'];
    let size: SignMovement['size'] = 'medium';
    let repeat = 1;
    let alternating = false;
    let end: SignLocation | undefined;
    for (;;) {
      const s = this.peek();
      if (s === undefined || s === 'hamreplace') break;
      if (/^hammove(u|d|l|r|o|i)+$/.test(s)) {
        const groups = [this.take().slice('hammove'.length)];
        if (this.takeIf('hambetween')) groups.push(this.take().slice('hammove'.length));
        direction = lettersDirection(groups);
        if (type === 'hold') type = 'directed';
      } else if (s.startsWith('hamarc') && [...Object.values(ARC_PLANES), ARC_WITHOUT_PLANE].includes(s as never)) {
        this.take();
        type = 'arc';
        plane = (Object.entries(ARC_PLANES) as [SignMovement['plane'], string][]).find(([, v]) => v === s)?.[0];
      } else if ([...Object.values(CIRCLE_PLANES), CIRCLE_WITHOUT_PLANE].includes(s as never)) {
        this.take();
        type = 'circle';
        plane = (Object.entries(CIRCLE_PLANES) as [SignMovement['plane'], string][]).find(([, v]) => v === s)?.[0];
      } else if (Object.values(MOVEMENT_SYMBOLS).includes(s as never)) {
        this.take();
        type = (Object.entries(MOVEMENT_SYMBOLS) as [SignMovement['type'], string][]).find(([, v]) => v === s)![0];
      } else if (s === 'hamsmallmod' || s === 'hamlargemod') {
        this.take();
        size = s === 'hamsmallmod' ? 'small' : 'large';
      } else if (s === 'hamrepeatcontinue' || s === 'hamrepeatcontinueseveral') {
        this.take();
        // A straight movement made again from where it ended: our short repeated movement.
        if (type === 'directed' || type === 'hold') type = 'repeat';
        repeat = repeat === 1 ? (s === 'hamrepeatcontinue' ? 2 : 3) : Math.min(4, repeat + 1);
      } else if (s === 'hamrepeatfromstart' || s === 'hamrepeatfromstartseveral') {
        this.take();
        repeat = repeat === 1 ? (s === 'hamrepeatfromstart' ? 2 : 3) : Math.min(4, repeat + 1);
      } else if (s === 'hamalternatingmotion') {
        this.take();
        alternating = true;
      } else if (s === 'hamnomotion') {
        this.take();
      } else if (this.isSite() || (s === 'hamlrat' && this.isSite(1))) {
        end = this.location();
      } else if (HAMNOSYS_SYMBOLS.has(s)) {
        this.unsupported();
      } else {
        break;
      }
    }
    if (type === 'hold' && !end) {
      return { movement: { type: 'hold', size: 'small', repeat: 1 }, alternating };
    }
    return {
      movement: {
        type,
        ...(direction && type !== 'circle' ? { direction } : {}),
        size,
        repeat,
        ...(plane && (type === 'arc' || type === 'circle') ? { plane } : {}),
        ...(end ? { end } : {}),
      },
      alternating,
    };
  }
}

const SITE_BY_SYMBOL = new Map(
  (Object.entries(SITE_SYMBOLS) as [SignLocation['site'], readonly string[]][])
    .filter(([, symbols]) => symbols.length === 1)
    .map(([site, symbols]) => [symbols[0]!, site] as const),
);

const mirrorDirection = (d: string) => d.replace(/left|right/g, (s) => (s === 'left' ? 'right' : 'left'));
/** The second hand of `hamsymmpar`: the same orientation, on the other side. */
function parallelHand(h: HandConfiguration): HandConfiguration {
  const side =
    h.location.side === 'dominant' ? 'nondominant' : h.location.side === 'nondominant' ? 'dominant' : 'centre';
  return { ...h, location: { ...h.location, side } };
}
function mirrorHand(h: HandConfiguration): HandConfiguration {
  const side =
    h.location.side === 'dominant' ? 'nondominant' : h.location.side === 'nondominant' ? 'dominant' : 'centre';
  return {
    ...h,
    palm: mirrorDirection(h.palm),
    fingers: mirrorDirection(h.fingers),
    location: { ...h.location, side },
  };
}

/** An upper-case gloss id from a SiGML gloss (`haus` → HAUS, `bank(geld)` → BANK-GELD). */
export function glossId(gloss: string): string {
  const id = gloss
    .normalize('NFC')
    .toLocaleUpperCase('de-DE')
    .replace(/ß/g, 'SS')
    .replace(/[^A-ZÄÖÜ0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return GLOSS_ID.test(id) ? id : `X-${id || 'GEBAERDE'}`;
}

/** One `hns_sign` element as a draft entry. */
function readSign(node: XmlNode, index: number, source: SigmlSource): SignEntry {
  const gloss = node[':@']?.gloss?.trim();
  const label = gloss || `#${index + 1}`;
  const parts = elements(childrenOf(node));
  const manualNode = parts.find((p) => tagOf(p) === 'hamnosys_manual');
  if (!manualNode) {
    throw new SigmlError('INVALID_SIGN', `Gebärde ${label}: hamnosys_manual fehlt.`, { sign: label });
  }
  const tokens = elements(childrenOf(manualNode)).map((n, i) => ({ symbol: tagOf(n)!, position: i + 1 }));
  for (const t of tokens) {
    if (!HAMNOSYS_SYMBOLS.has(t.symbol)) {
      throw new SigmlError(
        'UNKNOWN_SYMBOL',
        `Gebärde ${label}: „${t.symbol}“ an Stelle ${t.position} ist kein HamNoSys-Symbol.`,
        { sign: label, symbol: t.symbol, position: t.position },
      );
    }
  }
  const segments = new ManualReader(tokens, label).read();

  let mouthing: string | undefined;
  const nonManuals: NonManualType[] = [];
  const nonManualNode = parts.find((p) => tagOf(p) === 'hamnosys_nonmanual');
  for (const n of elements(nonManualNode ? childrenOf(nonManualNode) : [])) {
    const tag = tagOf(n)!;
    const attrs = n[':@'] ?? {};
    if (tag === 'hnm_mouthpicture' && attrs.picture) mouthing = attrs.picture;
    const feature = (Object.entries(NON_MANUAL_TAGS) as [NonManualType, readonly string[]][]).find(
      ([, [element, value]]) => element === tag && value === attrs.tag,
    );
    if (feature && !nonManuals.includes(feature[0])) nonManuals.push(feature[0]);
  }

  const id = glossId(gloss ?? `GEBAERDE-${index + 1}`);
  const lemma =
    mouthing ?? (gloss ? gloss.charAt(0).toLocaleUpperCase('de-DE') + gloss.slice(1).toLocaleLowerCase('de-DE') : id);
  const form =
    segments.length === 1
      ? {
          hands: segments[0]!.hands,
          dominant: segments[0]!.dominant,
          ...(segments[0]!.nondominant ? { nondominant: segments[0]!.nondominant } : {}),
          movement: segments[0]!.movement,
        }
      : { segments };
  return SignEntrySchema.parse({
    id,
    lemmas: [{ lemma }],
    ...form,
    ...(mouthing ? { mouthing } : {}),
    nonManuals,
    duration: Math.min(0.8, 0.3 + 0.3 * segments.length),
    source: {
      kind: 'import',
      by: source.by ?? 'SiGML-Import',
      reference: source.reference,
    },
    review: { status: 'draft' },
    notes: `Aus SiGML übernommen (${source.reference}, Gebärde ${label}); von Gebärdensprachkompetenten zu prüfen.`,
  });
}

/**
 * Reads a SiGML document (`<sigml><hns_sign gloss="…">…</hns_sign>…</sigml>`) into draft entries, in order.
 * Throws SigmlError: malformed XML, entities, no signs, a symbol that is no HamNoSys or that the lexicon
 * cannot express (with the sign, the symbol and its position).
 */
export function readSigml(xml: string, source: SigmlSource): SignEntry[] {
  const root = elements(parseXml(xml));
  const sigml = root.find((n) => tagOf(n) === 'sigml');
  if (!sigml) throw new SigmlError('NO_SIGNS', 'Das Dokument hat kein <sigml>-Element.');
  const children = elements(childrenOf(sigml));
  const gestural = children.find((n) => tagOf(n) === 'hamgestural_sign');
  if (gestural) {
    const gloss = gestural[':@']?.gloss;
    throw new SigmlError(
      'UNSUPPORTED_SYMBOL',
      `Gestural SiGML (hamgestural_sign${gloss ? ` ${gloss}` : ''}) wird nicht gelesen.`,
      {
        ...(gloss ? { sign: gloss } : {}),
        symbol: 'hamgestural_sign',
      },
    );
  }
  const signs = children.filter((n) => tagOf(n) === 'hns_sign');
  if (signs.length === 0) throw new SigmlError('NO_SIGNS', 'Das Dokument enthält keine Gebärde (hns_sign).');
  return signs.map((node, i) => readSign(node, i, source));
}
