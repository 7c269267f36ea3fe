// Word formation: the base words a derived German word may be signed with when it has no sign of its own.
// DGS signs many derived words with the sign of their base and lets the mouthing carry the German word
// (Beratung → BERATEN, beruflich → BERUF, Mitarbeiterin → MITARBEITER, Geflüchtete → FLÜCHTEN). This module only
// proposes bases; the lexicon decides, and only a base with a sign of the named part of speech is used, so a
// chance form (Wohnung → *wohnen is never tried before WOHNUNG itself) costs nothing.
import type { Upos } from '../types.js';
import { withoutUmlauts } from '../normalise.js';

export type Derivation =
  /** Mitarbeiterin → Mitarbeiter */
  | 'feminine'
  /** Beratung → beraten, Erlaubnis → erlauben, Suche → suchen */
  | 'verbal-noun'
  /** Berater → beraten (+ PERSON) */
  | 'agent'
  /** beruflich → Beruf, schulisch → Schule */
  | 'denominal-adjective'
  /** erreichbar → erreichen */
  | 'deverbal-adjective'
  /** geflüchtet → flüchten, folgend → folgen */
  | 'participle'
  /** a compound's modifier that is a verb stem: Warte(bereich) → warten */
  | 'verb-stem'
  /** Jugendliche → jugendlich, Geflüchtete → geflüchtet (an adjective used as a noun) */
  | 'nominalised-adjective'
  /** unvollständig → vollständig + NICHT */
  | 'negated';

