"""Corpus metrics with the conventions of the TypeScript evaluators in `tests/eval/`.

* `corpus_bleu`: sacreBLEU BLEU-4, tokenize 'none' (split on whitespace), one reference, 'exp' smoothing
  as `tests/eval/metrics.ts` implements it (a zero n-gram precision becomes 100 / (2^k * total)).
* `corpus_bleu_13a`: the same after sacreBLEU's 13a tokeniser (its default, used for Leichte Sprache BLEU).
* `corpus_chrf`: chrF2, character n-grams up to 6, whitespace removed, per-order F averaged.
* `corpus_sari`: EASSE `corpus_sari` default (lower-case, 13a, micro-averaged n-gram statistics, F1 for
  keep/add/delete), a port of `tests/eval/sari.ts`.

`build.py` checks these against the TypeScript implementations on the same files (`--check-metrics`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import List, Sequence, Union


def _ngrams(items: Sequence[str], n: int) -> Counter:
    return Counter(tuple(items[i:i + n]) for i in range(len(items) - n + 1))


def corpus_bleu(hypotheses: Sequence[str], references: Sequence[str], max_order: int = 4) -> dict:
    if len(hypotheses) != len(references):
        raise ValueError("hypotheses and references differ in number")
    correct = [0] * max_order
    total = [0] * max_order
    hyp_len = ref_len = 0
    for hyp, ref in zip(hypotheses, references):
        h, r = hyp.split(), ref.split()
        hyp_len += len(h)
        ref_len += len(r)
        for n in range(1, max_order + 1):
            hc, rc = _ngrams(h, n), _ngrams(r, n)
            correct[n - 1] += sum(min(c, rc.get(g, 0)) for g, c in hc.items())
            total[n - 1] += max(0, len(h) - n + 1)
    if hyp_len == 0:
        return {"score": 0.0, "precisions": [0.0] * max_order, "bp": 0.0, "hyp_len": 0, "ref_len": ref_len}
    smooth = 1.0
    precisions = []
    for c, t in zip(correct, total):
        if t == 0:
            precisions.append(0.0)
        elif c == 0:
            smooth *= 2
            precisions.append(100.0 / (smooth * t))
        else:
            precisions.append(100.0 * c / t)
    bp = math.exp(1 - ref_len / hyp_len) if hyp_len < ref_len else 1.0
    if any(p <= 0 for p in precisions):
        score = 0.0
    else:
        score = 100.0 * bp * math.exp(sum(math.log(p / 100) for p in precisions) / max_order)
    return {"score": score, "precisions": precisions, "bp": bp, "hyp_len": hyp_len, "ref_len": ref_len}


def corpus_chrf(hypotheses: Sequence[str], references: Sequence[str], order: int = 6, beta: float = 2) -> float:
    stats = [[0, 0, 0] for _ in range(order)]  # hyp, ref, match
    for hyp, ref in zip(hypotheses, references):
        h = list(re.sub(r"\s+", "", hyp))
        r = list(re.sub(r"\s+", "", ref))
        for n in range(1, order + 1):
            hc, rc = _ngrams(h, n), _ngrams(r, n)
            s = stats[n - 1]
            for g, c in hc.items():
                s[0] += c
                s[2] += min(c, rc.get(g, 0))
            s[1] += sum(rc.values())
    factor = beta * beta
    total = 0.0
    effective = 0
    for hyp_n, ref_n, match in stats:
        if hyp_n == 0 or ref_n == 0:
            continue
        effective += 1
        p, r = match / hyp_n, match / ref_n
        total += (1 + factor) * p * r / (factor * p + r) if p + r > 0 else 0.0
    return 0.0 if effective == 0 else 100.0 * total / effective


# --- sacreBLEU 13a tokeniser (mteval-v13a), as ported in tests/eval/sari.ts ----------------------------------
_RE_SYMBOLS = re.compile(r"([{-~\[-` -&(-+:-@/])")
_RE_PERIOD_COMMA_1 = re.compile(r"([^0-9])([.,])")
_RE_PERIOD_COMMA_2 = re.compile(r"([.,])([^0-9])")
_RE_DASH = re.compile(r"([0-9])(-)")


def tokenize_13a(line: str) -> str:
    s = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
    if "&" in s:
        s = s.replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    s = f" {s} "
    s = _RE_SYMBOLS.sub(r" \1 ", s)
    s = _RE_PERIOD_COMMA_1.sub(r"\1 \2 ", s)
    s = _RE_PERIOD_COMMA_2.sub(r" \1 \2", s)
    s = _RE_DASH.sub(r"\1 \2 ", s)
    return " ".join(s.split())


def corpus_bleu_13a(hypotheses: Sequence[str], references: Sequence[str]) -> dict:
    return corpus_bleu([tokenize_13a(h) for h in hypotheses], [tokenize_13a(r) for r in references])


def _sari_ngrams(sentence: str, max_order: int) -> List[Counter]:
    toks = sentence.split()
    return [Counter(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)) for n in range(1, max_order + 1)]


def corpus_sari(
    sources: Sequence[str],
    outputs: Sequence[str],
    references: Sequence[Union[str, Sequence[str]]],
    lowercase: bool = True,
    max_order: int = 4,
) -> dict:
    """EASSE corpus SARI (default settings), same statistics as tests/eval/sari.ts."""
    if not (len(sources) == len(outputs) == len(references)):
        raise ValueError("sources, outputs and references differ in number")

    def norm(x: str) -> str:
        return tokenize_13a(x.lower() if lowercase else x)

    keys = ["add_c", "add_s", "add_r", "keep_c", "keep_s", "keep_r", "del_c", "del_s", "del_r"]
    st = {k: [0.0] * max_order for k in keys}
    for src, out, refs in zip(sources, outputs, references):
        refs = [refs] if isinstance(refs, str) else list(refs)
        r = len(refs)
        orig = _sari_ngrams(norm(src), max_order)
        sys_ = _sari_ngrams(norm(out), max_order)
        ref_ng = [Counter() for _ in range(max_order)]
        for ref in refs:
            for n, c in enumerate(_sari_ngrams(norm(ref), max_order)):
                ref_ng[n].update(c)
        for n in range(max_order):
            o, s, rc = orig[n], sys_[n], ref_ng[n]
            for g in s:
                if g in o:
                    continue
                st["add_s"][n] += 1
                if g in rc:
                    st["add_c"][n] += 1
            st["add_r"][n] += sum(1 for g in rc if g not in o)
            for g, oc in o.items():
                ow, sw, rw = oc * r, s.get(g, 0) * r, rc.get(g, 0)
                kept_sys, kept_ref = min(ow, sw), min(ow, rw)
                st["keep_s"][n] += kept_sys
                st["keep_r"][n] += kept_ref
                st["keep_c"][n] += min(kept_sys, kept_ref)
                del_sys, del_ref = max(0, ow - sw), max(0, ow - rw)
                st["del_s"][n] += del_sys
                st["del_r"][n] += del_ref
                st["del_c"][n] += min(del_sys, del_ref)

    def f1(c: float, s: float, r: float) -> float:
        p = c / s if s > 0 else 0.0
        rec = c / r if r > 0 else 0.0
        return 2 * p * rec / (p + rec) if p > 0 or rec > 0 else 0.0

    add = 100 * sum(f1(st["add_c"][n], st["add_s"][n], st["add_r"][n]) for n in range(max_order)) / max_order
    keep = 100 * sum(f1(st["keep_c"][n], st["keep_s"][n], st["keep_r"][n]) for n in range(max_order)) / max_order
    dele = 100 * sum(f1(st["del_c"][n], st["del_s"][n], st["del_r"][n]) for n in range(max_order)) / max_order
    return {"score": (add + keep + dele) / 3, "add": add, "keep": keep, "del": dele}
