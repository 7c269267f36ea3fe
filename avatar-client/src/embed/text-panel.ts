// A text mode (Leichte Sprache, Einfache Sprache, a language, the German original): the page's approved version
// when there is one, labelled „Von Menschen geprüft“; else, where allowed, a machine version of the page's own
// text, labelled „Maschinell erstellt, nicht geprüft“ (EU AI Act transparency). Loaded when first opened.
// Markup goes in only as DOMPurify's nodes (safe-html.ts, loaded on demand), never through innerHTML.
import { mapPlainText, mapText, type TextMap } from '../speech/text-map.js';
import { markFallbacks } from './fallbacks.js';
import type { Mode } from './modes.js';
import type { PageText } from './page-text.js';
import { publicTarget, translate, type PublicTarget } from './service.js';
import type { UiStrings } from './strings.js';

export interface TextSource {
  readonly slug: string | null;
  readonly page: PageText;
  /** Approved targets of the page's document, to find the German original on a page in another language. */
  readonly approvedTargets: readonly string[];
}

interface Shown {
  html: string | null;
  text: string;
  dir: 'ltr' | 'rtl';
  label: string;
  /** Machine sentences that stand in German because the guard refused their translation. */
  fallbacks?: readonly string[];
}

export class TextPanel {
  readonly element: HTMLElement;
  private readonly label: HTMLParagraphElement;
  private readonly status: HTMLParagraphElement;
  private readonly body: HTMLDivElement;
  /** Where the „Vorlesen“ controls go while this panel is open. */
  readonly controls: HTMLDivElement;
  private map: TextMap | null = null;
  private loading: Promise<void> | null = null;

  constructor(
    readonly mode: Mode,
    private readonly source: TextSource,
    private readonly t: UiStrings,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'panel text';
    this.label = document.createElement('p');
    this.label.className = 'label';
    this.status = document.createElement('p');
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    // A div, not a p: an HTML version brings its own paragraphs, lists and headings.
    this.body = document.createElement('div');
    this.body.className = 'text-body';
    this.body.hidden = true;
    this.controls = document.createElement('div');
    this.element.append(this.label, this.status, this.controls, this.body);
  }

  /** What „Vorlesen“ reads in this panel, once it has text. */
  readSource(): { map: TextMap; lang: string } | null {
    return this.map ? { map: this.map, lang: this.mode.target! } : null;
  }

  /**
   * Loads the text when the tab opens: a machine version once; an approved one each time, so that a revoked
   * approval leaves the page at once (the browser revalidates it by its ETag, so an unchanged one costs little).
   */
  open(): Promise<void> {
    if (this.map && !this.mode.approved) return Promise.resolve();
    this.loading ??= this.load()
      .catch((err: unknown) => {
        this.status.textContent = this.t.failed((err as Error).message);
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(): Promise<void> {
    if (!this.map) this.status.textContent = this.t.loading;
    const shown = await this.fetch();
    if (typeof shown === 'string') {
      this.map = null;
      this.label.textContent = '';
      this.body.hidden = true;
      this.status.textContent = shown;
      return;
    }
    const fallbacks = shown.fallbacks ?? [];
    if (shown.html !== null) {
      const { safeFragment } = await import('./safe-html.js');
      this.body.replaceChildren(safeFragment(shown.html));
      this.body.classList.add('html');
    } else {
      this.body.classList.remove('html');
      this.body.textContent = shown.text;
    }
    const marked = fallbacks.length ? markFallbacks(this.body, fallbacks, this.t.fallbackNote) : 0;
    this.map = shown.html !== null || marked > 0 ? mapText(this.body) : mapPlainText(this.body, shown.text);
    this.body.lang = this.mode.target!;
    this.body.dir = shown.dir;
    this.label.textContent = shown.label;
    this.status.textContent = fallbacks.length ? this.t.fallbackSummary(fallbacks.length) : '';
    this.body.hidden = false;
  }

  /** The version to show, or why there is none. */
  private async fetch(): Promise<Shown | string> {
    const { slug, page } = this.source;
    const target = this.mode.target!;
    if (target === 'de') return this.original();
    if (this.mode.approved && slug) {
      const approved = await publicTarget(slug, target);
      if (approved) return { ...content(approved), dir: approved.dir, label: this.t.approvedLabel };
    }
    if (!this.mode.machine) return this.t.notApproved;
    const request = page.forTranslation();
    if (request.text === '') return this.t.noText;
    const machine = await translate(request.text, target, request.format);
    return {
      html: request.format === 'html' ? machine.text : null,
      text: machine.text,
      dir: machine.dir,
      label: this.t.machineLabel,
      fallbacks: machine.fallbacks,
    };
  }

  /** The German text the approved versions were made from, sentence by sentence, on a page in another language. */
  private async original(): Promise<Shown | string> {
    const { slug, approvedTargets } = this.source;
    for (const target of slug ? approvedTargets : []) {
      const approved = await publicTarget(slug!, target);
      if (!approved?.sentences?.length) continue;
      const text = approved.sentences.map((s) => s.source).join(' ');
      return { html: null, text, dir: 'ltr', label: this.t.sourceLabel };
    }
    return this.t.notApproved;
  }
}

function content(t: PublicTarget): { html: string | null; text: string } {
  return t.format === 'html' && typeof t.html === 'string'
    ? { html: t.html, text: t.text }
    : { html: null, text: t.text };
}
