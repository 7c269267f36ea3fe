import { languageNames, textDirection } from '@bbs/protocol/language-names';

/** Every approved version except the signing (shown by the avatar) and the German source is offered as text. */
export function isTextTarget(target: string): boolean {
  return target !== 'gsg' && target !== 'de';
}

/** Leichte Sprache by its German name, every other language by its own (`العربية`, `Українська`). */
export function textTargetName(target: string): string {
  return target === 'de-x-ls' ? 'Leichte Sprache' : languageNames(target).nativeName;
}

/**
 * A name in its own language is marked with that language and direction, so that a screen reader pronounces
 * „العربية“ in Arabic and it is laid out right to left inside the German page.
 */
export function markLanguage(element: HTMLElement, target: string): void {
  if (target === 'de-x-ls') return;
  element.lang = target;
  element.dir = textDirection(target);
}
