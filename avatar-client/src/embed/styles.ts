// The embed's look, as one constructed stylesheet adopted by its shadow root: a city page with a strict
// Content-Security-Policy needs no 'unsafe-inline' for it, and the page's own styles cannot reach inside.
import { HIGHLIGHT_CSS } from '../speech/controls.js';
import { VIDEO_CSS } from './video.js';

const CSS = `
:host { display: block; max-width: 640px; font-family: system-ui, sans-serif; color: #1b1f24;
  --bbs-bg: #f7f8fa; --bbs-panel: #fff; --bbs-line: #b8c2cc; --bbs-stage: #e8edf2; --bbs-ink: #1b1f24;
  --bbs-accent: #1f4e79; --bbs-accent-ink: #fff; --bbs-focus: #1f6feb; --bbs-link: #0b57a4; }
.box { border: 1px solid var(--bbs-line); border-radius: 8px; background: var(--bbs-bg); color: var(--bbs-ink); padding: 0.5rem; }
[role=tablist] { display: flex; flex-wrap: wrap; gap: 0.25rem; min-height: 2.4rem; margin-bottom: 0.5rem; }
[role=tab] { font: inherit; padding: 0.4rem 0.7rem; border-radius: 4px; border: 1px solid #3a4b5c; background: var(--bbs-panel); color: var(--bbs-ink); cursor: pointer; }
[role=tab][aria-selected=true] { background: var(--bbs-accent); color: var(--bbs-accent-ink); border-color: var(--bbs-accent); font-weight: 700; }
[role=tabpanel]:focus-visible, [role=tab]:focus-visible, button:focus-visible, select:focus-visible {
  outline: 3px solid var(--bbs-focus); outline-offset: 2px; }
.stage { aspect-ratio: 4 / 3; width: 100%; background: var(--bbs-stage); border-radius: 4px; position: relative; overflow: hidden; }
.stage > .placeholder { position: absolute; inset: 0; display: grid; place-items: center; text-align: center; padding: 1rem; margin: 0; }
.stage > .canvas, .stage > .glosses { position: absolute; inset: 0; }
.glosses { overflow: auto; padding: 1rem; margin: 0; font-size: 1.2rem; line-height: 1.6; }
.caption { min-height: 1.6em; margin: 0.4rem 0; font-size: 1.3rem; font-weight: 700; text-align: center; }
.status { line-height: 1.5; margin: 0.4rem 0 0; }
.status:empty { display: none; }
.sign .status { min-height: 1.5em; }
.sign .status:empty { display: block; }
.label { line-height: 1.4; margin: 0.2rem 0; font-size: 0.9rem; font-weight: 600; }
.label:empty { display: none; }
.sign .label { min-height: 1.4em; }
.sign .label:empty { display: block; }
.label:not(:empty)::before { content: 'ⓘ '; }
.text-body { background: var(--bbs-panel); border: 1px solid var(--bbs-line); border-radius: 4px; padding: 0.5rem; white-space: pre-line; margin: 0.5rem 0 0; line-height: 1.6; }
.text-body.html { white-space: normal; }
.text-body.html > :first-child { margin-top: 0; }
.text-body.html > :last-child { margin-bottom: 0; }
.text-body img { max-width: 100%; height: auto; }
.text-body a { color: var(--bbs-link); }
.text-body .fallback-note { font-size: 0.85em; font-style: italic; }
.text-body h1 { font-size: 1.4em; } .text-body h2 { font-size: 1.2em; } .text-body h3, .text-body h4 { font-size: 1.05em; }
.text-body :is(h1, h2, h3, h4) { line-height: 1.3; margin: 0.8em 0 0.3em; }
.intro { margin: 0.2rem 0 0.4rem; }
.row { display: flex; min-height: 2.4rem; gap: 0.5rem; flex-wrap: wrap; }
.tools { display: flex; justify-content: flex-end; margin-top: 0.5rem; }
button { font: inherit; padding: 0.4rem 0.8rem; border-radius: 4px; border: 1px solid #3a4b5c; background: var(--bbs-panel); color: var(--bbs-ink); cursor: pointer; }
button:disabled { cursor: default; opacity: 0.6; }
[hidden] { display: none !important; }
.read-aloud { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: center; margin-top: 0.5rem; }
select { font: inherit; padding: 0.3rem; border-radius: 4px; border: 1px solid #3a4b5c; background: var(--bbs-panel); color: var(--bbs-ink); }
dialog { width: min(96vw, 1100px); max-height: 96vh; padding: 0; border: none; border-radius: 8px; background: transparent; }
dialog::backdrop { background: rgb(0 0 0 / 0.6); }
dialog .box { font-size: 1.25rem; }
dialog .stage { width: min(100%, calc(70vh * 4 / 3)); margin: 0 auto; }
@media (prefers-color-scheme: dark) {
  :host { --bbs-bg: #161b22; --bbs-panel: #0d1117; --bbs-line: #4a5561; --bbs-stage: #21262d; --bbs-ink: #e6edf3;
    --bbs-accent: #9ecbff; --bbs-accent-ink: #0d1117; --bbs-focus: #9ecbff; --bbs-link: #9ecbff; }
  button, select, [role=tab] { border-color: #8b98a5; }
}
@media (forced-colors: active) {
  [role=tab][aria-selected=true] { border: 3px solid Highlight; }
  .stage, .text-body { border: 1px solid CanvasText; }
}
${HIGHLIGHT_CSS}
${VIDEO_CSS}
`;

let sheet: CSSStyleSheet | null = null;

export function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
