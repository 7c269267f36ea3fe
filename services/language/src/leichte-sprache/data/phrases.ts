// Fixed phrases the checker looks for. A phrase is a run of words (each compared with the word as written
// and with its lemma, lower-case, so `unter den Armen` matches `unter der arm`) plus, optionally, a verb
// lemma that must stand in the same clause (`greifen` in „Wir greifen Ihnen unter die Arme.“). Verbs may be
// far from the phrase (verb second, verb last), the phrase itself must be contiguous.

export interface FixedPhrase {
  /** Words of the phrase, space separated, written as lemma or as the usual form. `*` matches any one word. */
  readonly words: string;
  /** Verb lemma(s) that must be in the same clause, `|` separated. */
  readonly verb?: string;
  /** A plain word or phrase to use instead. */
  readonly plain: string;
}

const p = (words: string, verb: string | undefined, plain: string): FixedPhrase => ({
  words,
  ...(verb ? { verb } : {}),
  plain,
});

/** Idioms and fixed metaphors of everyday and administrative German (Redewendungen, bildliche Sprache). */
export const IDIOMS: readonly FixedPhrase[] = [
  p('unter der arm', 'greifen', 'helfen'),
  p('auf dem laufenden', undefined, 'informiert'),
  p('in der weg', 'leiten', 'anfangen'),
  p('hand in hand', undefined, 'zusammen'),
  p('unter dach und fach', undefined, 'fertig'),
  p('ins auge', 'fassen', 'planen'),
  p('im auge', 'behalten', 'darauf achten'),
  p('auf der lang bank', 'schieben', 'später machen'),
  p('ins leere', 'laufen|gehen', 'keinen Erfolg haben'),
  p('am ball', 'bleiben', 'weitermachen'),
  p('an einem strang', 'ziehen', 'zusammen arbeiten'),
  p('unter einen hut', 'bringen|kriegen|bekommen', 'zusammen-bringen'),
  p('licht ins dunkel', 'bringen', 'erklären'),
  p('auf herz und niere', undefined, 'sehr genau'),
  p('über den tisch', 'ziehen', 'betrügen'),
  p('ins rollen', 'bringen|kommen', 'anfangen'),
  p('auf der hand', 'liegen', 'klar sein'),
  p('zum tragen', 'kommen', 'wirken'),
  p('an bedeutung', 'gewinnen', 'wichtiger werden'),
  p('auf den weg', 'bringen', 'anfangen'),
  p('in den griff', 'bekommen|kriegen', 'lösen'),
  p('ins gewicht', 'fallen', 'wichtig sein'),
  p('auf einen blick', undefined, 'kurz und knapp'),
  p('aus erster hand', undefined, 'direkt'),
  p('unter vier auge', undefined, 'allein mit einer Person'),
  p('auf eis', 'legen', 'anhalten'),
  p('der weiche', 'stellen', 'vorbereiten'),
  p('den rücken', 'stärken', 'unterstützen'),
  p('rede und antwort', 'stehen', 'Fragen beantworten'),
  p('grünes licht', 'geben|bekommen', 'erlauben'),
  p('an die hand', 'geben', 'geben'),
  p('in angriff', 'nehmen', 'anfangen'),
  p('über die bühne', 'gehen', 'stattfinden'),
  p('auf dem spiel', 'stehen', 'in Gefahr sein'),
  p('vor der tür', 'stehen', 'bald kommen'),
  p('aus der welt', 'schaffen', 'lösen'),
  p('unter den nägeln', 'brennen', 'dringend sein'),
  p('mit offenen armen', undefined, 'sehr gerne'),
  p('ein offenes ohr', 'haben', 'gerne zuhören'),
  p('auf augenhöhe', undefined, 'gleich-berechtigt'),
  p('ins boot', 'holen', 'beteiligen'),
  p('unter die lupe', 'nehmen', 'genau prüfen'),
  p('in der regel', undefined, 'meistens'),
  p('aus allen wolken', 'fallen', 'sehr überrascht sein'),
  p('auf dem holzweg', undefined, 'im Irrtum'),
  p('nägel mit köpfen', 'machen', 'es richtig machen'),
  p('hals über kopf', undefined, 'sehr schnell'),
  p('unter umständen', undefined, 'vielleicht'),
  p('nach wie vor', undefined, 'immer noch'),
  p('im großen und ganzen', undefined, 'insgesamt'),
  p('von a bis z', undefined, 'alles'),
  p('zu buche', 'schlagen', 'kosten'),
  p('auf nummer sicher', 'gehen', 'vorsichtig sein'),
  p('das a und o', undefined, 'das Wichtigste'),
  p('tür und tor', 'öffnen', 'leicht machen'),
  p('auf der strecke', 'bleiben', 'verloren gehen'),
  p('den faden', 'verlieren', 'nicht mehr weiter-wissen'),
  p('in den sauren apfel', 'beißen', 'etwas Unangenehmes machen'),
  p('ein auge', 'zudrücken', 'nicht so streng sein'),
  p('unter die räder', 'kommen', 'Schaden haben'),
  p('auf dem schirm', 'haben', 'daran denken'),
  p('im vorfeld', undefined, 'vorher'),
  p('im zuge', undefined, 'bei'),
  p('im rahmen', undefined, 'bei'),
  p('last but not least', undefined, 'zum Schluss'),
];

