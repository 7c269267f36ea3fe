import type { Timeline } from '@bbs/protocol';
import type { MountedScene } from './scene.js';
import { isTextTarget, markLanguage, textTargetName } from './languages.js';
import { HIGHLIGHT_CSS, readAloudControls, type ReadSource } from '../speech/controls.js';
import { mapPlainText, mapText, type TextMap } from '../speech/text-map.js';
import { approvedVideo, VIDEO_CSS, videoPlayer } from './video.js';

/**
 * `<dgs-avatar for="#article" document="slug" approved-only>`: a button "Gebärdensprache anzeigen" next to an
 * article; on first click it loads the three.js avatar (a separate chunk) and signs. With `document`, it plays
 * the page's approved interpreter video when there is one (video.ts), else its approved DGS version
 * (`/v1/public/documents/:slug/gsg`), and offers its other approved texts (Leichte Sprache, languages);
 * without an approved video or DGS version it signs the article's text by machine
 * (`/v1/sign`), visibly labelled as such, unless `approved-only` is set. With `prefers-reduced-motion: reduce`
 * it shows the glosses as text instead, and offers the avatar on request. The element reserves its size up
 * front, so opening it does not shift the page.
 */
// The service is at the root of the origin this script came from (also when embedded in another site's page).
const SIGN_URL = new URL(/* @vite-ignore */ '/v1/sign', import.meta.url);
const PUBLIC_URL = new URL(/* @vite-ignore */ '/v1/public/documents/', import.meta.url);
const SERVICE_ROOT = new URL(/* @vite-ignore */ '/', import.meta.url);

export const MACHINE_LABEL = 'Maschinell erstellt, nicht geprüft';
export const APPROVED_LABEL = 'Von Menschen geprüft';

const CSS = `
:host { display: block; max-width: 640px; font-family: system-ui, sans-serif; color: #1b1f24; }
.box { border: 1px solid #b8c2cc; border-radius: 8px; background: #f7f8fa; padding: 0.5rem; }
.stage { aspect-ratio: 4 / 3; width: 100%; background: #e8edf2; border-radius: 4px; position: relative; overflow: hidden; }
.stage > .placeholder { position: absolute; inset: 0; display: grid; place-items: center; text-align: center; padding: 1rem; }
.stage > .canvas, .stage > .glosses { position: absolute; inset: 0; }
.glosses { overflow: auto; padding: 1rem; margin: 0; font-size: 1.2rem; line-height: 1.6; }
.caption { min-height: 1.6em; margin: 0.4rem 0; font-size: 1.3rem; font-weight: 700; text-align: center; }
.status { min-height: 1.5em; line-height: 1.5; margin: 0.4rem 0 0; }
.label { min-height: 1.4em; line-height: 1.4; margin: 0.2rem 0; font-size: 0.9rem; }
.label:not(:empty)::before { content: 'ⓘ '; }
.texts { margin-top: 0.5rem; }
.text-panel { background: #fff; border: 1px solid #b8c2cc; border-radius: 4px; padding: 0.5rem; white-space: pre-line; margin: 0.5rem 0 0; }
.text-panel.html { white-space: normal; }
.text-panel.html > :first-child { margin-top: 0; }
.text-panel.html > :last-child { margin-bottom: 0; }
.text-panel img { max-width: 100%; height: auto; }
.row { display: flex; min-height: 2.4rem; gap: 0.5rem; flex-wrap: wrap; }
button { font: inherit; padding: 0.4rem 0.8rem; border-radius: 4px; border: 1px solid #3a4b5c; background: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #1f6feb; outline-offset: 2px; }
[hidden] { display: none !important; }
.read-aloud { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: center; margin-top: 0.5rem; }
select { font: inherit; padding: 0.3rem; border-radius: 4px; border: 1px solid #3a4b5c; background: #fff; }
select:focus-visible { outline: 3px solid #1f6feb; outline-offset: 2px; }
${HIGHLIGHT_CSS}
${VIDEO_CSS}
`;

let sheet: CSSStyleSheet | null = null;
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

interface SignResponse {
  timeline: Timeline;
}

interface Signing {
  timeline: Timeline;
  approved: boolean;
}

interface PublicTarget {
  text: string;
  dir: 'ltr' | 'rtl';
  format?: 'text' | 'html';
  html?: string;
  timeline?: Timeline;
}

