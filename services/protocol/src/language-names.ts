/**
 * Names and writing direction of any BCP 47 tag, from the runtime's Unicode data (Intl), for languages the
 * platform has no entry for: a city that installs an NLLB package may serve Hebrew, Urdu or Tigrinya without a
 * code change. No zod here, so the embed can import it without the schemas (`@bbs/protocol/language-names`).
 */

/** Scripts written right to left (ISO 15924), as far as any language served here uses them. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);
/** For runtimes without likely-subtag data: primary languages usually written right to left. */
const RTL_PRIMARY = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'prs', 'yi', 'ckb', 'dv', 'sd', 'ug', 'arz', 'ary', 'apc']);

function locale(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
}

/** `ar`, `fa`, `he`, `ur`, `ks-Arab` … are `rtl`: the script the tag names, or the language's usual one. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const loc = locale(tag);
  const script = loc?.script ?? loc?.maximize().script;
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_PRIMARY.has(tag.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

function displayName(inLocale: string, tag: string): { name: string; locale: string } | undefined {
  try {
    const names = new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'none' });
    const name = names.of(tag);
    return name ? { name, locale: names.resolvedOptions().locale } : undefined;
  } catch {
    return undefined;
  }
}

/** The start of a name in a menu, as the language writes it (`українська` → `Українська`). */
function capitalise(name: string, tag: string): string {
  const [first = '', ...rest] = [...name];
  try {
    return first.toLocaleUpperCase(tag) + rest.join('');
  } catch {
    return first.toUpperCase() + rest.join('');
  }
}

/** The language's name in German and in itself; the tag itself where the runtime has no name. */
export function languageNames(tag: string): { name: string; nativeName: string } {
  const german = displayName('de', tag)?.name ?? tag;
  const own = displayName(tag, tag);
  // Without data for the language, Intl answers in the default locale (English): that is not its own name.
  let canonical: string | undefined;
  try {
    canonical = locale(Intl.getCanonicalLocales(tag)[0] ?? tag)?.language;
  } catch {
    canonical = undefined;
  }
  const native = own && locale(own.locale)?.language === canonical ? capitalise(own.name, tag) : tag;
  return { name: german, nativeName: native };
}
