// Which modes the embed offers on a page, and in which order: a pure decision from what the page is written
// in, what the service can make, what the city approved for this page and what the city's editor asked for.
import { languageNames, textDirection } from '@bbs/protocol/language-names';
import type { UiStrings } from './strings.js';

export const LEICHTE_SPRACHE = 'de-x-ls';
export const EINFACHE_SPRACHE = 'de-x-einfach';
export const DGS = 'gsg';

/**
 * `dgs`: the signing stage; `text`: a version of the page as text (Leichte/Einfache Sprache, a language, the
 * German original); `read`: the page's own text read aloud in place.
 */
export type ModeKind = 'dgs' | 'text' | 'read';

export interface Mode {
  /** What the city writes in `modes`/`mode`: `dgs`, `leichte-sprache`, `einfache-sprache`, `vorlesen` or a tag. */
  readonly token: string;
  readonly kind: ModeKind;
  /** The service's target of a text mode (`de-x-ls`, `en`, `de` for the original). */
  readonly target?: string;
  readonly name: string;
  /** Set on the tab when its name is in another language than the interface (`English`, `العربية`). */
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
  /** People approved this version of this page. */
  readonly approved: boolean;
  /** It may be made by machine when it is not approved (labelled so). */
  readonly machine: boolean;
}

export interface ModeInputs {
  /** The language of the page's own text (`lang` of the text, else of the page). */
  readonly pageLang: string;
  /** Targets the service translates into (`GET /v1/languages`). */
  readonly serviceTargets: readonly string[];
  /** Targets approved for the page's document (`GET /v1/public/documents/:slug`); empty without one. */
  readonly approvedTargets: readonly string[];
  readonly approvedOnly: boolean;
  /** The tokens of the `modes` attribute, or null for every mode. */
  readonly wanted: readonly string[] | null;
}

const primary = (tag: string): string => tag.toLowerCase().split('-')[0]!;

/** The service translates from German only: machine versions need a page written in German. */
export function isGerman(lang: string): boolean {
  return primary(lang) === 'de';
}

/** A target that is a language of its own (not DGS, not a German variety such as Leichte Sprache). */
function isLanguage(target: string): boolean {
  return target !== DGS && primary(target) !== 'de';
}

/** Languages by their own name, marked with their language and direction for screen readers and layout. */
function languageMode(target: string, approved: boolean, machine: boolean): Mode {
  return {
    token: target,
    kind: 'text',
    target,
    name: languageNames(target).nativeName,
    lang: target,
    dir: textDirection(target),
    approved,
    machine,
  };
}

/** The modes in the order the tabs show them: DGS, Leichte Sprache, Einfache Sprache, Vorlesen, languages. */
export function chooseModes(input: ModeInputs, t: UiStrings): Mode[] {
  const german = isGerman(input.pageLang);
  const machineAllowed = german && !input.approvedOnly;
  const approved = new Set(input.approvedTargets);
  const offered = new Set(input.serviceTargets);
  const version = (target: string): { approved: boolean; machine: boolean } | null => {
    const machine = machineAllowed && offered.has(target);
    return approved.has(target) || machine ? { approved: approved.has(target), machine } : null;
  };

  const modes: Mode[] = [
    { token: 'dgs', kind: 'dgs', name: t.dgs, approved: approved.has(DGS), machine: machineAllowed },
  ];
  for (const [target, token, name] of [
    [LEICHTE_SPRACHE, 'leichte-sprache', t.leichteSprache],
    [EINFACHE_SPRACHE, 'einfache-sprache', t.einfacheSprache],
  ] as const) {
    const v = version(target);
    if (v) modes.push({ token, kind: 'text', target, name, ...v });
  }
  modes.push({ token: 'vorlesen', kind: 'read', name: t.vorlesen, approved: false, machine: false });
  // On a page in another language, the German original the approved versions were made from.
  if (!german && approved.size > 0) {
    modes.push({ ...languageMode('de', true, false), name: t.deutsch });
  }
  const languages = [...new Set([...input.approvedTargets, ...(machineAllowed ? input.serviceTargets : [])])]
    .filter((target) => isLanguage(target) && primary(target) !== primary(input.pageLang))
    .sort();
  for (const target of languages) modes.push(languageMode(target, approved.has(target), version(target)!.machine));

  return input.wanted ? modes.filter((m) => wants(input.wanted!, m)) : modes;
}

/** `sprachen` stands for every language (the German original included); a tag for that language only. */
function wants(wanted: readonly string[], mode: Mode): boolean {
  if (wanted.includes(mode.token)) return true;
  return mode.kind === 'text' && mode.lang !== undefined && wanted.includes('sprachen');
}

/** The tokens of a `modes` attribute, or null when it names none (then every mode is offered). */
export function parseModes(attribute: string | null): string[] | null {
  const tokens = (attribute ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return tokens.length > 0 ? tokens : null;
}
