// The committed lexicon: it validates, it is large enough, and every entry is an honest draft.
import { describe, expect, it } from '@jest/globals';
import { NUMBER_FORMS } from '@bbs/protocol';
import { createGlossIndex, MONTH_FINGERSPELLING } from '../src/index.js';
import { loadGlossDictionary } from '../src/load.js';

const lexicon = loadGlossDictionary();
const index = createGlossIndex(lexicon.signs);
const DRAFT_SOURCE = 'Projektteam (Entwurf, nicht von Gebärdensprachkompetenten geprüft)';

describe('the committed lexicon', () => {
  it('validates with zero problems', () => {
    expect(lexicon.problems).toEqual([]);
  });

  it('has at least 160 signs', () => {
    expect(lexicon.signs.length).toBeGreaterThanOrEqual(160);
  });

  it('has every sign as a draft or approved with a reviewer and a date', () => {
    for (const s of lexicon.signs) {
      if (s.review.status === 'approved') {
        expect([s.id, s.review.reviewer.length >= 2, /^\d{4}-\d{2}-\d{2}$/.test(s.review.date)]).toEqual([
          s.id,
          true,
          true,
        ]);
      } else {
        expect([s.id, s.review.status]).toEqual([s.id, 'draft']);
      }
    }
  });

  it('marks the project drafts as unverified, and imported drafts with the file they came from', () => {
    for (const s of lexicon.signs.filter((e) => e.review.status === 'draft')) {
      if (s.source.kind === 'import') expect([s.id, s.source.reference]).toEqual([s.id, expect.stringMatching(/\S/)]);
      else expect([s.id, s.source.kind, s.source.by]).toEqual([s.id, 'project', DRAFT_SOURCE]);
    }
  });

  it('gives nominal durations of 0.4–0.8 s', () => {
    const outside = lexicon.signs.filter((s) => s.duration < 0.4 || s.duration > 0.8).map((s) => s.id);
    expect(outside).toEqual([]);
  });

  it('says in the notes when a form is uncertain or simplified', () => {
    const withoutNotes = lexicon.signs.filter((s) => !s.notes).map((s) => s.id);
    expect(withoutNotes).toEqual([]);
  });

  it('covers the core vocabulary of municipal texts', () => {
    const lemmas = [
      'ich', 'du', 'Sie', 'wir', 'mein', 'unser', 'was', 'wer', 'wann', 'wo', 'wie', 'warum', 'nicht', 'kein',
      'ja', 'nein', 'bitte', 'danke', 'können', 'müssen', 'brauchen', 'haben', 'geben', 'bekommen', 'erhalten',
      'kommen', 'bringen', 'anrufen', 'schreiben', 'zahlen', 'kosten', 'warten', 'helfen', 'verstehen',
      'unterschreiben', 'ausfüllen', 'beantragen', 'anmelden', 'abmelden', 'umziehen', 'wohnen', 'buchen',
      'absagen', 'verschieben', 'abholen', 'schicken', 'prüfen', 'ändern', 'verlieren', 'finden', 'melden',
      'Termin', 'Antrag', 'Formular', 'Ausweis', 'Personalausweis', 'Reisepass', 'Foto', 'Gebühr', 'Geld',
      'Euro', 'Bürgerbüro', 'Amt', 'Stadt', 'Stadthaus', 'Rathaus', 'Münster', 'Straße', 'Wohnung', 'Nummer',
      'Telefon', 'E-Mail', 'Internet', 'online', 'Brief', 'Dokument', 'Urkunde', 'Geburt', 'heiraten', 'Kind',
      'Eltern', 'Familie', 'Name', 'Adresse', 'Auto', 'Hund', 'Steuer', 'Müll', 'Wohngeld', 'Kindergeld',
      'Elterngeld', 'Sozialhilfe', 'Schule', 'Kita', 'Bibliothek', 'gehörlos', 'Gebärdensprache', 'Dolmetscher',
      'Leichte Sprache', 'barrierefrei', 'Rollstuhl', 'Hilfe', 'Frist', 'Tag', 'Woche', 'Monat', 'Jahr', 'Uhr',
      'heute', 'morgen', 'gestern', 'jetzt', 'immer', 'Montag', 'Sonntag', 'alt', 'neu', 'gültig', 'wichtig',
      'möglich', 'gut', 'schnell', 'groß', 'klein', 'viel', 'alle', 'erste', 'letzte', 'offen', 'geschlossen',
      'frei', 'vor', 'nach', 'bis', 'mit', 'ohne', 'für', 'wenn', 'weil', 'oder', 'und', 'aber', 'Person',
      'Behörde', 'Polizei', 'Notruf', 'Feuerwehr', 'Arzt', 'Krankenhaus', 'krank', 'Hitze', 'Wasser', 'Wahl',
      'wählen', 'Stimme', 'parken', 'Ausländer', 'Aufenthalt', 'deutsch', 'Sprache', 'Land',
    ]; // prettier-ignore
    const missing = lemmas.filter((l) => index.lookup(l).length === 0);
    expect(missing).toEqual([]);
  });

  it('separates the senses of ambiguous lemmas', () => {
    const senses = (lemma: string) =>
      index
        .lookup(lemma)
        .map((e) => e.lemmas.find((l) => l.lemma === lemma)?.sense)
        .sort();
    expect(senses('Bank')).toEqual(['Geldinstitut', 'Sitzbank']);
    expect(senses('Stimme')).toEqual(['Sprechstimme', 'Wählerstimme']);
    expect(index.lookup('morgen', 'ADV')[0]!.id).toBe('MORGEN-ZEITPUNKT');
    expect(index.lookup('Morgen', 'NOUN')[0]!.id).toBe('MORGEN-TAGESZEIT');
  });

  it('has the handshape inventory: HamNoSys base forms, variants, numbers and the alphabet', () => {
    const kinds = (kind: string) => lexicon.handshapes.filter((h) => h.kind === kind).map((h) => h.id);
    expect(kinds('base')).toEqual(
      expect.arrayContaining([
        'fist',
        'flat',
        'finger-2',
        'finger-23',
        'finger-23-spread',
        'finger-234',
        'finger-2345',
      ]),
    );
    expect(kinds('base')).toEqual(expect.arrayContaining(['pinch', 'cee', 'hook', 'finger-5', 'finger-5-thumb-out']));
    expect(kinds('variant')).toEqual(
      expect.arrayContaining(['flat-thumb-across', 'flat-thumb-out', 'flat-thumb-opposed', 'flat-bent', 'flat-round']),
    );
    expect(kinds('number').sort()).toEqual(['num-1', 'num-2', 'num-3', 'num-4', 'num-5']);
    expect(kinds('alphabet')).toHaveLength(30);
    for (const h of lexicon.handshapes.filter((x) => x.kind !== 'alphabet')) {
      expect([h.id, h.source.kind, h.source.by]).toEqual([h.id, 'project', 'Projektteam (Entwurf)']);
    }
  });

  it('counts in DGS: 1 = thumb, 2 = thumb + index, 4 = four fingers without thumb, 5 = all', () => {
    const hs = (id: string) => lexicon.handshapes.find((h) => h.id === id)!.joints;
    const extended = (f: { mcp: number; pip: number }) => f.mcp + f.pip < 40;
    const thumbOut = (id: string) => hs(id).thumb.cmcSpread > 30;
    expect([thumbOut('num-1'), extended(hs('num-1').index)]).toEqual([true, false]);
    expect([thumbOut('num-2'), extended(hs('num-2').index), extended(hs('num-2').middle)]).toEqual([true, true, false]);
    expect([thumbOut('num-4'), extended(hs('num-4').index), extended(hs('num-4').pinky)]).toEqual([false, true, true]);
    expect(['index', 'middle', 'ring', 'pinky'].every((f) => extended(hs('num-5')[f as 'index']))).toBe(true);
    expect(lexicon.numbers.symbols.map((s) => s.symbol)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
  });

  it('signs 6–10 with two hands: the non-dominant five beside the dominant 1–5', () => {
    const symbol = (s: string) => lexicon.numbers.symbols.find((x) => x.symbol === s)!;
    for (let n = 1; n <= 5; n++) expect([n, symbol(String(n)).nondominant]).toEqual([n, undefined]);
    for (let n = 6; n <= 10; n++) {
      expect([n, symbol(String(n)).handshape, symbol(String(n)).nondominant?.handshape]).toEqual([
        n,
        `num-${n - 5}`,
        'num-5',
      ]);
    }
    // 11 and 12 have signs of their own: the hand of 2 and 3, moved, where 2 and 3 are held still.
    expect([symbol('11').handshape, symbol('11').movement?.type, symbol('2').movement]).toEqual([
      'num-2',
      'repeat',
      undefined,
    ]);
  });

  it('describes every number form and marks every number sign as a draft with its evidence', () => {
    expect(Object.keys(lexicon.numbers.forms ?? {}).sort()).toEqual([...NUMBER_FORMS].sort());
    const forms = Object.values(lexicon.numbers.forms ?? {});
    for (const entry of [...lexicon.numbers.symbols, ...forms]) {
      expect(entry.review).toEqual({ status: 'draft' });
      expect(entry.notes).toMatch(/gebaerdenlernen|manimundo|dsgs-handbuch/);
    }
    for (const form of forms) expect(form.movement.type).not.toBe('hold');
    expect(lexicon.numbers.source.reference).toMatch(/gebaerdenlernen\.de/);
  });

  it('spells every month abbreviation with letters of the manual alphabet', () => {
    const letters = new Set(lexicon.fingerspelling.symbols.map((s) => s.symbol));
    expect(Object.keys(MONTH_FINGERSPELLING)).toHaveLength(12);
    for (const abbreviation of Object.values(MONTH_FINGERSPELLING)) {
      expect([abbreviation, [...abbreviation].every((c) => letters.has(c))]).toEqual([abbreviation, true]);
    }
    expect(Object.keys(MONTH_FINGERSPELLING).filter((m) => index.lookup(m).length > 0)).toEqual([]);
  });
});