export class DgsAvatarElement extends HTMLElement {
  private scene: MountedScene | null = null;
  private signing: Signing | null = null;
  private readonly root: ShadowRoot;
  private readonly stage: HTMLDivElement;
  private readonly caption: HTMLParagraphElement;
  private readonly status: HTMLParagraphElement;
  private readonly label: HTMLParagraphElement;
  private readonly texts: HTMLDivElement;
  private readonly showButton: HTMLButtonElement;
  private readonly avatarButton: HTMLButtonElement;
  private readonly replayButton: HTMLButtonElement;
  /** The approved text version on show, read aloud instead of the page when open. */
  private shownText: ReadSource | null = null;
  private readonly readAloud = readAloudControls(SERVICE_ROOT, () => this.readSource());

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [styles()];
    const box = document.createElement('section');
    box.className = 'box';
    box.setAttribute('aria-label', 'Gebärdensprache');
    box.lang = 'de';
    this.stage = document.createElement('div');
    this.stage.className = 'stage';
    const placeholder = document.createElement('p');
    placeholder.className = 'placeholder';
    placeholder.textContent = 'Dieser Text in Deutscher Gebärdensprache (DGS).';
    this.stage.append(placeholder);
    this.caption = document.createElement('p');
    this.caption.className = 'caption';
    this.caption.setAttribute('aria-live', 'polite');
    this.caption.textContent = '\u00a0';
    const row = document.createElement('div');
    row.className = 'row';
    this.showButton = this.button('Gebärdensprache anzeigen', () => void this.show());
    this.avatarButton = this.button('Avatar trotzdem zeigen', () => void this.showAvatar());
    this.avatarButton.hidden = true;
    this.replayButton = this.button('Wiederholen', () => this.scene?.replay());
    this.replayButton.hidden = true;
    row.append(this.showButton, this.avatarButton, this.replayButton);
    this.status = document.createElement('p');
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    this.label = document.createElement('p');
    this.label.className = 'label';
    this.texts = document.createElement('div');
    this.texts.className = 'texts';
    box.append(this.stage, this.caption, this.label, row, this.status, this.readAloud.element, this.texts);
    this.root.append(box);
  }

  disconnectedCallback(): void {
    this.readAloud.stop();
    this.scene?.unmount();
    this.scene = null;
  }

  private button(label: string, onClick: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  private text(): string {
    const selector = this.getAttribute('for');
    const target = selector ? document.querySelector(selector) : null;
    return (target?.textContent ?? this.getAttribute('text') ?? '').replace(/\s+/g, ' ').trim();
  }

  /** What „Vorlesen“ reads: the approved version on show, else the page's text (highlighted in place). */
  private readSource(): ReadSource | null {
    if (this.shownText) return this.shownText;
    const selector = this.getAttribute('for');
    const target = selector ? document.querySelector(selector) : null;
    const lang = (target?.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang || 'de';
    if (target) return { map: mapText(target), lang };
    const text = this.getAttribute('text');
    const unplaced: TextMap | null = text ? { text, range: () => null } : null;
    return unplaced ? { map: unplaced, lang } : null;
  }

  private slug(): string | null {
    const slug = this.getAttribute('document');
    return slug && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? slug : null;
  }

  private async publicTarget(target: string): Promise<PublicTarget | null> {
    const res = await fetch(new URL(`${this.slug()}/${target}`, PUBLIC_URL));
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as PublicTarget;
  }

  /** The approved DGS version of the page if there is one, else machine signing (unless approved-only). */
  private async fetchSigning(): Promise<Signing | null> {
    if (this.signing) return this.signing;
    if (this.slug()) {
      const approved = await this.publicTarget('gsg');
      if (approved?.timeline) return (this.signing = { timeline: approved.timeline, approved: true });
      if (this.hasAttribute('approved-only')) return null;
    }
    const res = await fetch(SIGN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: this.text().slice(0, 5000) }),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    this.signing = { timeline: ((await res.json()) as SignResponse).timeline, approved: false };
    return this.signing;
  }

  /** Buttons for the page's other approved versions (Leichte Sprache, languages), each showing its text. */
  private async offerTexts(): Promise<void> {
    if (!this.slug() || this.texts.childElementCount > 0) return;
    const res = await fetch(new URL(this.slug()!, PUBLIC_URL));
    if (!res.ok) return;
    const page = (await res.json()) as { targets: Record<string, { status: string }> };
    // A div, not a p: an HTML version brings its own paragraphs, lists and headings.
    const panel = document.createElement('div');
    panel.className = 'text-panel';
    panel.hidden = true;
    for (const [target, { status }] of Object.entries(page.targets)) {
      if (status !== 'approved' || !isTextTarget(target)) continue;
      this.texts.append(
        this.button(textTargetName(target), () => {
          void this.publicTarget(target).then(async (t) => {
            if (!t) return;
            this.readAloud.stop();
            if (t.format === 'html' && typeof t.html === 'string') {
              // Never innerHTML: the markup goes in only as DOMPurify's nodes, by the shared policy.
              const { safeFragment } = await import('./safe-html.js');
              panel.replaceChildren(safeFragment(t.html));
              panel.classList.add('html');
              this.shownText = { map: mapText(panel), lang: target };
            } else {
              this.shownText = { map: mapPlainText(panel, t.text), lang: target };
              panel.classList.remove('html');
            }
            panel.dir = t.dir;
            panel.lang = target;
            panel.hidden = false;
          });
        }),
      );
      markLanguage(this.texts.lastElementChild as HTMLElement, target);
    }
    this.texts.append(panel);
  }

  private async show(): Promise<void> {
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.showButton.disabled = true;
    this.status.textContent = 'Wird geladen …';
    try {
      void this.offerTexts().catch(() => undefined);
      if (await this.showVideo(reduced)) return;
      const signing = await this.fetchSigning();
      if (!signing) {
        this.showButton.hidden = true;
        this.status.textContent = 'Für diese Seite gibt es noch keine geprüfte Fassung in Gebärdensprache.';
        return;
      }
      this.label.textContent = signing.approved ? APPROVED_LABEL : MACHINE_LABEL;
      if (reduced) {
        const timeline = signing.timeline;
        const list = document.createElement('p');
        list.className = 'glosses';
        list.textContent = timeline.items.map((i) => i.gloss).join(' ');
        this.stage.replaceChildren(list);
        this.showButton.hidden = true;
        this.avatarButton.hidden = false;
        this.status.textContent = 'Bewegungen sind reduziert: die Gebärden stehen als Text (Glossen) da.';
      } else {
        await this.showAvatar();
      }
    } catch (err) {
      this.showButton.disabled = false;
      this.status.textContent = `Das hat nicht geklappt: ${(err as Error).message}`;
    }
  }

  /** The page's approved interpreter video in the stage, if it has one; the avatar stays on offer if it fails. */
  private async showVideo(reduced: boolean): Promise<boolean> {
    const video = this.slug() ? await approvedVideo(PUBLIC_URL, this.slug()!) : null;
    if (!video) return false;
    const onError = () => {
      this.avatarButton.hidden = false;
      this.status.textContent = 'Das Video lässt sich nicht abspielen.';
    };
    this.stage.replaceChildren(videoPlayer(video, { autoplay: !reduced, onError }));
    this.label.textContent = video.label;
    this.showButton.hidden = true;
    this.status.textContent = reduced ? 'Starten Sie das Video mit „Abspielen“.' : '';
    return true;
  }

  private async showAvatar(): Promise<void> {
    this.avatarButton.hidden = true;
    this.showButton.hidden = true;
    this.status.textContent = 'Avatar wird geladen …';
    const [{ mountScene }, signing] = await Promise.all([import('./scene.js'), this.fetchSigning()]);
    if (!signing) return;
    // Also after a video that failed: machine signing is never shown without its label.
    this.label.textContent = signing.approved ? APPROVED_LABEL : MACHINE_LABEL;
    if (!this.scene) {
      const container = document.createElement('div');
      container.className = 'canvas';
      this.stage.replaceChildren(container);
      this.scene = mountScene(container, (g) => {
        const text = g ?? '\u00a0';
        if (this.caption.textContent !== text) this.caption.textContent = text;
      });
    }
    this.scene.play(signing.timeline);
    this.replayButton.hidden = false;
    this.status.textContent = 'Der Avatar gebärdet.';
  }
}

if (!customElements.get('dgs-avatar')) customElements.define('dgs-avatar', DgsAvatarElement);
