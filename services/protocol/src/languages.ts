import { z } from 'zod';
import { languageNames, textDirection } from './language-names.js';

/** BCP 47 tags the platform knows of. Only those with a working engine are ever listed as available. */
export const SOURCE_LANGUAGE = 'de';
export const LEICHTE_SPRACHE = 'de-x-ls';
/** Einfache Sprache: plain German at about B1, between standard German and Leichte Sprache. */
export const EINFACHE_SPRACHE = 'de-x-einfach';
export const DGS = 'gsg';

export interface LanguageInfo {
  code: string;
  /** The language's name in German, for city staff and citizens. */
  name: string;
  /** The language's name in itself. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const knownLanguages: readonly LanguageInfo[] = [
  { code: 'de', name: 'Deutsch', nativeName: 'Deutsch', dir: 'ltr' },
  { code: LEICHTE_SPRACHE, name: 'Leichte Sprache', nativeName: 'Leichte Sprache', dir: 'ltr' },
  { code: EINFACHE_SPRACHE, name: 'Einfache Sprache', nativeName: 'Einfache Sprache', dir: 'ltr' },
  { code: DGS, name: 'Deutsche Gebärdensprache (Glossen)', nativeName: 'DGS', dir: 'ltr' },
  { code: 'en', name: 'Englisch', nativeName: 'English', dir: 'ltr' },
  { code: 'tr', name: 'Türkisch', nativeName: 'Türkçe', dir: 'ltr' },
  { code: 'ar', name: 'Arabisch', nativeName: 'العربية', dir: 'rtl' },
  { code: 'uk', name: 'Ukrainisch', nativeName: 'Українська', dir: 'ltr' },
  { code: 'ru', name: 'Russisch', nativeName: 'Русский', dir: 'ltr' },
  { code: 'pl', name: 'Polnisch', nativeName: 'Polski', dir: 'ltr' },
  { code: 'fa', name: 'Persisch', nativeName: 'فارسی', dir: 'rtl' },
  { code: 'fr', name: 'Französisch', nativeName: 'Français', dir: 'ltr' },
  { code: 'es', name: 'Spanisch', nativeName: 'Español', dir: 'ltr' },
  { code: 'it', name: 'Italienisch', nativeName: 'Italiano', dir: 'ltr' },
  { code: 'ro', name: 'Rumänisch', nativeName: 'Română', dir: 'ltr' },
  { code: 'bg', name: 'Bulgarisch', nativeName: 'Български', dir: 'ltr' },
  { code: 'ku', name: 'Kurdisch', nativeName: 'Kurdî', dir: 'ltr' },
  { code: 'ti', name: 'Tigrinya', nativeName: 'ትግርኛ', dir: 'ltr' },
  { code: 'prs', name: 'Dari', nativeName: 'دری', dir: 'rtl' },
  { code: 'ps', name: 'Paschtu', nativeName: 'پښتو', dir: 'rtl' },
];

/** Any other tag is named and directed from the runtime's Unicode data (`he` → Hebräisch, עברית, rtl). */
export function languageInfo(code: string): LanguageInfo {
  const known = knownLanguages.find((l) => l.code === code);
  if (known) return known;
  return { code, ...languageNames(code), dir: textDirection(code) };
}

/** A BCP 47 tag, loosely: letters and digits in subtags of up to 8, joined by hyphens. */
export const LanguageTagSchema = z
  .string()
  .min(2)
  .max(35)
  .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'not a BCP 47 language tag')
  .meta({ description: 'BCP 47 language tag, e.g. `en`, `de-x-ls` (Leichte Sprache) or `gsg` (DGS glosses).' });
