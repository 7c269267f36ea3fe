"""MODEL_CARD.md text for the packages build.py makes, written from the run's summary (eval.json)."""

from __future__ import annotations

from typing import Dict

LICENCES = {
    "gloss": """- **RWTH-PHOENIX-Weather 2014T** text/gloss pairs (Camgöz et al. 2018; Koller, Forster & Ney 2015), read from
  `phoenix2014T/{train,dev,test}.{de,gloss}` (byte-identical to `kayoyin/transformer-slt` `data/phoenix2014T.*`).
  Licence, quoted from the dataset README: the original corpus page "states the PHOENIX-Weather data is
  \\"freely available for non-commercial use\\"" and "=> OK for research/evaluation and for training a model the
  city evaluates; NOT clearly OK to redistribute inside a product or to ship a model trained on it
  commercially." **This package is therefore for non-commercial research and evaluation only** until a licence
  for product use is obtained from RWTH Aachen.""",
    "simplification": """- **DEplain-web-sent, openly licensed rows** (Stodden, Momen & Kallmeyer, ACL 2023): `train.csv` (514
  automatically aligned pairs, of which the plausibly aligned ones train: word-count ratio 0.3-2.5, source at most
  60 words), `dev.csv` (138, filtered the same way) for checkpoint selection, `test.csv` (767 manually aligned
  pairs, all of them) for the test scores. Licence per row: CC BY 4.0 (Alumniportal Deutschland, B2 -> A2) or
  CC BY-SA 3.0 (Offene Bibel, Leichte Sprache). The dataset README: "ShareAlike: derivatives of these rows stay
  CC BY-SA 3.0." A model trained on them is distributed here under CC BY-SA 3.0-compatible terms with
  attribution to the `author` column and the paper.
- **German4All-Corrected** (Anschütz et al. 2025), `train.csv` (100 paragraphs, `text` -> `cl_LS`) for training,
  `val.csv` (20) as a second dev set (reported only). README: "treat the files as CC BY-SA 4.0 with attribution
  to Wikipedia authors (column `url`) and to Anschütz et al. (2025)"; upstream repository MIT.
- **TextComplexityDE19** (Naderi et al. 2019), `parallel_corpus.csv`: 250 simplifications by native speakers (MIT;
  the sentences come from Wikipedia, CC BY-SA).
- **Synthetic pairs**: the project's rule rewriter (`rewriteLeichteSprache`) applied to plain German sentences, kept
  only where the service's own gate accepts its output (`models/training/ls_rule_pairs.ts`). The German sentences:
  UD German GSD dev+test (CC BY-SA 4.0, "Universal Dependencies German GSD (McDonald et al. 2013; UD
  contributors)"), TextComplexityDE19 `source.csv`, German4All `cl_1`..`cl_5` paraphrases of the training rows,
  the complex sides of the training pairs, StaGE/Hurraki Leichte Sprache sentences from `train.csv` and
  `eval.csv` (CC BY-SA 3.0, "Hurraki - Wörterbuch für Leichte Sprache (hurraki.de), via StaGE / GermEval 2024"),
  and the sentences of four in five of the project's own `samples/texts` (every fifth text is held out and scored).
  No test data.""",
}


def _f(x) -> str:
    return "–" if x is None else f"{x:.2f}"


