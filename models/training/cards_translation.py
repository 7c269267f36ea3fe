"""MODEL_CARD.md for the German -> X translation packages build.py makes (`task: translation`), and the gate that
decides whether a package goes into the default manifest (issue 17): chrF >= `gate_chrf` on the Integreat held-out
pages and the guard for spoken targets passing at least GUARD_RATE of that split's model outputs.

    /usr/bin/python3 models/training/cards_translation.py models/opus-de-en   # rewrite the card from eval.json
"""

from __future__ import annotations

import json
import os
import sys
from typing import Optional

# Fixed before the first model was trained: below it, too many sentences would fall back to German for the model to
# be worth serving by default.
GUARD_RATE = 0.8

LANG_NAMES = {"en": "English", "uk": "Ukrainian", "ar": "Arabic", "tr": "Turkish", "ru": "Russian", "pl": "Polish",
              "fa": "Persian"}


def _f(x) -> str:
    return "–" if x is None else f"{x:.2f}"


def gate(s: dict, rc: dict) -> dict:
    ev = s["eval"]
    chrf = ev.get("test.greedy", {}).get("score")
    guard = ev.get("test.guard") or {}
    rate = guard.get("rate")
    ok_chrf = chrf is not None and chrf >= rc["gate_chrf"]
    ok_guard = rate is not None and rate >= GUARD_RATE
    return {"chrf": chrf, "chrf_min": rc["gate_chrf"], "guard_rate": rate, "guard_rate_min": GUARD_RATE,
            "passed": bool(ok_chrf and ok_guard)}


def _table(s: dict) -> str:
    ev = s["eval"]
    names = [("dev", "Integreat dev pages (checkpoint selection)"),
             ("test", "**Integreat held-out test pages** (lines that need translating: the gate)"),
             ("test_all", "Integreat test pages, all lines (with names, addresses, language lists)"),
             ("flores_devtest", "FLORES-101 devtest"), ("ntrex", "NTREX-128")]
    rows = ["| test set | sentences | chrF2 | BLEU (13a) | decoding |", "| --- | --- | --- | --- | --- |"]
    n = s["data"]
    counts = {"dev": n.get("integreat_dev_pairs"), "test": n.get("integreat_test_pairs"),
              "test_all": n.get("integreat_test_all_pairs"), "flores_devtest": n.get("flores_devtest"),
              "ntrex": n.get("ntrex")}
    for key, label in names:
        for mode in sorted(k.split(".", 1)[1] for k in ev if k.startswith(f"{key}.") and "score" in ev[k]):
            e = ev[f"{key}.{mode}"]
            rows.append(f"| {label} | {counts.get(key) or '–'} | {_f(e['score'])} | {_f(e.get('bleu'))} | {mode} |")
    return "\n".join(rows)


def _guard(s: dict) -> str:
    g = s["eval"].get("test.guard")
    if not g:
        return "The guard check did not run (node/tsx unavailable), so the gate counts as failed."
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(g["reasons"].items(), key=lambda kv: -kv[1])) or "none"
    ref = g.get("reference")
    ref_line = (f" The same guard passes {ref['passed']} of {ref['n']} of the human reference translations "
                f"({100 * ref['rate']:.1f}%), i.e. it is strict with numbers and terms even for people."
                if ref else "")
    return (f"The guard for spoken targets (`services/language/src/guard/`, the service's `WithGuard`) passes "
            f"{g['passed']} of {g['n']} greedy outputs of the held-out test pages ({100 * g['rate']:.1f}%); the others "
            f"would be shown as the German source with a note for review. Reasons (a sentence can have several): "
            f"{reasons}.{ref_line}")


