// „Größer anzeigen“: the whole embed in a modal dialog that fills most of the screen (signing and text are
// easier to follow large), closed by the same button or Escape, focus back on the button. The box itself moves
// into the dialog and back, so a playing video, the avatar and reading aloud simply go on.
import type { UiStrings } from './strings.js';

export class Larger {
  readonly tools: HTMLDivElement;
  private readonly toggle: HTMLButtonElement;
  private dialog: HTMLDialogElement | null = null;

  constructor(
    private readonly root: ShadowRoot,
    private readonly box: HTMLElement,
    private readonly t: UiStrings,
    button: (label: string, onClick: () => void) => HTMLButtonElement,
  ) {
    this.tools = document.createElement('div');
    this.tools.className = 'tools';
    this.toggle = button(t.larger, () => (this.dialog ? this.dialog.close() : this.open()));
    this.toggle.setAttribute('aria-haspopup', 'dialog');
    this.tools.append(this.toggle);
  }

  private open(): void {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', this.t.largerView);
    dialog.lang = this.t.lang;
    this.dialog = dialog;
    this.root.append(dialog);
    dialog.append(this.box);
    dialog.addEventListener('close', () => this.closed(), { once: true });
    dialog.showModal();
    this.toggle.textContent = this.t.smaller;
    this.toggle.removeAttribute('aria-haspopup');
    this.toggle.focus();
  }

  private closed(): void {
    this.root.prepend(this.box);
    this.dialog?.remove();
    this.dialog = null;
    this.toggle.textContent = this.t.larger;
    this.toggle.setAttribute('aria-haspopup', 'dialog');
    this.toggle.focus();
  }
}
