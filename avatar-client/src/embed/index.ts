import type { Timeline } from '@bbs/protocol';
import type { MountedScene } from './scene.js';

/**
 * `<dgs-avatar for="#article">`: a button "Gebärdensprache anzeigen" next to an article; on first click it
 * loads the three.js avatar (a separate chunk) and signs the article's text via the service's `/v1/sign`.
 * With `prefers-reduced-motion: reduce` it shows the glosses as text instead, and offers the avatar on request.
 * The element reserves its size up front, so opening it does not shift the page.
 */
// The service is at the root of the origin this script came from (also when embedded in another site's page).
const SIGN_URL = new URL(/* @vite-ignore */ '/v1/sign', import.meta.url);

const CSS = `
:host { display: block; max-width: 640px; font-family: system-ui, sans-serif; color: #1b1f24; }
.box { border: 1px solid #b8c2cc; border-radius: 8px; background: #f7f8fa; padding: 0.5rem; }
.stage { aspect-ratio: 4 / 3; width: 100%; background: #e8edf2; border-radius: 4px; position: relative; overflow: hidden; }
.stage > .placeholder { position: absolute; inset: 0; display: grid; place-items: center; text-align: center; padding: 1rem; }
.stage > .canvas, .stage > .glosses { position: absolute; inset: 0; }
.glosses { overflow: auto; padding: 1rem; margin: 0; font-size: 1.2rem; line-height: 1.6; }
.caption { min-height: 1.6em; margin: 0.4rem 0; font-size: 1.3rem; font-weight: 700; text-align: center; }
.status { min-height: 1.5em; line-height: 1.5; margin: 0.4rem 0 0; }
.row { display: flex; min-height: 2.4rem; gap: 0.5rem; flex-wrap: wrap; }
button { font: inherit; padding: 0.4rem 0.8rem; border-radius: 4px; border: 1px solid #3a4b5c; background: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #1f6feb; outline-offset: 2px; }
[hidden] { display: none !important; }
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

export class DgsAvatarElement extends HTMLElement {
  private scene: MountedScene | null = null;
  private timeline: Timeline | null = null;
  private readonly root: ShadowRoot;
  private readonly stage: HTMLDivElement;
  private readonly caption: HTMLParagraphElement;
  private readonly status: HTMLParagraphElement;
  private readonly showButton: HTMLButtonElement;
  private readonly avatarButton: HTMLButtonElement;
  private readonly replayButton: HTMLButtonElement;

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
    box.append(this.stage, this.caption, row, this.status);
    this.root.append(box);
  }

  disconnectedCallback(): void {
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

  private async fetchTimeline(): Promise<Timeline> {
    if (this.timeline) return this.timeline;
    const res = await fetch(SIGN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: this.text().slice(0, 5000) }),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    this.timeline = ((await res.json()) as SignResponse).timeline;
    return this.timeline;
  }

  private async show(): Promise<void> {
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.showButton.disabled = true;
    this.status.textContent = 'Wird geladen …';
    try {
      if (reduced) {
        const timeline = await this.fetchTimeline();
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

  private async showAvatar(): Promise<void> {
    this.avatarButton.hidden = true;
    this.showButton.hidden = true;
    this.status.textContent = 'Avatar wird geladen …';
    const [{ mountScene }, timeline] = await Promise.all([import('./scene.js'), this.fetchTimeline()]);
    if (!this.scene) {
      const container = document.createElement('div');
      container.className = 'canvas';
      this.stage.replaceChildren(container);
      this.scene = mountScene(container, (g) => {
        const text = g ?? '\u00a0';
        if (this.caption.textContent !== text) this.caption.textContent = text;
      });
    }
    this.scene.play(timeline);
    this.replayButton.hidden = false;
    this.status.textContent = 'Der Avatar gebärdet.';
  }
}

if (!customElements.get('dgs-avatar')) customElements.define('dgs-avatar', DgsAvatarElement);
