// SiGML / HamNoSys interchange: every lexicon entry survives export and import with its form; SiGML written
// by the team (test/fixtures/projektteam.sigml and the snippets below) reads into the expected parameters and
// together uses every symbol the lexicon maps; broken documents and unsupported symbols give errors that name
// the symbol and its place.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { formKey, resolveSegments, type SignEntry, type SignSegment } from '@bbs/protocol';
import { loadGlossDictionary } from '../src/load.js';
import {
  canonicalHandshape,
  HANDSHAPE_SYMBOLS,
  readSigml,
  SigmlError,
  signToSigml,
  writeSigml,
} from '../src/sigml/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const TEAM = readFileSync(join(here, 'fixtures', 'projektteam.sigml'), 'utf8');
const lexicon = loadGlossDictionary();
const byId = new Map(lexicon.signs.map((s) => [s.id, s] as const));
const lookup = (id: string) => byId.get(id);

const sigml = (manual: string, nonManual = '', gloss = 'probe') =>
  `<sigml><hns_sign gloss="${gloss}"><hamnosys_nonmanual>${nonManual}</hamnosys_nonmanual><hamnosys_manual>${manual}</hamnosys_manual></hns_sign></sigml>`;
const tags = (symbols: string) =>
  symbols
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => `<${s}/>`)
    .join('');
const one = (manual: string): SignEntry => readSigml(sigml(tags(manual)), { reference: 'test' })[0]!;
const segmentsOf = (e: SignEntry) => resolveSegments(e, () => undefined);

/** The form as HamNoSys can carry it: letter and number hands are written as their nearest inventory hand. */
const canonical = (segments: readonly SignSegment[]): SignSegment[] =>
  segments.map((s) => ({
    ...s,
    dominant: { ...s.dominant, handshape: canonicalHandshape(s.dominant.handshape) },
    ...(s.nondominant
      ? { nondominant: { ...s.nondominant, handshape: canonicalHandshape(s.nondominant.handshape) } }
      : {}),
  }));

const v = (d: string): number[] =>
  ['right', 'up', 'towards'].map((p, i) => (d.includes(p) ? 1 : d.includes(['left', 'down', 'away'][i]!) ? -1 : 0));
/** A palm at right angles to the fingers; HamNoSys cannot write any other (the hand cannot make it). */
const possible = (s: SignSegment) =>
  [s.dominant, s.nondominant].every((h) => !h || v(h.palm).reduce((a, x, i) => a + x * v(h.fingers)[i]!, 0) === 0);