export interface BaseForm {
  readonly lemma: string;
  /** The lexicon's part of speech the base must have. */
  readonly pos: 'NOUN' | 'VERB' | 'ADJ';
  /** Every step from the word to this base, in order. */
  readonly steps: readonly Derivation[];
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Words that end like a derivation and are none (`Termin` is no feminine). */
const NOT_FEMININE = new Set(['termin', 'medizin', 'benzin', 'vitamin', 'magazin', 'kamin', 'disziplin', 'urin']);

/**
 * Lexicalised derivations: formed from a base but meaning something else, so never signed with it (`Rechnung`
 * is an invoice, not RECHNEN; `Zeugnis` a certificate, not ZEUGEN; `natürlich` means „of course“, not NATUR;
 * `Stelle` an office or a job, not STELLEN).
 */
const LEXICALISED = new Set([
  'rechnung',
  'richtung',
  'sitzung',
  'bedingung',
  'zeitung',
  'stellung',
  'zeugnis',
  'ergebnis',
  'stelle',
  'folge',
  'grenze',
  'lage',
  'runde',
  'natürlich',
  'endlich',
  'freundlich',
  'eigentlich',
  'ziemlich',
  'herzlich',
  'deutlich',
  'sicherlich',
  'wesentlich',
  'ordentlich',
  'gefährlich',
  'bekannt',
  'gesamt',
  'gerecht',
]);
/** A stem this short left over is more likely a chance split than a derivation. */
const MIN_STEM = 3;

/** Noun bases of an adjective stem: as it is, with -e (schulisch → Schule), without umlaut (jährlich → Jahr). */
function nounBases(stem: string): string[] {
  const forms = [stem, `${stem}e`, withoutUmlauts(stem), `${withoutUmlauts(stem)}e`];
  return [...new Set(forms)].filter((f) => f.length >= MIN_STEM).map(capitalise);
}

/** Verb infinitives of a stem: stem+en, stem+n after -el/-er (Änderung → ändern). */
function verbInfinitives(stem: string): string[] {
  if (stem.length < MIN_STEM) return [];
  return /(el|er)$/.test(stem) ? [`${stem}n`, `${stem}en`] : [`${stem}en`];
}

function verbalNoun(lower: string): BaseForm[] {
  const out: BaseForm[] = [];
  const add = (stem: string) => {
    for (const v of verbInfinitives(stem)) out.push({ lemma: v, pos: 'VERB', steps: ['verbal-noun'] });
  };
  if (lower.endsWith('ung')) add(lower.slice(0, -3));
  else if (lower.endsWith('nis')) add(lower.slice(0, -3));
  else if (lower.endsWith('e') && !lower.endsWith('ie')) {
    // Suche → suchen, Anfrage → anfragen
    out.push(
      ...[`${lower}n`]
        .filter((v) => v.length > MIN_STEM + 2)
        .map((v) => ({ lemma: v, pos: 'VERB' as const, steps: ['verbal-noun' as const] })),
    );
  }
  return out;
}

function agent(lower: string): BaseForm[] {
  if (!lower.endsWith('er') || lower.endsWith('eier')) return [];
  const stem = lower.slice(0, -2);
  return verbInfinitives(stem).map((v) => ({ lemma: v, pos: 'VERB', steps: ['agent'] }));
}

/** An adjective's bases: the noun or verb it is made from, or, for un-, the adjective it negates. */
function adjectiveBases(lower: string, steps: readonly Derivation[]): BaseForm[] {
  const out: BaseForm[] = [];
  // Not -ig: it mostly hides a different word (zuständig is not ZUSTAND, abhängig not ABHANG).
  for (const suffix of ['lich', 'isch']) {
    if (!lower.endsWith(suffix)) continue;
    const stem = lower.slice(0, -suffix.length);
    for (const noun of nounBases(stem))
      out.push({ lemma: noun, pos: 'NOUN', steps: [...steps, 'denominal-adjective'] });
  }
  if (lower.endsWith('bar')) {
    for (const v of verbInfinitives(lower.slice(0, -3))) {
      out.push({ lemma: v, pos: 'VERB', steps: [...steps, 'deverbal-adjective'] });
    }
  }
  // ge-…-t / ge-…-et: geflüchtet → flüchten, gemeldet → melden; a particle before ge (angemeldet → anmelden).
  const participle = /^([a-zäöü]*?)ge([a-zäöü]{3,}?)e?t$/.exec(lower);
  if (participle) {
    for (const v of verbInfinitives(`${participle[1]}${participle[2]}`)) {
      out.push({ lemma: v, pos: 'VERB', steps: [...steps, 'participle'] });
    }
  }
  // Present participles: folgend → folgen, entsprechend → entsprechen.
  if (lower.endsWith('end') && lower.length >= 6) {
    out.push({ lemma: lower.slice(0, -1), pos: 'VERB', steps: [...steps, 'participle'] });
  }
  if (lower.startsWith('un') && lower.length - 2 >= 4) {
    const positive = lower.slice(2);
    out.push({ lemma: positive, pos: 'ADJ', steps: [...steps, 'negated'] });
  }
  return out;
}

/**
 * Bases to try for a word without a sign, best first. `lemma` is the analyser's lemma, `upos` its tag.
 * Nouns that are inflected adjectives (`Jugendliche`, `Geflüchteten`) are treated as the adjective.
 */
export function baseForms(lemma: string, upos: Upos): BaseForm[] {
  const lower = lemma.toLowerCase();
  if (lower.length < 4 || /[^a-zäöüß-]/.test(lower) || LEXICALISED.has(lower)) return [];
  const out: BaseForm[] = [];
  if (upos === 'NOUN') {
    if (/in(nen)?$/.test(lower) && !NOT_FEMININE.has(lower)) {
      const male = lower.replace(/in(nen)?$/, '');
      if (male.length >= MIN_STEM) {
        // Ärztin → Arzt: the feminine often umlauts the stem.
        for (const m of [...new Set([male, withoutUmlauts(male)])]) {
          out.push({ lemma: capitalise(m), pos: 'NOUN', steps: ['feminine'] });
          out.push(...agent(m).map((b) => ({ ...b, steps: ['feminine' as const, ...b.steps] })));
        }
      }
    }
    out.push(...verbalNoun(lower));
    out.push(...agent(lower));
    const adjective = /^(.{4,}?)(e|en|er|es)$/.exec(lower);
    if (adjective && /(lich|isch|ig|t|bar)$/.test(adjective[1]!) && !LEXICALISED.has(adjective[1]!)) {
      const adj = adjective[1]!;
      out.push({ lemma: adj, pos: 'ADJ', steps: ['nominalised-adjective'] });
      out.push(...adjectiveBases(adj, ['nominalised-adjective']));
    }
  } else if (upos === 'ADJ' || upos === 'ADV') {
    out.push(...adjectiveBases(lower, []));
  }
  const seen = new Set<string>();
  return out.filter((b) => {
    const key = `${b.pos}:${b.lemma.toLowerCase()}`;
    if (seen.has(key) || b.lemma.toLowerCase() === lower) return false;
    seen.add(key);
    return true;
  });
}
