// Captions are text. A WebVTT file is checked strictly before it is stored and served to city pages:
// UTF-8, the "WEBVTT" signature, a timing line for every cue, and cue text with no markup other than the
// WebVTT cue tags (b, i, u, c, v, lang, ruby, rt, timestamps). HTML-looking tags, STYLE blocks (CSS that
// could fetch images from elsewhere) and stray "<" are refused, so nothing but text and cue spans reaches
// a player, whatever a browser's WebVTT parser would make of it. Errors name a line number and a fixed
// reason, never the text.

export type VttCheck = { ok: true; cues: number; text: string } | { ok: false; line: number; reason: string };

const TIME = String.raw`(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})`;
const TIMING = new RegExp(String.raw`^${TIME}[ \t]+-->[ \t]+${TIME}((?:[ \t]+\S+)*)[ \t]*$`);
const SETTING =
  /^(vertical:(rl|lr)|line:-?\d+(\.\d+)?%?(,(start|center|end))?|position:\d+(\.\d+)?%(,(line-left|center|line-right))?|size:\d+(\.\d+)?%|align:(start|center|end|left|right)|region:[^\s-][^\s]*)$/;
const CUE_TAG =
  /^(?:(?:c|i|b|u|ruby|rt)(?:\.[A-Za-z0-9_-]+)*|(?:v|lang)(?:\.[A-Za-z0-9_-]+)*[ \t][^<>]+|\/(?:c|i|b|u|ruby|rt|v|lang)|(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})$/;

function seconds(h: string | undefined, m: string, s: string, ms: string): number {
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
}

function checkCueText(line: string): string | undefined {
  if (line.includes('-->')) return 'cue text contains "-->"';
  for (let at = line.indexOf('<'); at !== -1; at = line.indexOf('<', at + 1)) {
    const close = line.indexOf('>', at);
    if (close === -1) return 'cue text has a "<" that opens no tag';
    if (!CUE_TAG.test(line.slice(at + 1, close))) return 'cue text has a tag that is not a WebVTT cue tag';
    at = close;
  }
  return undefined;
}

/** Decodes and checks a captions file; `text` is the file as stored when it passes. */
export function checkWebVtt(bytes: Uint8Array): VttCheck {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, line: 0, reason: 'not UTF-8' };
  }
  if (text.includes('\0')) return { ok: false, line: 0, reason: 'contains a NUL character' };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return { ok: false, line: 1, reason: 'does not start with WEBVTT' };

  let i = 1;
  // The header's own lines run up to the first blank line.
  while (i < lines.length && lines[i] !== '') {
    if (lines[i]!.includes('-->')) return { ok: false, line: i + 1, reason: 'no blank line after the header' };
    i++;
  }
  let cues = 0;
  while (i < lines.length) {
    while (i < lines.length && lines[i] === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i] !== '') block.push(lines[i++]!);
    const first = block[0]!;
    if (/^NOTE(?:[ \t]|$)/.test(first)) continue;
    if (/^STYLE[ \t]*$/.test(first))
      return { ok: false, line: blockStart + 1, reason: 'STYLE blocks are not accepted' };
    if (/^REGION[ \t]*$/.test(first)) continue;
    const timingAt = first.includes('-->') ? 0 : 1;
    const timing = TIMING.exec(block[timingAt] ?? '');
    if (!timing) return { ok: false, line: blockStart + timingAt + 1, reason: 'cue without a valid timing line' };
    const [, h1, m1, s1, ms1, h2, m2, s2, ms2, settings] = timing;
    if (seconds(h2, m2!, s2!, ms2!) <= seconds(h1, m1!, s1!, ms1!)) {
      return { ok: false, line: blockStart + timingAt + 1, reason: 'cue ends before it starts' };
    }
    for (const setting of (settings ?? '').split(/[ \t]+/).filter(Boolean)) {
      if (!SETTING.test(setting)) return { ok: false, line: blockStart + timingAt + 1, reason: 'unknown cue setting' };
    }
    for (let k = timingAt + 1; k < block.length; k++) {
      const problem = checkCueText(block[k]!);
      if (problem) return { ok: false, line: blockStart + k + 1, reason: problem };
    }
    cues++;
  }
  if (cues === 0) return { ok: false, line: lines.length, reason: 'no cues' };
  return { ok: true, cues, text };
}