/**
 * Nominal style (Funktionsverbgefüge, Nominalstil): a noun with a light verb where one verb says it
 * (`einen Antrag stellen` → beantragen).
 */
export const NOMINAL_STYLE: readonly FixedPhrase[] = [
  p('antrag', 'stellen', 'beantragen'),
  p('zur verfügung', 'stellen', 'geben'),
  p('zur verfügung', 'stehen', 'es gibt'),
  p('in anspruch', 'nehmen', 'nutzen'),
  p('zur kenntnis', 'nehmen', 'lesen oder wissen'),
  p('in kenntnis', 'setzen', 'informieren'),
  p('entscheidung', 'treffen', 'entscheiden'),
  p('in kraft', 'treten', 'gelten ab'),
  p('bezug', 'nehmen', 'sich beziehen auf'),
  p('rücksicht', 'nehmen', 'aufpassen auf'),
  p('stellung', 'nehmen', 'sagen, was man denkt'),
  p('einsicht', 'nehmen', 'ansehen'),
  p('in empfang', 'nehmen', 'bekommen'),
  p('in betracht', 'ziehen', 'überlegen'),
  p('prüfung', 'durchführen|vornehmen', 'prüfen'),
  p('änderung', 'vornehmen|durchführen', 'ändern'),
  p('anmeldung', 'vornehmen|durchführen', 'anmelden'),
  p('auskunft', 'geben|erteilen', 'sagen oder informieren'),
  p('genehmigung', 'erteilen', 'genehmigen oder erlauben'),
  p('zahlung', 'leisten', 'bezahlen'),
  p('hilfe', 'leisten', 'helfen'),
  p('folge', 'leisten', 'befolgen'),
  p('widerspruch', 'einlegen|erheben', 'widersprechen'),
  p('beschwerde', 'einlegen|erheben', 'sich beschweren'),
  p('zur anwendung', 'kommen|gelangen', 'gelten'),
  p('anwendung', 'finden', 'gelten'),
  p('berücksichtigung', 'finden', 'beachtet werden'),
  p('zum abschluss', 'bringen', 'abschließen'),
  p('zum ausdruck', 'bringen', 'sagen'),
  p('gebrauch', 'machen', 'nutzen'),
  p('mitteilung', 'machen', 'mitteilen'),
  p('sorge', 'tragen', 'sorgen für'),
  p('unter beweis', 'stellen', 'zeigen'),
  p('in auftrag', 'geben', 'beauftragen'),
  p('zur sprache', 'bringen', 'sagen'),
];
