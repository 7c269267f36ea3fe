import type { LsRule, RuleHit } from '../types.js';

const SINGLE: Readonly<Record<string, { message: string; suggestion: string }>> = {
  '§': { message: 'Das Zeichen § kennen viele Menschen nicht.', suggestion: 'Schreiben Sie: Paragraf' },
  '%': { message: 'Das Zeichen % kennen viele Menschen nicht.', suggestion: 'Schreiben Sie: Prozent' },
  '&': { message: 'Das Zeichen & ist schwer.', suggestion: 'Schreiben Sie: und' },
  '/': {
    message: 'Der Schräg-Strich ist schwer. Was ist gemeint: „und“ oder „oder“?',
    suggestion: 'Schreiben Sie: und oder oder',
  },
  ';': { message: 'Das Semikolon ist schwer.', suggestion: 'Machen Sie einen Punkt. Beginnen Sie einen neuen Satz.' },
  '…': { message: 'Die 3 Punkte sind schwer. Was fehlt hier?', suggestion: 'Schreiben Sie den Satz zu Ende.' },
  '€': { message: 'Das Zeichen € ist schwer.', suggestion: 'Schreiben Sie: Euro' },
};
const OPEN_QUOTES = new Set(['„', '“', '"', '«', '»', '‚', '‘', '‹', '›']);
const CLOSE_QUOTE: Readonly<Record<string, string>> = {
  '„': '“',
  '“': '”',
  '"': '"',
  '«': '»',
  '»': '«',
  '‚': '‘',
  '‹': '›',
  '›': '‹',
};

export const specialCharacters: LsRule = {
  id: 'special-characters',
  title: 'Keine Sonder-Zeichen',
  severity: { din: 'warning', netzwerk: 'warning' },
  description:
    'Sonder-Zeichen wie § % & / ; Klammern, Anführungs-Zeichen und 3 Punkte sind schwer. ' +
    'Schreiben Sie Wörter statt Zeichen.',
  source: 'Netzwerk Leichte Sprache',
  check({ doc }) {
    const hits: RuleHit[] = [];
    const text = doc.text;
    for (const s of doc.sentences) {
      const t = s.tokens;
      for (let i = 0; i < t.length; i++) {
        const tok = t[i]!;
        if (tok.kind === 'url' || tok.kind === 'email' || tok.kind === 'phone') continue;
        // reference and case numbers (`32-1234/2025`) keep their slash
        if (tok.kind === 'number' && /\//.test(tok.text)) continue;
        if (tok.text === '(') {
          const close = t.findIndex((x, k) => k > i && x.text === ')');
          hits.push({
            start: tok.start,
            end: close >= 0 ? t[close]!.end : tok.end,
            message: 'Text in Klammern wird leicht überlesen.',
            suggestion: 'Schreiben Sie den Text aus der Klammer in einen eigenen Satz.',
          });
          continue;
        }
        if (tok.kind === 'punct' && OPEN_QUOTES.has(tok.text)) {
          const closer = CLOSE_QUOTE[tok.text];
          const close = t.findIndex(
            (x, k) =>
              k > i &&
              x.kind === 'punct' &&
              (x.text === closer ||
                x.text === '"' ||
                x.text === '“' ||
                x.text === '”' ||
                x.text === '«' ||
                x.text === '»'),
          );
          hits.push({
            start: tok.start,
            end: close >= 0 ? t[close]!.end : tok.end,
            message: 'Anführungs-Zeichen sind schwer.',
            suggestion: 'Lassen Sie die Anführungs-Zeichen weg. Oder schreiben Sie: Das Wort heißt …',
          });
          if (close >= 0) i = close;
          continue;
        }
        if (tok.text === ')') continue;
        if (tok.text === '...' || tok.norm === '...') {
          hits.push({ start: tok.start, end: tok.end, ...SINGLE['…']! });
          continue;
        }
        for (let k = tok.start; k < tok.end; k++) {
          const found = SINGLE[text[k]!];
          if (found) hits.push({ start: k, end: k + 1, ...found });
        }
      }
    }
    return hits;
  },
};
