/**
 * The language codes of multilingual model packages, mapped to the BCP 47 tags the service lists.
 *
 * NLLB-200 names each language by its FLORES-200 code: ISO 639-3 plus an ISO 15924 script (`ukr_Cyrl`,
 * `arb_Arab`, `zho_Hant`). BCP 47 wants the shortest ISO 639 code and a script only where it is not the
 * language's usual one, so `ukr_Cyrl` is `uk`, `zho_Hant` is `zh-Hant` and `kas_Deva` is `ks-Deva`. Where
 * FLORES names one member of a macrolanguage for the standard variety (Standard Arabic `arb`, Western
 * Persian `pes`, Standard Malay `zsm`), the tag is the macrolanguage's (`ar`, `fa`, `ms`), which is what
 * people and browsers use; the other varieties keep their own codes (Egyptian Arabic `arz`), so every code
 * of a package becomes a different tag and `/v1/languages` lists each language once.
 */

// prettier-ignore
/** ISO 639-3 (and FLORES' individual-language) codes that have a shorter BCP 47 tag. */
const ISO639_1: Record<string, string> = {
  afr: 'af', aka: 'ak', amh: 'am', arb: 'ar', ara: 'ar', asm: 'as', ayr: 'ay', azj: 'az', aze: 'az',
  bak: 'ba', bam: 'bm', bel: 'be', ben: 'bn', bod: 'bo', bos: 'bs', bul: 'bg', cat: 'ca', ces: 'cs',
  cym: 'cy', dan: 'da', deu: 'de', dzo: 'dz', ell: 'el', eng: 'en', epo: 'eo', est: 'et', ekk: 'et',
  eus: 'eu', ewe: 'ee', fao: 'fo', pes: 'fa', fas: 'fa', fij: 'fj', fin: 'fi', fra: 'fr', fuv: 'ff',
  gla: 'gd', gle: 'ga', glg: 'gl', grn: 'gn', guj: 'gu', hat: 'ht', hau: 'ha', heb: 'he', hin: 'hi',
  hrv: 'hr', hun: 'hu', hye: 'hy', ibo: 'ig', ind: 'id', isl: 'is', ita: 'it', jav: 'jv', jpn: 'ja',
  kan: 'kn', kas: 'ks', kat: 'ka', kaz: 'kk', khm: 'km', kik: 'ki', kin: 'rw', kir: 'ky', kon: 'kg',
  knc: 'kr', kor: 'ko', kmr: 'ku', lao: 'lo', lvs: 'lv', lav: 'lv', lim: 'li', lin: 'ln', lit: 'lt',
  ltz: 'lb', lug: 'lg', mal: 'ml', mar: 'mr', mkd: 'mk', plt: 'mg', mlt: 'mt', khk: 'mn', mri: 'mi',
  zsm: 'ms', msa: 'ms', mya: 'my', nld: 'nl', nno: 'nn', nob: 'nb', npi: 'ne', nya: 'ny', oci: 'oc',
  gaz: 'om', ory: 'or', pan: 'pa', pol: 'pl', por: 'pt', pbt: 'ps', quy: 'qu', ron: 'ro', run: 'rn',
  rus: 'ru', sag: 'sg', san: 'sa', sin: 'si', slk: 'sk', slv: 'sl', smo: 'sm', sna: 'sn', snd: 'sd',
  som: 'so', sot: 'st', spa: 'es', als: 'sq', srd: 'sc', srp: 'sr', ssw: 'ss', sun: 'su', swe: 'sv',
  swh: 'sw', tam: 'ta', tat: 'tt', tel: 'te', tgk: 'tg', tgl: 'tl', tha: 'th', tir: 'ti', tsn: 'tn',
  tso: 'ts', tuk: 'tk', tur: 'tr', twi: 'tw', uig: 'ug', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', wol: 'wo',
  xho: 'xh', ydd: 'yi', yor: 'yo', zho: 'zh', cmn: 'zh', zul: 'zu',
};

/** M2M100 codes that are not BCP 47 tags of the language meant. */
const M2M100_TAGS: Record<string, string> = { ns: 'nso' };

/** NLLB: `ukr_Cyrl`. */
export const FLORES_CODE = /^([a-z]{3})_([A-Z][a-z]{3})$/;
/** M2M100's tokens: `__uk__` (the tokenizer's code is `uk`). */
export const M2M100_TOKEN = /^__([a-z]{2,3})__$/;

function likelyScript(language: string): string | undefined {
  try {
    return new Intl.Locale(language).maximize().script;
  } catch {
    return undefined;
  }
}

/** `ukr_Cyrl` → `uk`, `zho_Hant` → `zh-Hant`, `arz_Arab` → `arz`; undefined for anything else. */
export function floresToBcp47(code: string): string | undefined {
  const m = FLORES_CODE.exec(code);
  if (!m) return undefined;
  const language = ISO639_1[m[1]!] ?? m[1]!;
  return likelyScript(language) === m[2] ? language : `${language}-${m[2]}`;
}

export function m2m100ToBcp47(code: string): string {
  return M2M100_TAGS[code] ?? code;
}

/** The ISO 639-3 codes a BCP 47 primary language may go by in Marian's `>>xxx<<` target tokens. */
export function iso639_3For(tag: string): string[] {
  const primary = tag.split('-')[0]!;
  return Object.entries(ISO639_1)
    .filter(([, short]) => short === primary)
    .map(([long]) => long);
}

export type LanguageCodeStyle = 'nllb' | 'm2m100';

/**
 * A package's languages as BCP 47 tag → the code its tokenizer takes as `src_lang`/`tgt_lang`. Two codes
 * that would give one tag (which no real package has) keep the first, so no tag is served twice.
 */
export function packageLanguages(style: LanguageCodeStyle, codes: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const code of codes) {
    const tag = style === 'nllb' ? floresToBcp47(code) : m2m100ToBcp47(code);
    if (tag && !out.has(tag)) out.set(tag, code);
  }
  return out;
}
