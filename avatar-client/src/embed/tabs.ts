// A tab list after the WAI-ARIA Authoring Practices ("Tabs with Manual Activation"): one tab stop (roving
// tabindex), arrow keys, Home and End move between the tabs, Enter or Space (or a click) opens one. Manual,
// because opening a tab may load a translation or the avatar: moving along the tabs must not start that.

export interface TabSpec {
  readonly id: string;
  readonly label: string;
  /** The label's own language and direction, when it is not the interface's (`English`, `العربية`). */
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly panel: HTMLElement;
}

export class Tabs {
  readonly element: HTMLDivElement;
  private readonly tabs: HTMLButtonElement[] = [];
  private readonly panels = new Map<HTMLButtonElement, HTMLElement>();
  private selectedTab: HTMLButtonElement | null = null;

  constructor(
    label: string,
    private readonly idPrefix: string,
    private readonly onSelect: (id: string) => void,
  ) {
    this.element = document.createElement('div');
    this.element.setAttribute('role', 'tablist');
    this.element.setAttribute('aria-label', label);
    this.element.addEventListener('keydown', (e) => this.key(e));
  }

  get selected(): string | null {
    return this.selectedTab?.dataset.mode ?? null;
  }

  has(id: string): boolean {
    return this.tabs.some((t) => t.dataset.mode === id);
  }

  /** Adds a tab at position `at` (the end by default), its panel hidden until the tab is opened. */
  add(spec: TabSpec, at = this.tabs.length): void {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = `${this.idPrefix}-tab-${spec.id}`;
    tab.dataset.mode = spec.id;
    tab.textContent = spec.label;
    if (spec.lang) tab.lang = spec.lang;
    if (spec.dir) tab.dir = spec.dir;
    tab.tabIndex = -1;
    tab.setAttribute('aria-selected', 'false');
    spec.panel.setAttribute('role', 'tabpanel');
    spec.panel.id = `${this.idPrefix}-panel-${spec.id}`;
    spec.panel.setAttribute('aria-labelledby', tab.id);
    spec.panel.tabIndex = 0;
    spec.panel.hidden = true;
    tab.setAttribute('aria-controls', spec.panel.id);
    tab.addEventListener('click', () => this.select(spec.id));
    this.element.insertBefore(tab, this.tabs[at] ?? null);
    this.tabs.splice(at, 0, tab);
    this.panels.set(tab, spec.panel);
    // Until one is chosen, the first tab is the list's tab stop.
    if (!this.selectedTab) for (const t of this.tabs) t.tabIndex = t === this.tabs[0] ? 0 : -1;
  }

  /** Opens the tab of `id` (and its panel); the tab gets focus when `focus` is set. */
  select(id: string, focus = false): void {
    const tab = this.tabs.find((t) => t.dataset.mode === id);
    if (!tab) return;
    for (const t of this.tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      this.panels.get(t)!.hidden = !on;
    }
    if (focus) tab.focus();
    if (this.selectedTab === tab) return;
    this.selectedTab = tab;
    this.onSelect(id);
  }

  private key(e: KeyboardEvent): void {
    const at = this.tabs.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    const last = this.tabs.length - 1;
    // The list is laid out left to right in the German interface, whatever the labels' own direction.
    const next: Record<string, number> = {
      ArrowRight: at === last ? 0 : at + 1,
      ArrowDown: at === last ? 0 : at + 1,
      ArrowLeft: at === 0 ? last : at - 1,
      ArrowUp: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    };
    const to = next[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.tabs[to]!.focus();
  }
}
