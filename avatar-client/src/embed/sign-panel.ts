// The DGS mode: a human interpreter's approved video first, else the approved DGS version played by the avatar,
// else the avatar signing the page's German text by machine, visibly labelled (never with `approved-only`).
// Nothing moves until the reader asks: the avatar (three.js, a separate chunk) loads on the first click, and
// with `prefers-reduced-motion: reduce` the glosses stand as text, the avatar offered on request.
import type { Timeline } from '@bbs/protocol';
import type { MountedScene } from './scene.js';
import { publicTarget, sign, PUBLIC_DOCUMENTS } from './service.js';
import type { UiStrings } from './strings.js';
import { approvedVideo, videoPlayer } from './video.js';
import { DGS } from './modes.js';

export interface SignSource {
  readonly slug: string | null;
  /** Machine signing of the page's text is allowed (not `approved-only`, and the page is in German). */
  readonly machine: boolean;
  /** The page's German text, for machine signing. */
  text(): string;
}

interface Signing {
  timeline: Timeline;
  approved: boolean;
}

export const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export class SignPanel {
  readonly element: HTMLElement;
  private scene: MountedScene | null = null;
  private signing: Signing | null = null;
  private readonly stage: HTMLDivElement;
  private readonly placeholder: HTMLParagraphElement;
  private readonly caption: HTMLParagraphElement;
  private readonly status: HTMLParagraphElement;
  private readonly label: HTMLParagraphElement;
  private readonly showButton: HTMLButtonElement;
  private readonly avatarButton: HTMLButtonElement;
  private readonly replayButton: HTMLButtonElement;

  constructor(
    private readonly source: SignSource,
    private readonly t: UiStrings,
    button: (label: string, onClick: () => void) => HTMLButtonElement,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'panel sign';
    this.stage = document.createElement('div');
    this.stage.className = 'stage';
    this.placeholder = document.createElement('p');
    this.placeholder.className = 'placeholder';
    this.placeholder.textContent = t.signIntro;
    this.stage.append(this.placeholder);
    this.caption = document.createElement('p');
    this.caption.className = 'caption';
    this.caption.setAttribute('aria-live', 'polite');
    this.caption.textContent = '\u00a0';
    const row = document.createElement('div');
    row.className = 'row';
    this.showButton = button(t.showSigning, () => void this.show());
    this.avatarButton = button(t.showAvatarAnyway, () => void this.showAvatar());
    this.avatarButton.hidden = true;
    this.replayButton = button(t.replay, () => this.scene?.replay());
    this.replayButton.hidden = true;
    row.append(this.showButton, this.avatarButton, this.replayButton);
    this.status = document.createElement('p');
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    this.label = document.createElement('p');
    this.label.className = 'label';
    this.element.append(this.stage, this.caption, this.label, row, this.status);
  }

  /** Back to the start (the element left the page): the avatar's WebGL context is given up. */
  unmount(): void {
    if (!this.scene) return;
    this.scene.unmount();
    this.scene = null;
    this.stage.replaceChildren(this.placeholder);
    this.caption.textContent = '\u00a0';
    this.replayButton.hidden = true;
    this.showButton.hidden = false;
    this.showButton.disabled = false;
    this.status.textContent = '';
  }

  /** The approved DGS version of the page if there is one, else machine signing where allowed. */
  private async fetchSigning(): Promise<Signing | null> {
    if (this.signing) return this.signing;
    if (this.source.slug) {
      const approved = await publicTarget(this.source.slug, DGS);
      if (approved?.timeline) return (this.signing = { timeline: approved.timeline, approved: true });
    }
    if (!this.source.machine) return null;
    const text = this.source.text();
    if (text.trim() === '') throw new Error(this.t.noText);
    this.signing = { timeline: await sign(text), approved: false };
    return this.signing;
  }

  async show(): Promise<void> {
    const reduced = reducedMotion();
    this.showButton.disabled = true;
    this.status.textContent = this.t.loading;
    try {
      if (await this.showVideo(reduced)) return;
      const signing = await this.fetchSigning();
      if (!signing) {
        this.showButton.hidden = true;
        this.status.textContent = this.source.slug ? this.t.noApprovedSigning : this.t.noGermanText;
        return;
      }
      this.label.textContent = signing.approved ? this.t.approvedLabel : this.t.machineLabel;
      if (reduced) {
        const list = document.createElement('p');
        list.className = 'glosses';
        list.textContent = signing.timeline.items.map((i) => i.gloss).join(' ');
        this.stage.replaceChildren(list);
        this.showButton.hidden = true;
        this.avatarButton.hidden = false;
        this.status.textContent = this.t.glossesInstead;
      } else {
        await this.showAvatar();
      }
    } catch (err) {
      this.showButton.disabled = false;
      this.status.textContent = this.t.failed((err as Error).message);
    }
  }

  /** The page's approved interpreter video in the stage, if it has one; the avatar stays on offer if it fails. */
  private async showVideo(reduced: boolean): Promise<boolean> {
    const video = this.source.slug ? await approvedVideo(PUBLIC_DOCUMENTS, this.source.slug) : null;
    if (!video) return false;
    const onError = () => {
      this.avatarButton.hidden = false;
      this.status.textContent = this.t.videoFailed;
    };
    this.stage.replaceChildren(videoPlayer(video, { autoplay: !reduced, onError }));
    this.label.textContent = video.label;
    this.showButton.hidden = true;
    this.status.textContent = reduced ? this.t.startVideo : '';
    return true;
  }

  private async showAvatar(): Promise<void> {
    this.avatarButton.hidden = true;
    this.showButton.hidden = true;
    this.status.textContent = this.t.avatarLoading;
    try {
      const [{ mountScene }, signing] = await Promise.all([import('./scene.js'), this.fetchSigning()]);
      if (!signing) {
        this.status.textContent = this.source.slug ? this.t.noApprovedSigning : this.t.noGermanText;
        return;
      }
      // Also after a video that failed: machine signing is never shown without its label.
      this.label.textContent = signing.approved ? this.t.approvedLabel : this.t.machineLabel;
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
      this.status.textContent = this.t.avatarSigning;
    } catch (err) {
      this.avatarButton.hidden = false;
      this.status.textContent = this.t.failed((err as Error).message);
    }
  }
}
