// German numerals written as words → their value (`drei` → 3, `einundzwanzig` → 21, `zweihundert` → 200).

const UNITS: Readonly<Record<string, number>> = {
  null: 0,
  ein: 1,
  eins: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  sechzehn: 16,
  siebzehn: 17,
};
const TENS: Readonly<Record<string, number>> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

/** 0–99. */
function belowHundred(w: string): number | undefined {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  if (w.endsWith('zehn')) {
    const unit = UNITS[w.slice(0, -4)];
    if (unit !== undefined && unit >= 3 && unit <= 9) return 10 + unit;
  }
  const und = w.indexOf('und');
  if (und > 0) {
    const unit = UNITS[w.slice(0, und)];
    const tens = TENS[w.slice(und + 3)];
    if (unit !== undefined && unit >= 1 && unit <= 9 && tens !== undefined) return tens + unit;
  }
  return undefined;
}

/** 0–999. */
function belowThousand(w: string): number | undefined {
  const h = w.indexOf('hundert');
  if (h < 0) return belowHundred(w);
  const head = w.slice(0, h);
  const tail = w.slice(h + 7);
  const hundreds = head === '' ? 1 : belowHundred(head);
  const rest = tail === '' ? 0 : belowHundred(tail.replace(/^und/, ''));
  if (hundreds === undefined || rest === undefined || hundreds < 1 || hundreds > 9) return undefined;
  return hundreds * 100 + rest;
}

/** The value of a German numeral word (up to 999 999), or undefined. */
export function parseNumberWord(word: string): number | undefined {
  const w = word.toLowerCase().normalize('NFC');
  if (!/^[a-zäöüß]+$/.test(w)) return undefined;
  const t = w.indexOf('tausend');
  if (t < 0) return belowThousand(w);
  const head = w.slice(0, t);
  const tail = w.slice(t + 7);
  const thousands = head === '' ? 1 : belowThousand(head);
  const rest = tail === '' ? 0 : belowThousand(tail.replace(/^und/, ''));
  if (thousands === undefined || rest === undefined || thousands < 1) return undefined;
  return thousands * 1000 + rest;
}