def translation_card(s: dict, rc: dict) -> str:
    lang = LANG_NAMES.get(rc["target"], rc["target"])
    g = s.get("gate") or gate(s, rc)
    served_mb = s["served_q8_bytes"] / 1e6
    m = s["model"]
    d = s["data"]
    tr = s["train"].get("train", {})
    sm = tr.get("summary", {})
    curve = ", ".join(f"step {h.get('step', h.get('steps'))}: {h['score']:.2f}" for h in tr.get("history", [])
                      if "score" in h)
    check = s.get("metric_check") or {}
    check_line = "; ".join(
        f"{split}: Python {v['python']} vs TypeScript {v['typescript']} (max |diff| {v['max_abs_diff']:.1e})"
        for split, v in check.items()) or "not run"
    rate = "–" if g["guard_rate"] is None else f"{100 * g['guard_rate']:.1f}%"
    verdict = (f"**Gate passed**: chrF {_f(g['chrf'])} ≥ {g['chrf_min']:.0f} on the Integreat held-out pages and the "
               f"guard passes {rate} ≥ {100 * g['guard_rate_min']:.0f}% of them, so the package is "
               "in the default `models/manifest.json`."
               if g["passed"] else
               f"**Gate not passed** (chrF {_f(g['chrf'])}, needed ≥ {g['chrf_min']:.0f}; guard rate "
               f"{rate}, needed ≥ "
               f"{100 * g['guard_rate_min']:.0f}%): the package is **not** in the default `models/manifest.json`. A city "
               "can still enable it (`npm run models add`), knowing these figures.")
    init = s["train"].get("init")
    if init:
        ps = init.get("summary", {})
        warm = (f"- Warm start: this run went on from `{init['from']}`, the best checkpoint of an earlier run of the "
                f"same recipe and vocabulary ({ps.get('steps')} steps in {_f(ps.get('minutes'))} min, best dev chrF "
                f"{_f(ps.get('best_dev'))}), with the learning-rate schedule continued from step {init['steps']} "
                f"(`--init-from`). The earlier run's command is the one above without `--init-from`, "
                f"`--integreat-upsample` and `--max-minutes`.\n")
    else:
        warm = ""
    stopped = str(sm.get("stopped", ""))
    cut = (f" Training was stopped by the time limit ({stopped}) on a CPU shared with other jobs: the model is "
           "under-trained, and more time or a GPU should score higher (not measured)." if stopped.startswith("max_minutes")
           else "")
    return f"""# {s['id']}: German -> {lang} (municipal information)

A small Marian transformer trained from scratch by this project (`models/training/build.py --recipe {s['recipe']}`)
for German -> {lang} translation of municipal web pages, int8 ONNX in the transformers.js layout. Every sentence it
translates goes through the service's guard for spoken targets (numbers, dates, amounts, e-mail addresses, URLs,
municipal terms, no empty or looping output); a sentence that fails is shown as the German source with a note, and
every machine translation stays a draft (review status `machine`) until an editor approves it.

{verdict}{cut}

## Scores

Greedy decoding, as the service decodes (`generation_config.json`). chrF2 and BLEU are sacreBLEU's defaults (chrF:
character 6-grams, β = 2, word order 0; BLEU-4 with the 13a tokeniser, exponential smoothing, one reference),
computed by `models/training/marian/metrics.py` and checked against the TypeScript evaluators in `tests/eval/metrics.ts`
on the same files ({check_line}). The sources are passed whole (one Integreat line can be several sentences).

{_table(s)}

{_guard(s)}

Python evaluation cuts each output at 2.5 × the longest source of its batch + 10 tokens (`decode_max_ratio`; the
service stops at `maxNewTokens`): only looping outputs are that long, and the guard refuses those anyway. The guard
rate above is per Integreat line; the service checks sentence by sentence (`npm run eval:models` measures that).
This model has {s['parameters']:,} parameters and saw about {d['integreat_train'] + d['tatoeba']:,} sentence pairs,
far fewer than the pretrained systems a city can install instead (`npm run models add`), so expect low scores
outside the municipal domain.

## How it was built

- {'This run' if init else 'One command'}, from the repository root: `{s['command']}` ({s['build_minutes']} min in all on
  {s['environment']['cpus']} CPU cores, torch {s['environment']['torch']}, {s['environment']['threads']} threads).
{warm}- Model: Marian (post-norm transformer), d_model {m['d_model']}, {m['encoder_layers']} encoder + {m['decoder_layers']}
  decoder layers, {m['encoder_attention_heads']} heads, FFN {m['encoder_ffn_dim']}, tied embeddings, sinusoidal
  positions, {s['parameters']:,} parameters; shared SentencePiece unigram vocabulary of {s['vocab_size']} tokens trained
  on the training pairs only.
- Training: {sm.get('pairs')} encoded pairs per epoch, {max([h['epoch'] for h in tr.get('history', [])] or [0])}
  epoch(s), {sm.get('steps')} steps,
  {_f(sm.get('minutes'))} min; best dev chrF {_f(sm.get('best_dev'))} at step {sm.get('best_step')} (epoch
  {sm.get('best_epoch')}; greedy dev chrF by step: {curve}). Config: `{json.dumps(tr.get('config', {}))}`.
- Export: ONNX opset 14 (`encoder_model`, `decoder_model_merged` with past key/values), dynamic int8 quantisation
  (`_quantized` files, {served_mb:.1f} MB served); the fp32 graphs are not committed. `reference_decode.json` holds
  PyTorch greedy decodes of sentences written for the project (no dataset text in the package);
  `node models/training/verify_package.mjs models/{s['id']}` checks the export against them.

## Data and licences

- **Integreat** municipal pages (Digitalfabrik gGmbH / Integreat app; pages of Landkreis Augsburg, Rems-Murr-Kreis
  and München, via `digitalfabrik/integreat-qa-dataset`, Kleinle et al., "OMoS-QA", KONVENS 2024), **CC BY 4.0**.
  Attribution: "Contains content from the Integreat app (integreat-app.de) by Digitalfabrik gGmbH and the named
  municipalities, licensed under CC BY 4.0." Line pairs from `integreat_lines.de-en.tsv` ({d['integreat_line_pairs']}
  pairs; in each pair one side was machine-translated by the dataset's authors) and from the German/English page
  pairs of `integreat_de_en_pages.jsonl` where both pages have the same number of lines.
  **Held-out split, fixed by page**: a page pair is a test page when SHA-256("region:German page id") mod 20 is 0 or
  1 ({d['integreat_test_pages']} pages: {d['integreat_test_all_pairs']} distinct line pairs, of which
  {d['integreat_test_pairs']} need translating, i.e. the English line differs from the German one; these are the
  gate's test set) and a dev page when it is 2 or 3 ({d['integreat_dev_pages']} pages, {d['integreat_dev_pairs']}
  pairs that need translating); every training pair whose German or
  English line (lower-cased, letters and digits only) appears anywhere on a held-out page is dropped
  ({d['integreat_dropped_as_held_out']} dropped), so repeated lines of a page do not leak. Training:
  {d['integreat_train']} Integreat pairs, x{d['integreat_upsample']} per epoch.
- **Tatoeba** German-English sentence pairs ({d['tatoeba']} of {d['tatoeba_raw']}), **CC BY 2.0 FR**. Attribution:
  "Tatoeba (tatoeba.org) contributors", taken from the Helsinki-NLP OPUS-MT test sets
  (`tatoeba-test-v2021-08-07`); OPUS uses them as test sets, so no Tatoeba score is reported here.
- **Municipal terminology** of this project (`services/language/src/terminology/terms.ts`), {d['terminology']} term
  pairs x{d['term_upsample']}.
- Test only, never trained on (pairs whose German line is in them were dropped from training): **FLORES-101**
  devtest (Goyal et al., TACL 2022, CC BY-SA 4.0) and **NTREX-128** (Federmann et al., SUMEval 2022, CC BY-SA 4.0;
  the German reference translation as source, the English WMT19 original as reference).

The model is distributed under CC BY 4.0 with the attributions above.

## Limits

- Small data and a small model: it knows the municipal pages' vocabulary and everyday sentences, and little else.
  Names, rare words and long sentences come out wrong more often than with large pretrained systems.
- Tatoeba sentences are short and everyday; Integreat's English side is partly machine translation.
- Every output is a draft for review; the guard catches lost numbers, amounts, dates, addresses and terms, and
  empty or looping output, not wrong meaning.
"""


def main(argv) -> int:
    pkg = argv[1]
    with open(os.path.join(pkg, "eval.json"), encoding="utf-8") as fh:
        s = json.load(fh)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from build import RECIPES  # noqa: E402 - the recipe that built it

    rc = RECIPES[s["recipe"]]
    with open(os.path.join(pkg, "MODEL_CARD.md"), "w", encoding="utf-8") as fh:
        fh.write(translation_card(s, rc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