def _table(s: dict) -> str:
    ev: Dict[str, dict] = s["eval"]
    beam = f"beam{s['num_beams']}"
    if s["metric"] == "bleu":
        rows = ["| split | decoding | BLEU-4 (tokenize none) | chrF2 |", "| --- | --- | --- | --- |"]
        for split in ("dev", "test"):
            for mode in ("greedy", beam):
                e = ev.get(f"{split}.{mode}")
                if e:
                    rows.append(f"| {split} | {mode} | {_f(e['score'])} | {_f(e['chrf'])} |")
        held = ev.get("municipal_heldout.greedy")
        if held:
            rows.append(f"| municipal held-out texts, against the rules' glosses | greedy | {_f(held['score'])} | "
                        f"{_f(held['chrf'])} |")
        accepted = ev.get("municipal_heldout.accepted")
        if accepted:
            rows.append("")
            known = accepted.get("knownForms")
            rows.append(f"On the {accepted['n']} held-out municipal sentences "
                        + (f"{known} model outputs use only glosses the rules could have written (lexicon signs, "
                           "numbers, pointing, fingerspelling), but " if known is not None else "")
                        + f"the service's gloss guard, which also wants the rules' signs (gloss F1 ≥ 0.8), accepts "
                        f"{accepted['accepted']}; {accepted['exact']} equal the rules' glosses word for word.")
        return "\n".join(rows)
    rows = ["| split | decoding | SARI | add | keep | delete | BLEU (13a) |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for split in ("dev", "test", "german4all_val"):
        for mode in ("identity", "greedy", beam):
            e = ev.get(f"{split}.{mode}")
            if e:
                label = "copy source (baseline)" if mode == "identity" else mode
                rows.append(f"| {split} | {label} | {_f(e['score'])} | {_f(e['add'])} | {_f(e['keep'])} | "
                            f"{_f(e['del'])} | {_f(e['bleu'])} |")
    held = ev.get("municipal_heldout.greedy")
    if held:
        rows.append(f"| municipal held-out texts, against the rule rewriter | greedy | {_f(held['score'])} | "
                    f"{_f(held['add'])} | {_f(held['keep'])} | {_f(held['del'])} | {_f(held['bleu'])} |")
    gate = ev.get("municipal_heldout.accepted")
    if gate:
        rows.append("")
        rows.append(f"On the {gate['n']} sentences of the held-out municipal texts the service's gate "
                    f"(`acceptLeichteSprache`) accepts **{gate['accepted']}** model sentences. Each condition alone: "
                    f"numbers kept in {gate['numbersKept']}, every content word kept in {gate['wordsKept']}, no "
                    f"invented word in {gate['nothingInvented']}, no line twice in {gate['noLineTwice']}, no "
                    f"hard-rule error in {gate['noErrors']}. {gate['exact']} equal the rule rewriter's output word "
                    f"for word.")
    return "\n".join(rows)


def _history(s: dict) -> str:
    out = []
    for phase, t in s["train"].items():
        sm = t["summary"]
        evals = [h for h in t["history"] if "score" in h]
        curve = ", ".join(f"ep {h['epoch']}: {h['score']:.2f}" for h in evals)
        out.append(f"- {phase}: {sm['pairs']} pairs, {len(t['history'])} epochs, {sm['steps']} steps, "
                   f"{sm['minutes']:.1f} min; stopped by {sm['stopped']}; best dev {sm['best_dev']:.2f} at epoch "
                   f"{sm['best_epoch']} (greedy dev curve: {curve}). Config: `{_cfg(t['config'])}`")
    return "\n".join(out)


def _cfg(c: dict) -> str:
    keys = ["epochs", "batch_tokens", "lr", "warmup_steps", "label_smoothing", "clip_norm", "seed"]
    return ", ".join(f"{k}={c[k]}" for k in keys if k in c)


def _comparison(s: dict) -> str:
    """The same recipe with and without the synthetic municipal pairs (written by `cards.py --compare`)."""
    runs = s.get("comparison")
    if not runs:
        return ""
    rows = ["", "### With and without the synthetic municipal pairs", "",
            "Same recipe, seed and epochs; only the training data differs.", "",
            "| training data | best dev BLEU (epoch) | test BLEU greedy | test BLEU beam | municipal held-out BLEU vs "
            "rules | guard accepts (held-out) |", "| --- | --- | --- | --- | --- | --- |"]
    for r in runs:
        rows.append(f"| {r['label']} | {_f(r['best_dev'])} ({r['best_epoch']}) | {_f(r['test_greedy'])} | "
                    f"{_f(r['test_beam'])} | {_f(r['municipal_bleu'])} | {r['accepted']}/{r['n']} |")
    return "\n".join(rows) + "\n"


def comparison_row(s: dict, label: str) -> dict:
    ev = s["eval"]
    beam = f"beam{s['num_beams']}"
    sm = s["train"]["train"]["summary"]
    acc = ev.get("municipal_heldout.accepted") or {}
    return {"label": label, "best_dev": sm["best_dev"], "best_epoch": sm["best_epoch"],
            "test_greedy": ev["test.greedy"]["score"], "test_beam": ev.get(f"test.{beam}", {}).get("score"),
            "municipal_bleu": ev.get("municipal_heldout.greedy", {}).get("score"),
            "accepted": acc.get("accepted", 0), "n": acc.get("n", 0)}


def _verdict(s: dict) -> str:
    ev = s["eval"]
    beam = f"beam{s['num_beams']}"
    t = s["train"].get("train", {})
    sm = t.get("summary", {})
    evals = [h for h in t.get("history", []) if "score" in h]
    rising = bool(evals) and sm.get("best_epoch") == evals[-1]["epoch"]
    cut = str(sm.get("stopped", "")).startswith("max_minutes")
    lines = []
    if s["metric"] == "bleu":
        g, b = ev["test.greedy"]["score"], ev.get(f"test.{beam}", {}).get("score")
        gap = max(g, b or g) - 25.96
        lines.append(f"**Test BLEU-4 {g:.2f} greedy" + (f" / {b:.2f} beam" if b is not None else "") +
                     f" against the published 25.96 (Zhu et al. 2023): {abs(gap):.2f} points "
                     f"{'above' if gap > 0 else 'below'}.**")
    else:
        g = ev["test.greedy"]["score"]
        ident = ev.get("test.identity", {}).get("score")
        lines.append(f"**Test SARI {g:.2f} greedy (BLEU {ev['test.greedy']['bleu']:.2f}) against copying the source "
                     f"{ident:.2f} and DEplain's mBART 40.73.**" if ident is not None else f"**Test SARI {g:.2f}.**")
        e = ev["test.greedy"]
        if ident is not None and e["bleu"] < ev["test.identity"]["bleu"]:
            lines.append(f"Most of the SARI gain over copying comes from deleting (delete {e['del']:.2f}, keep "
                         f"{e['keep']:.2f} against the copy's {ev['test.identity']['keep']:.2f}, BLEU below the copy's):"
                         " read the outputs (`<work>/test.greedy.lines.hyp`) before trusting the figure. They show "
                         "dropped verbs, garbled compounds and loops of made-up explanation sentences; that is what "
                         "the gate's content, invention and repetition checks are for.")
        gate = ev.get("municipal_heldout.accepted")
        if gate and "wordsKept" in gate:
            lines.append(f"On the held-out municipal texts the gate lets {gate['accepted']} of {gate['n']} model "
                         f"sentences through, {gate['exact']} of them word for word the rule rewriter's: there the "
                         "model adds nothing the rules do not already give, so the package is not in the default "
                         "`models/manifest.json` (README, \"Shipped packages\").")
        if s.get("gate_note"):
            lines.append(f"Note: {s['gate_note']}.")
        if e["keep"] < 20:
            lines.append(f"The model is degenerate: keep {e['keep']:.2f}, delete {e['del']:.2f}, add {e['add']:.2f} - it "
                         "drops almost everything, which SARI's delete term rewards. **Do not serve it**; it is a "
                         "pipeline result, not a usable simplifier.")
    if cut:
        lines.append(f"Training was cut by the time limit ({sm['stopped']}) on a CPU shared with other jobs"
                     + (" while the dev score was still rising" if rising else "") +
                     ": the model is under-trained. The same command with more time (`--max-minutes`, more epochs) "
                     "or a GPU should score higher; that has not been measured here.")
    return "\n".join(lines)


def model_card(s: dict, rc: dict) -> str:
    task = s["task"]
    served_mb = s["served_q8_bytes"] / 1e6
    fp32 = sum(v for k, v in s["sizes"].items() if k.startswith("onnx/") and "_quantized" not in k) / 1e6
    m = s["model"]
    check = s.get("metric_check") or {}
    check_line = "; ".join(
        f"{split}: Python {v['python']} vs TypeScript {v['typescript']} (max |diff| {v['max_abs_diff']:.1e})"
        for split, v in check.items()) or "not run (node/tsx unavailable)"
    if task == "gloss":
        up = s["data"].get("municipal_upsample", 0)
        municipal = (f" plus {s['data'].get('municipal_train', 0)} synthetic pairs (x{up}): sentences of the project's "
                     "municipal sample texts glossed by the project's rule translator, so that the model also knows "
                     "our conventions (`IX-2`, `POSS-2`, `FS-…`, digits). Held-out texts measure it"
                     if up else "")
        head = f"""# {s['id']}: German -> DGS glosses (weather forecasts{', municipal conventions' if up else ' only'})

German text (any case; the tokenizer lower-cases it) -> a sequence of DGS glosses in the PHOENIX-2014T
conventions (upper-case glosses, `neg-`/`negalp-`/`poss-` prefixes, `IX`, fingerspelling with `+`). Trained from
scratch on the 7,096 PHOENIX-2014T training pairs{municipal}. **Its only human-glossed data is German TV weather
forecasts.** On municipal texts it can at best imitate the rule translator; the service uses its sentence only
where the gloss guard passes it, and the rules otherwise.

**Licence: non-commercial research/evaluation only (PHOENIX-2014T terms, see below).**

Anchor: the best published PHOENIX-2014T text-to-gloss test BLEU-4 is **25.96** (Zhu et al. 2023)."""
        limits = ("""- Domain: the only human glossing is weather forecasts (train/dev/test are all from the same
  broadcasts). The municipal pairs are the rule translator's output, so on city texts the model learns to imitate
  the rules, mistakes included; it cannot be better than them there, and where it differs it is usually worse.
  The gloss engine uses the model's sentence only where every gloss is one the rules could have written and
  the signs agree with the rules' (gloss F1 ≥ 0.8), and the rules' sentence otherwise; on the held-out texts
  that never happened, so the package adds nothing to municipal glossing yet and is not in the default
  `models/manifest.json` (README, "Model packages").""" if up else """- Domain: weather forecasts (train/dev/test are all from the same
  broadcasts). Municipal sentences get weather-sounding glosses; the gloss engine must only use the model where
  every output gloss is in its lexicon and fall back to the rules otherwise.""") + """
- The German side of PHOENIX is lower-cased and tokenised (punctuation split off); the tokenizer lower-cases
  input, but unsplit punctuation ("Abend.") is a small domain shift.
- Glosses are an annotation, not DGS itself: no non-manual features, no spatial grammar beyond the
  annotation's `IX`/`loc` conventions (`loc-`/`cl-` prefixes were stripped from training to match dev/test).
- BLEU on glosses measures n-gram overlap with one annotator's glossing; it is not a quality judgement by
  signers."""
    else:
        d = s["data"]
        head = f"""# {s['id']}: German -> Leichte Sprache (draft, one source sentence at a time)

Standard German sentence -> easy German sentences, with `¶` where a line ends (the service lays the output out one
sentence and one list item per line, `oneSentencePerLine`). Trained from scratch (no pretrained language model is
available offline) on {d.get('rule_pairs', 0):,} synthetic pairs from the project's rule rewriter plus
{d.get('municipal_train', 0)} from the municipal samples, and the human pairs: {d.get('deplain_train', 0)} DEplain-web,
{d.get('g4_train', 0)} German4All and {d.get('textcomplexity_pairs', 0)} TextComplexityDE19 simplifications
(x{d.get('human_upsample', 1)} in each epoch). **Output is always a draft** for an editor; the service's gate
(`acceptLeichteSprache`: numbers and content words kept, no invented word, no line twice, no hard-rule error, no
more findings than the rules' sentence) decides sentence by sentence whether the model's or the rules' sentence is
used.

Anchors on `deplain-web-sent-open/test.csv` (767 rows): copying the source scores SARI 21.85 / BLEU 47.67;
the project's rule rewriter SARI 28.89 / BLEU 38.11 (`npm run eval:ls`); DEplain's mBART (APA+web) SARI 40.73 /
BLEU 40.55 (dataset README)."""
        limits = """- Most of its training pairs are the rule rewriter's output: the model learns the rules (splitting,
  hyphenated compounds, digits, explanations of hard words) and, from a few hundred human pairs, some human
  rewording. It is no better judge of meaning than the rules: the gate checks that the words are kept and none
  are made up, not whether a sentence still says the same thing (a changed word order or a lost „lassen“ can pass).
- The human pairs come from language-learner texts, the Bible in Leichte Sprache and Wikipedia, nothing from
  city-hall texts; the municipal pairs are the rules' output.
- A from-scratch model of this size cannot match a pretrained mBART; see the scores against the copy baseline.
- SARI rewards edits that match the reference; BLEU rewards copying. Neither measures readability or meaning
  preservation for readers with learning difficulties."""
    data_stats = ", ".join(f"{k} {v}" for k, v in s["data"].items())
    comparison = _comparison(s)
    return f"""{head}

## How it was made

- One command, from the repository root: `{s['command']}`
  (Debian `python3-torch` {s['environment']['torch']}, CPU, {s['environment']['threads']} threads, `nice -n 10`;
  datasets read from `/work/shared/datasets`, nothing copied into the repository). Total build time
  {s['build_minutes']} min including evaluation and export.
- Check (on the build's output, before the fp32 graphs are dropped): `node models/training/verify_package.mjs
  models/{s['id']}` and `node --conditions=source --import tsx models/training/verify_runtime.ts models {s['id']}`;
  on the committed package: `... verify_runtime.ts models {s['id']} --dtype q8`.
- Architecture: Marian (`MarianMTModel`, transformers.js `model_type: "marian"`), d_model {m['d_model']},
  {m['encoder_attention_heads']} heads, {m['encoder_layers']} encoder + {m['decoder_layers']} decoder layers, FFN
  {m['encoder_ffn_dim']}, swish, tied embeddings, sinusoidal positions; {s['parameters']:,} parameters. Dropout
  {m['dropout']} (attention {m['attention_dropout']}, activation {m['activation_dropout']}).
- Vocabulary: {s['vocab_size']} tokens, SentencePiece unigram shared by source and target, trained on the
  training text{' (source lower-cased; `tokenizer.json` has a Lowercase normaliser)' if rc['lowercase_source'] else ''}.
- Training: label-smoothed cross-entropy, Adam (0.9, 0.98) with inverse-square-root warm-up, gradient clipping,
  batches of similar length by token budget, checkpoint = best greedy dev
  {'BLEU' if s['metric'] == 'bleu' else 'SARI'} (evaluated every few epochs).
{_history(s)}
- Data after cleaning: {data_stats}.

## Training data and licences

{LICENCES[task]}

## Scores (PyTorch fp32, measured by build.py)

{_table(s)}

{_verdict(s)}
{comparison}
Greedy is what the service runs (transformers.js `generate()`, greedy); beam search ({s['num_beams']} beams, length
penalty {s['length_penalty']}) is computed in Python for comparison only. The int8 (`q8`) graphs the service loads
can differ slightly from fp32; `npm run eval:models` (`tests/eval/models.ts`) scores the served q8 model.
{'BLEU: sacreBLEU conventions, tokenize none, BLEU-4, one reference; chrF2 over characters.' if s['metric'] == 'bleu' else 'SARI: EASSE corpus SARI (lower-cased, 13a tokens, F1 for keep/add/delete), as `tests/eval/sari.ts`; BLEU: sacreBLEU 13a.'}
Metric cross-check against the TypeScript evaluators on the same output files: {check_line}.

## Package

- `onnx/encoder_model_quantized.onnx`, `onnx/decoder_model_merged_quantized.onnx`: dynamic int8 (served, dtype
  `q8`); served files total **{served_mb:.2f} MB**. build.py also writes the fp32 graphs ({fp32:.1f} MB together)
  to check the export against PyTorch; the repository does not keep them (size), the command above remakes them.
- Greedy, `max_length` {s['max_length']}; `reference_decode.json` holds PyTorch greedy decodes the exported
  graphs must reproduce; `eval.json` the full run summary (training curve, scores, sizes).

## Known limits

{limits}
"""


def _label(s: dict) -> str:
    up = s["data"].get("municipal_upsample", 0)
    return f"PHOENIX + municipal synthetic (x{up})" if up else "PHOENIX only"


if __name__ == "__main__":
    # Re-write a package's card from its eval.json: python3 cards.py <pkgDir> [--compare <other run's eval.json>]
    # --compare records the other run's figures in eval.json ("comparison") and the card shows both.
    import argparse
    import json
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from build import RECIPES  # noqa: E402

    ap = argparse.ArgumentParser()
    ap.add_argument("pkg")
    ap.add_argument("--compare", help="eval.json of the same recipe trained on other data")
    args = ap.parse_args()
    path = os.path.join(args.pkg, "eval.json")
    summary = json.load(open(path, encoding="utf-8"))
    if args.compare:
        other = json.load(open(args.compare, encoding="utf-8"))
        summary["comparison"] = [comparison_row(summary, _label(summary) + " (this package)"),
                                 comparison_row(other, _label(other))]
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(summary, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    with open(os.path.join(args.pkg, "MODEL_CARD.md"), "w", encoding="utf-8") as fh:
        fh.write(model_card(summary, RECIPES[summary["recipe"]]))
