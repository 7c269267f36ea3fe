/**
 * `<dgs-avatar>`: one element that gives a city page what its visitors know from read-aloud services and
 * pages with interpreter videos: tabs for DGS (an approved interpreter video, else the avatar), Leichte
 * Sprache, Einfache Sprache, „Vorlesen“ with the spoken word highlighted, and every language the service
 * offers, each named in its own language. With `document="slug"` it shows the page's approved versions,
 * labelled as checked; otherwise (and for what is not approved) it works on the page's own text by machine,
 * always labelled as such, unless `approved-only` is set. Attributes and events: docs/embed.md.
 *
 * Everything lives in a shadow root styled by one constructed stylesheet, so a page with a strict
 * Content-Security-Policy (no 'unsafe-inline') needs nothing but the service's origin for scripts, connections
 * and media. The three.js avatar and DOMPurify are separate chunks, loaded only when needed.
 */
import { readAloudControls, type ReadSource } from '../speech/controls.js';
import { Larger } from './larger.js';
import { chooseModes, parseModes, type Mode } from './modes.js';
import { pageText, type PageText } from './page-text.js';
import { approvedTargets, SERVICE_ROOT, serviceTargets } from './service.js';
import { SignPanel } from './sign-panel.js';
import { uiStrings, type UiStrings } from './strings.js';
import { styles } from './styles.js';
import { Tabs } from './tabs.js';
import { TextPanel } from './text-panel.js';

/** Dispatched on the element (bubbling, across shadow roots) when the reader opens a mode. */
export interface ModeChangeDetail {
  mode: string;
}

export class DgsAvatarElement extends HTMLElement {
  private readonly root: ShadowRoot;
  private readonly box: HTMLElement;
  private built = false;
  private readerChose = false;
  private page!: PageText;
  private t!: UiStrings;
  private tabs!: Tabs;
  private sign: SignPanel | null = null;
  private readPanel: HTMLElement | null = null;
  private readonly textPanels = new Map<string, TextPanel>();
  private readonly panels: HTMLDivElement;
  private readonly readAloud = readAloudControls(SERVICE_ROOT, () => this.readSource());

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [styles()];
    this.box = document.createElement('section');
    this.box.className = 'box';
    this.panels = document.createElement('div');
    this.root.append(this.box);
  }

  connectedCallback(): void {
    if (this.built) return;
    this.built = true;
    this.build();
  }

  disconnectedCallback(): void {
    this.readAloud.stop();
    this.sign?.unmount();
  }

  private button(label: string, onClick: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  private slug(): string | null {
    const slug = this.getAttribute('document');
    return slug && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? slug : null;
  }

  /** The tabs that need no answer from the service first (DGS, Vorlesen), then the rest once it answered. */
  private build(): void {
    this.page = pageText(this.getAttribute('for'), this.getAttribute('text'));
    this.t = uiStrings(this.page.lang);
    this.box.lang = this.t.lang;
    this.box.setAttribute('aria-label', this.t.region);
    this.tabs = new Tabs(this.t.modes, 'bbs', (mode) => this.opened(mode));
    const larger = new Larger(this.root, this.box, this.t, (label, onClick) => this.button(label, onClick));
    this.box.append(this.tabs.element, this.panels, larger.tools);
    // Once the reader picked a tab, a tab that arrives later never takes over.
    this.tabs.element.addEventListener('click', () => (this.readerChose = true));

    const offline = this.modes([], []);
    for (const mode of offline) this.addTab(mode, offline);
    this.choose(offline);
    const slug = this.slug();
    void Promise.all([serviceTargets(), slug ? approvedTargets(slug).catch(() => []) : []]).then(
      ([service, approved]) => {
        const all = this.modes(service, approved);
        for (const mode of all) if (!this.tabs.has(mode.token)) this.addTab(mode, all, approved);
        this.choose(all);
        if (all.length === 0) {
          const note = document.createElement('p');
          note.className = 'status';
          note.textContent = this.t.noModes;
          this.panels.append(note);
        }
      },
    );
  }

  private modes(service: readonly string[], approved: readonly string[]): Mode[] {
    return chooseModes(
      {
        pageLang: this.page.lang,
        serviceTargets: service,
        approvedTargets: approved,
        approvedOnly: this.hasAttribute('approved-only'),
        wanted: parseModes(this.getAttribute('modes')),
      },
      this.t,
    );
  }

  /** Opens the mode the `mode` attribute names once it is there, else the first; never against the reader. */
  private choose(modes: readonly Mode[]): void {
    if (this.readerChose) return;
    const wanted = this.getAttribute('mode')?.toLowerCase();
    const mode = modes.find((m) => m.token === wanted) ?? (this.tabs.selected ? null : modes[0]);
    if (mode) this.tabs.select(mode.token);
  }

  private addTab(mode: Mode, order: readonly Mode[], approved: readonly string[] = []): void {
    const panel = this.panel(mode, approved);
    this.panels.append(panel);
    const at = order.filter((m) => this.tabs.has(m.token) || m === mode).indexOf(mode);
    this.tabs.add({ id: mode.token, label: mode.name, lang: mode.lang, dir: mode.dir, panel }, at);
  }

  private panel(mode: Mode, approved: readonly string[]): HTMLElement {
    if (mode.kind === 'dgs') {
      this.sign = new SignPanel(
        {
          slug: this.slug(),
          machine: mode.machine,
          text: () => this.page.map().text,
        },
        this.t,
        (label, onClick) => this.button(label, onClick),
      );
      return this.sign.element;
    }
    if (mode.kind === 'read') {
      this.readPanel = document.createElement('div');
      this.readPanel.className = 'panel read';
      const intro = document.createElement('p');
      intro.className = 'intro';
      intro.textContent = this.page.element || this.page.map().text ? this.t.readIntro : this.t.noText;
      this.readPanel.append(intro);
      return this.readPanel;
    }
    const text = new TextPanel(mode, { slug: this.slug(), page: this.page, approvedTargets: approved }, this.t);
    this.textPanels.set(mode.token, text);
    return text.element;
  }

  private opened(mode: string): void {
    this.readAloud.stop();
    const text = this.textPanels.get(mode);
    if (text) {
      text.controls.append(this.readAloud.element);
      void text.open();
    } else if (mode === 'vorlesen') {
      this.readPanel?.append(this.readAloud.element);
    } else {
      this.readAloud.element.remove();
    }
    this.dispatchEvent(
      new CustomEvent<ModeChangeDetail>('modechange', { detail: { mode }, bubbles: true, composed: true }),
    );
  }

  /** What „Vorlesen“ reads: the text version on show, else the page's own text, highlighted in place. */
  private readSource(): ReadSource | null {
    const text = this.textPanels.get(this.tabs.selected ?? '');
    if (text) return text.readSource();
    return { map: this.page.map(), lang: this.page.lang };
  }
}

if (!customElements.get('dgs-avatar')) customElements.define('dgs-avatar', DgsAvatarElement);