describe('SiGML export and import of the lexicon', () => {
  const entries = lexicon.signs.filter((e) => resolveSegments(e, lookup).every(possible));

  it('keeps the form of every entry whose hands are physically possible', () => {
    expect(entries.length).toBeGreaterThan(lexicon.signs.length * 0.95);
    const changed = entries.filter((e) => {
      const [back] = readSigml(writeSigml([e], lookup), { reference: 'rundweg.sigml' });
      const before = formKey(canonical(resolveSegments(e, lookup)), e.nonManuals);
      const after = formKey(segmentsOf(back!), back!.nonManuals);
      return before !== after || back!.id !== e.id || back!.mouthing !== (e.mouthing ?? e.lemmas[0]!.lemma);
    });
    expect(changed.map((e) => e.id)).toEqual([]);
  });

  it('keeps the exact handshapes of entries that use inventory hands only', () => {
    const exact = entries.filter((e) =>
      resolveSegments(e, lookup).every((s) =>
        [s.dominant, s.nondominant].every((h) => !h || canonicalHandshape(h.handshape) === h.handshape),
      ),
    );
    expect(exact.length).toBeGreaterThan(entries.length * 0.8);
    for (const e of exact) {
      const [back] = readSigml(signToSigml(e, lookup).replace(/^/, '<sigml>') + '</sigml>', { reference: 'x' });
      expect([e.id, formKey(segmentsOf(back!))]).toEqual([e.id, formKey(resolveSegments(e, lookup))]);
    }
  });

  it('writes the whole lexicon as one document and reads it back sign by sign, as drafts from the file', () => {
    const xml = writeSigml(entries, lookup);
    const back = readSigml(xml, { reference: 'lexikon.sigml' });
    expect(back.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(new Set(back.map((e) => JSON.stringify([e.source, e.review])))).toEqual(
      new Set([
        JSON.stringify([{ kind: 'import', by: 'SiGML-Import', reference: 'lexikon.sigml' }, { status: 'draft' }]),
      ]),
    );
  });

  it('writes handshape changes after hamreplace and compounds as the segments of their parts', () => {
    expect(signToSigml(byId.get('VERSTEHEN')!, lookup)).toContain(
      '<hamfinger2345/><hamextfingeru/><hampalmu/><hamforehead/><hamclose/><hamreplace/><hampinchall/>',
    );
    const compound = readSigml(writeSigml([byId.get('AUSLÄNDERBEHÖRDE')!], lookup), { reference: 'x' })[0]!;
    expect(compound.segments?.length).toBe(
      resolveSegments(byId.get('AUSLÄNDER')!, lookup).length + resolveSegments(byId.get('BEHÖRDE')!, lookup).length,
    );
  });
});

describe('SiGML written by the team', () => {
  const signs = new Map(readSigml(TEAM, { reference: 'projektteam.sigml' }).map((e) => [e.id, e] as const));
  const sign = (id: string) => signs.get(id)!;
  const neutral = (height: string, side = 'centre') => ({ site: 'neutral', side, distance: 'medium', height });

  it('reads one-handed signs: handshape with modifiers, orientation, location, movement and size', () => {
    expect([...signs.keys()]).toEqual([
      'PROBE-EINS', 'PROBE-ZWEI', 'PROBE-DREI', 'PROBE-VIER', 'PROBE-FUENF', 'PROBE-SECHS', 'PROBE-SIEBEN',
      'PROBE-ACHT', 'PROBE-NEUN',
    ]); // prettier-ignore
    expect(sign('PROBE-EINS')).toMatchObject({
      hands: 'one',
      dominant: { handshape: 'flat-thumb-out', fingers: 'away', palm: 'down', location: neutral('chest') },
      movement: { type: 'directed', direction: 'away', size: 'small', repeat: 1 },
      lemmas: [{ lemma: 'Probe-eins' }],
    });
    // fingers up: palm `u` faces the body, `l` the signer's left; a bar before the location is the left side.
    expect(sign('PROBE-SECHS')).toMatchObject({
      dominant: {
        handshape: 'hook',
        fingers: 'up',
        palm: 'left',
        location: { site: 'cheek', side: 'nondominant', distance: 'contact' },
      },
      movement: { type: 'twist' },
      mouthing: 'Sechs',
      nonManuals: ['headshake', 'brows-furrowed'],
    });
    // a corner direction as the middle of two (hambetween), and a bar after the location: the right side.
    expect(sign('PROBE-FUENF')).toMatchObject({
      dominant: {
        handshape: 'finger-2-thumb-out',
        fingers: 'left-away',
        palm: 'down',
        location: { ...neutral('chest', 'dominant'), distance: 'far' },
      },
      movement: { type: 'arc', direction: 'up-left-away', plane: 'vertical' },
    });
    // fingers down: palm `u` faces away; the hip is beside the lower stomach.
    expect(sign('PROBE-SIEBEN')).toMatchObject({
      dominant: {
        handshape: 'flat-bent',
        fingers: 'down',
        palm: 'away',
        location: { site: 'hip', distance: 'contact' },
      },
      movement: { type: 'nod', direction: 'down', repeat: 3 },
      nonManuals: ['nod', 'brows-raised', 'eyes-squint', 'cheeks-puffed', 'mouth-pressed', 'head-tilt'],
    });
  });

  it('reads two hands: mirrored, parallel, alternating, and a dominant hand acting on the other', () => {
    expect(sign('PROBE-VIER')).toMatchObject({
      hands: 'two-alternating',
      dominant: { handshape: 'finger-2345-bent', fingers: 'up', palm: 'away', location: neutral('shoulder') },
      nondominant: { handshape: 'finger-2345-bent', fingers: 'up', palm: 'away', location: neutral('shoulder') },
      movement: { type: 'circle', plane: 'vertical', size: 'large', repeat: 2 },
    });
    expect(sign('PROBE-DREI')).toMatchObject({
      hands: 'dominant-on-base',
      dominant: {
        handshape: 'finger-2',
        fingers: 'away',
        palm: 'down',
        location: { site: 'palm', distance: 'contact' },
      },
      nondominant: { handshape: 'flat', fingers: 'away', palm: 'up', location: neutral('stomach') },
      movement: { type: 'repeat', direction: 'right', repeat: 2 },
    });
    expect(sign('PROBE-ACHT')).toMatchObject({
      hands: 'two-symmetric',
      dominant: { handshape: 'finger-23-spread-hooked', fingers: 'away', palm: 'down', location: neutral('chest') },
      nondominant: { handshape: 'finger-23-spread-hooked', fingers: 'away', palm: 'down' },
      movement: { type: 'wiggle', repeat: 3 },
    });
  });

  it('reads hamreplace as the next segment: a partial change keeps the rest, a full hand starts afresh', () => {
    expect(sign('PROBE-ZWEI').segments).toEqual([
      { hands: 'one', dominant: { handshape: 'finger-2345', fingers: 'up', palm: 'towards', location: { site: 'forehead', side: 'centre', distance: 'close' } }, movement: { type: 'hold', size: 'small', repeat: 1 } },
      { hands: 'one', dominant: { handshape: 'pinch', fingers: 'up', palm: 'towards', location: { site: 'forehead', side: 'centre', distance: 'close' } }, movement: { type: 'directed', direction: 'towards', size: 'medium', repeat: 1 } },
    ]); // prettier-ignore
    expect(sign('PROBE-ZWEI').mouthing).toBe('Probe');
    const [first, second] = sign('PROBE-NEUN').segments!;
    expect(first).toMatchObject({
      hands: 'one',
      dominant: { handshape: 'pinch-12', fingers: 'up', palm: 'left', location: { site: 'eyes', distance: 'close' } },
      movement: { type: 'directed', direction: 'down-away', end: { site: 'chest', distance: 'contact' } },
    });
    expect(second).toMatchObject({
      hands: 'two-symmetric',
      dominant: { handshape: 'cee', fingers: 'away', palm: 'right', location: neutral('stomach') },
      nondominant: { handshape: 'cee', fingers: 'away', palm: 'left' },
      movement: { type: 'arc', direction: 'up', plane: 'horizontal' },
    });
  });

  it('reads every handshape of the table from its HamNoSys symbols', () => {
    // Written out by hand, not taken from the table, so a wrong row shows.
    const written: Record<string, string> = {
      fist: 'hamfist',
      'fist-thumb-out': 'hamfist hamthumboutmod',
      'fist-thumb-beside': 'hamfist hamthumbopenmod',
      flat: 'hamflathand',
      'flat-thumb-across': 'hamflathand hamthumbacrossmod',
      'flat-thumb-out': 'hamflathand hamthumboutmod',
      'flat-thumb-opposed': 'hamflathand hamthumbopenmod',
      'flat-bent': 'hamflathand hamfingerbendmod',
      'flat-round': 'hamflathand hamdoublebent',
      'finger-2': 'hamfinger2',
      'finger-2-bent': 'hamfinger2 hamfingerbendmod',
      hook: 'hamfinger2 hamfingerhookmod',
      'finger-2-thumb-out': 'hamfinger2 hamthumboutmod',
      'finger-5': 'hamfinger2 hampinky',
      'finger-5-thumb-out': 'hamfinger2 hampinky hamthumboutmod',
      'finger-23': 'hamfinger23',
      'finger-23-bent': 'hamfinger23 hamfingerbendmod',
      'finger-23-spread': 'hamfinger23spread',
      'finger-23-spread-hooked': 'hamfinger23spread hamfingerhookmod',
      'finger-234': 'hamfinger23spread hamringfinger',
      'finger-2345': 'hamfinger2345',
      'finger-2345-bent': 'hamfinger2345 hamfingerbendmod',
      'finger-2345-hooked': 'hamfinger2345 hamfingerhookmod',
      'finger-2345-round': 'hamfinger2345 hamdoublebent',
      pinch: 'hampinchall',
      'pinch-12': 'hampinch12',
      cee: 'hamceeall',
      'cee-12': 'hamcee12',
      'num-3': 'hamfinger23spread hamthumboutmod',
      'num-4': 'hamfinger2345 hamthumbacrossmod',
      'num-5': 'hamfinger2345 hamthumboutmod',
    };
    const read = Object.fromEntries(
      Object.entries(written).map(([id, symbols]) => [
        id,
        one(`${symbols} hamextfingero hampalmd hamchest`).dominant!.handshape,
      ]),
    );
    expect(read).toEqual(Object.fromEntries(Object.keys(written).map((id) => [id, id])));
    // The counting hands 1 and 2 are the thumb-out fist and the L hand.
    expect([canonicalHandshape('num-1'), canonicalHandshape('num-2')]).toEqual([
      'fist-thumb-out',
      'finger-2-thumb-out',
    ]);
    expect(
      HANDSHAPE_SYMBOLS.map(([id]) => id)
        .filter((id) => !(id in written))
        .sort(),
    ).toEqual(['num-1', 'num-2']);
  });

  it('reads every direction symbol and every palm symbol', () => {
    const fingers: Record<string, string> = {
      u: 'up', ur: 'up-right', r: 'right', dr: 'down-right', d: 'down', dl: 'down-left', l: 'left', ul: 'up-left',
      ol: 'left-away', o: 'away', or: 'right-away', il: 'left-towards', i: 'towards', ir: 'right-towards',
      ui: 'up-towards', di: 'down-towards', do: 'down-away', uo: 'up-away',
    }; // prettier-ignore
    for (const [letters, direction] of Object.entries(fingers)) {
      // The palm symbol `r` for fingers up or away is the signer's right; other fingers need other palms.
      const palm = letters === 'r' || letters === 'l' ? 'hampalmd' : 'hampalmr';
      const e = one(`hamfinger2 hamextfinger${letters} ${palm} hamchest hammove${letters}`);
      expect([letters, e.dominant!.fingers, e.movement!.direction]).toEqual([letters, direction, direction]);
    }
    // Fingers pointing away: the eight palm symbols are the eight directions around them.
    const palms: Record<string, string> = {
      u: 'up', ur: 'up-right', r: 'right', dr: 'down-right', d: 'down', dl: 'down-left', l: 'left', ul: 'up-left',
    }; // prettier-ignore
    for (const [letters, direction] of Object.entries(palms)) {
      expect([letters, one(`hamflathand hamextfingero hampalm${letters} hamchest`).dominant!.palm]).toEqual([
        letters,
        direction,
      ]);
    }
  });

  it('reads every location symbol, with contact and distance', () => {
    const sites: Record<string, string> = {
      hamheadtop: 'head-top', hamforehead: 'forehead', hameyebrows: 'eyebrows', hameyes: 'eyes', hamnose: 'nose',
      hamcheek: 'cheek', hamear: 'ear', hamteeth: 'mouth', hamlips: 'lips', hamchin: 'chin', hamneck: 'neck',
      hamshouldertop: 'shoulder', hamchest: 'chest', hamstomach: 'stomach', hambelowstomach: 'belly',
      hamupperarm: 'upper-arm', hamelbow: 'elbow', hamlowerarm: 'forearm', hamwristpulse: 'wrist', hampalm: 'palm',
      hamhandback: 'back-of-hand', hamfingertip: 'fingers',
    }; // prettier-ignore
    for (const [symbol, site] of Object.entries(sites)) {
      expect([symbol, one(`hamflathand hamextfingero hampalmd ${symbol} hamtouch`).dominant!.location]).toEqual([
        symbol,
        { site, side: 'centre', distance: 'contact' },
      ]);
    }
    const at = (symbols: string) => one(`hamflathand hamextfingero hampalmd ${symbols}`).dominant!.location;
    expect(at('hamhead')).toEqual(neutral('head'));
    expect(at('hamshoulders hamarmextended')).toEqual({ ...neutral('shoulder'), distance: 'far' });
    expect(at('hamforehead hamclose')).toEqual({ site: 'forehead', side: 'centre', distance: 'close' });
  });

  it('together with the lexicon export uses every symbol the mapping knows', () => {
    const used = new Set(
      [
        TEAM,
        writeSigml(
          lexicon.signs.filter((e) => resolveSegments(e, lookup).every(possible)),
          lookup,
        ),
      ].flatMap((x) => [...x.matchAll(/<(ham[a-zA-Z0-9]+)\/>/g)].map((m) => m[1]!)),
    );
    const mapped = [
      ...HANDSHAPE_SYMBOLS.flatMap(([, s]) => s),
      'hamsymmlr', 'hamsymmpar', 'hamparbegin', 'hamparend', 'hamplus', 'hamreplace', 'hambetween', 'hamlrat',
      'hamlrbeside', 'hamneutralspace', 'hamalternatingmotion', 'hamtouch', 'hamclose', 'hamarmextended',
      'hamsmallmod', 'hamlargemod', 'hamfingerplay', 'hamtwisting', 'hamnodding', 'hamrepeatfromstart',
      'hamrepeatfromstartseveral', 'hamrepeatcontinue', 'hamrepeatcontinueseveral', 'hamcircleo', 'hamcircleu',
      'hamcircler', 'hamarcu', 'hamarcl', 'hamarcr', 'hamhead', 'hamshoulders', 'hamchest', 'hamstomach',
    ]; // prettier-ignore
    expect(mapped.filter((s) => !used.has(s) && s !== 'hamringfinger')).toEqual([]);
  });
});

describe('SiGML errors', () => {
  const error = (xml: string): SigmlError => {
    try {
      readSigml(xml, { reference: 'fehler.sigml' });
    } catch (e) {
      if (e instanceof SigmlError) return e;
      throw e;
    }
    throw new Error('no error');
  };

  it('names an unknown symbol with its sign and position', () => {
    const e = error(sigml(tags('hamflathand hamextfingero hamfoo hamchest'), '', 'haus'));
    expect([e.code, e.where, e.message]).toEqual([
      'UNKNOWN_SYMBOL',
      { sign: 'haus', symbol: 'hamfoo', position: 3 },
      'Gebärde haus: „hamfoo“ an Stelle 3 ist kein HamNoSys-Symbol.',
    ]);
  });

  it('names a HamNoSys symbol the lexicon cannot express', () => {
    const e = error(sigml(tags('hamflathand hamextfingero hampalmd hamchest hammoveo hamwavy')));
    expect([e.code, e.where]).toEqual(['UNSUPPORTED_SYMBOL', { sign: 'probe', symbol: 'hamwavy', position: 6 }]);
    const shape = error(sigml(tags('hampinch12open hamextfingero hampalmd')));
    expect([shape.code, shape.where.position]).toEqual(['UNSUPPORTED_SYMBOL', 1]);
    expect(error('<sigml><hamgestural_sign gloss="x"/></sigml>').code).toBe('UNSUPPORTED_SYMBOL');
  });

  it('says what is missing in a sign', () => {
    const e = error(sigml(tags('hamflathand hamchest')));
    expect([e.code, e.message]).toEqual([
      'INVALID_SIGN',
      'Gebärde probe: Fingerrichtung (hamextfinger…) erwartet (Symbol „hamchest“ an Stelle 2).',
    ]);
    expect(error(sigml('')).code).toBe('INVALID_SIGN');
    expect(error('<sigml></sigml>').code).toBe('NO_SIGNS');
    expect(error('<andere/>').code).toBe('NO_SIGNS');
  });

  it('refuses malformed XML with its line, and entities without expanding them', () => {
    const malformed = error('<sigml>\n<hns_sign gloss="a">\n<hamnosys_manual></hns_sign></sigml>');
    expect([malformed.code, malformed.where.line]).toEqual(['MALFORMED_XML', 3]);
    const bomb = '<?xml version="1.0"?><!DOCTYPE sigml [<!ENTITY a "aaaaaaaa">]><sigml>&a;</sigml>';
    expect(error(bomb).code).toBe('ENTITIES_REFUSED');
  });
});
