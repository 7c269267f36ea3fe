import { francAll } from 'franc-min';

/** ISO 639-3 codes franc reports → the BCP 47 tags the API uses, for the languages a city meets most. */
const ISO3_TO_BCP47: Record<string, string> = {
  deu: 'de',
  eng: 'en',
  tur: 'tr',
  arb: 'ar',
  ukr: 'uk',
  rus: 'ru',
  pol: 'pl',
  pes: 'fa',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  ron: 'ro',
  bul: 'bg',
  nld: 'nl',
  por: 'pt',
  ell: 'el',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  ces: 'cs',
  hun: 'hu',
  vie: 'vi',
  cmn: 'zh',
  kmr: 'ku',
  tir: 'ti',
  pbu: 'ps',
};

export interface Detection {
  language: string;
  /** 0..100, as LibreTranslate reports it. */
  confidence: number;
}

/** Detects the language of a text with trigram profiles (franc); best candidates first. */
export function detectLanguage(text: string, max = 3): Detection[] {
  const ranked = francAll(text, { minLength: 3 })
    .filter(([code]) => code !== 'und' && ISO3_TO_BCP47[code])
    .slice(0, max);
  return ranked.map(([code, score]) => ({
    language: ISO3_TO_BCP47[code]!,
    confidence: Math.round(score * 1000) / 10,
  }));
}
