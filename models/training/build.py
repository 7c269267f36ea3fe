#!/usr/bin/env python3
"""Build a trained model package end to end with one command.

    /usr/bin/python3 models/training/build.py --recipe dgs-gloss-phoenix --out models/dgs-gloss-phoenix
    /usr/bin/python3 models/training/build.py --recipe leichte-sprache --out models/de-ls-simplify

Steps (each prints progress): read and clean the data (from --datasets, never copied into the repository),
train a SentencePiece vocabulary, train the Marian model (for Leichte Sprache on the human pairs and the rule
rewriter's pairs, see prepare_data), select the checkpoint on dev, evaluate dev and test with greedy
and beam decoding, check the cached step decoder against the cache-free model, export the transformers.js
package (ONNX fp32 + int8), write `reference_decode.json`, `eval.json` and `MODEL_CARD.md`.

Work files (checkpoints, decoded outputs, log) go to --work (default /tmp/bbs-train/<recipe>), not into the
package. `--reuse-checkpoint` skips training when <work>/best.pt exists (re-export and re-evaluate only).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import random
import shlex
import subprocess
import sys
import time
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from marian import data as D  # noqa: E402
from marian import translation_data as TD  # noqa: E402
from marian.decode import decode_corpus  # noqa: E402
from marian.decoder_step import greedy_generate_cached  # noqa: E402
from marian.export import write_json, write_package  # noqa: E402
from marian.metrics import corpus_bleu, corpus_bleu_13a, corpus_chrf, corpus_sari  # noqa: E402
from marian.model import MarianConfig, MarianMTModel  # noqa: E402
from marian.quantize import quantize_package  # noqa: E402
from marian.tokenizer import MarianVocab, train_sentencepiece  # noqa: E402
from marian.train import TrainConfig, fast_linear, train  # noqa: E402

DEFAULT_DATASETS = os.environ.get("BBS_DATASETS", os.path.join(os.path.dirname(REPO), "shared", "datasets"))

# --------------------------------------------------------------------------------------------------------------
# Recipes. Sizes and epochs were set after timing one epoch on the project's 2-core CPU machine (see the cards).
# --------------------------------------------------------------------------------------------------------------
RECIPES: Dict[str, dict] = {
    "dgs-gloss-phoenix": {
        "task": "gloss",
        "title": "German -> DGS glosses (PHOENIX-2014T weather forecasts)",
        "metric": "bleu",
        "lowercase_source": True,
        "vocab_size": 5000,
        "model": dict(d_model=256, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
                      decoder_attention_heads=4, encoder_ffn_dim=1024, decoder_ffn_dim=1024, dropout=0.3,
                      attention_dropout=0.1, activation_dropout=0.1),
        "train": dict(epochs=30, batch_tokens=3000, lr=1e-3, warmup_steps=200, label_smoothing=0.1,
                      eval_every=3, eval_from=12, seed=20240611, max_minutes=200),
        "pretrain": None,
        # Synthetic pairs: the rule translator's glosses for the municipal samples' training texts, repeated this
        # many times (0: PHOENIX only). The held-out texts are always scored (see municipal_glosses.ts).
        "municipal_upsample": 2,
        "max_length": 96,
        "num_beams": 5,
        "length_penalty": 1.0,
        "max_src_tokens": 120,
    },
    "leichte-sprache": {
        "task": "simplification",
        "title": "German -> Leichte Sprache / Einfache Sprache (sentence simplification)",
        "metric": "sari",
        "lowercase_source": False,
        "vocab_size": 6000,
        "model": dict(d_model=256, encoder_layers=3, decoder_layers=3, encoder_attention_heads=4,
                      decoder_attention_heads=4, encoder_ffn_dim=1024, decoder_ffn_dim=1024, dropout=0.1,
                      attention_dropout=0.1, activation_dropout=0.1),
        "pretrain": None,
        # The human pairs (DEplain, German4All, TextComplexityDE19) are this many times in each epoch, beside the
        # rule rewriter's pairs (see prepare_data).
        "human_upsample": 3,
        "train": dict(epochs=16, batch_tokens=3000, lr=1e-3, warmup_steps=300, label_smoothing=0.1,
                      eval_every=2, eval_from=4, seed=20240613, max_minutes=100),
        "max_length": 192,
        "num_beams": 4,
        "length_penalty": 1.0,
        "max_src_tokens": 160,
    },
    # German -> English for the municipal pages: Integreat (in domain, page-level held-out split), Tatoeba (everyday
    # sentences) and the terminology. Sized to train on the 2-core CPU in under two hours (see the card).
    "de-en": {
        "task": "translation",
        "title": "German -> English (municipal information)",
        "target": "en",
        "metric": "chrf",
        "lowercase_source": False,
        # Small on purpose: on the shared machine a niced build gets about a tenth of one core, so a model this size
        # makes a few times more steps in the time limit than the Leichte Sprache recipe's (see the card).
        "vocab_size": 5000,
        "model": dict(d_model=128, encoder_layers=3, decoder_layers=2, encoder_attention_heads=4,
                      decoder_attention_heads=4, encoder_ffn_dim=512, decoder_ffn_dim=512, dropout=0.1,
                      attention_dropout=0.1, activation_dropout=0.1),
        "pretrain": None,
        # Integreat's training pairs are this many times in each epoch, beside Tatoeba; the terms term_upsample times.
        "integreat_upsample": 1,
        "term_upsample": 3,
        # lr 2e-3 with 150 warm-up steps stalled at loss ~4.8 for 1,000 steps (dev chrF under 10) in a first run.
        "train": dict(epochs=14, batch_tokens=2500, lr=1e-3, warmup_steps=300, label_smoothing=0.1,
                      eval_every=1, eval_from=1, eval_every_steps=300, seed=20261207, max_minutes=55),
        "max_length": 256,
        "num_beams": 4,
        "length_penalty": 1.0,
        "max_src_tokens": 128,
        # Python evaluation cuts outputs at 2.5 x the longest source of a batch + 10 tokens (see decode_corpus).
        "decode_max_ratio": 2.5,
        # The gate for the default manifest (issue 17): chrF on the Integreat held-out pages, and the guard's rate.
        "gate_chrf": 45.0,
    },
}


class Logger:
    def __init__(self, path: str) -> None:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.fh = open(path, "a", encoding="utf-8")
        self.t0 = time.time()

    def __call__(self, msg: str) -> None:
        line = f"{time.strftime('%H:%M:%S')} {msg}"
        print(line, flush=True)
        self.fh.write(line + "\n")
        self.fh.flush()


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--recipe", required=True, choices=sorted(RECIPES))
    p.add_argument("--out", required=True, help="package directory to (re)write, e.g. models/dgs-gloss-phoenix")
    p.add_argument("--datasets", default=DEFAULT_DATASETS, help="shared datasets folder (read only)")
    p.add_argument("--work", default=None, help="work folder (default /tmp/bbs-train/<recipe>)")
    p.add_argument("--threads", type=int, default=2, help="torch.set_num_threads")
    p.add_argument("--epochs", type=int, default=None, help="override the recipe's training epochs")
    p.add_argument("--pretrain-epochs", type=int, default=None, help="override the recipe's pre-training epochs")
    p.add_argument("--no-pretrain", action="store_true", help="skip denoising pre-training (LS ablation)")
    p.add_argument("--max-minutes", type=float, default=None,
                   help="time limit for each training phase (overrides the recipe's; evaluates, then stops)")
    p.add_argument("--time-epoch", action="store_true", help="train one epoch, print its time, exit")
    p.add_argument("--reuse-checkpoint", action="store_true", help="use <work>/best.pt instead of training")
    p.add_argument("--no-beam", action="store_true", help="skip beam-search evaluation")
    p.add_argument("--reference-only", action="store_true",
                   help="rewrite <out>/reference_decode.json from <work>/best.pt (the vocabulary must come out as the "
                        "package's tokenizer.json); nothing else is trained, scored or exported")
    p.add_argument("--smoke", action="store_true",
                   help="a few minutes' check of the whole pipeline: 3000 training pairs, one epoch, 30 sentences per "
                        "evaluated split (the package it writes is not for use)")
    p.add_argument("--init-from", default=None,
                   help="warm start: load this best.pt (same recipe and vocabulary) and go on training from its step; "
                        "the card records the earlier run")
    p.add_argument("--integreat-upsample", type=int, default=None,
                   help="translation recipes: copies of the Integreat training pairs per epoch (default: the recipe's)")
    p.add_argument("--id", default=None, help="package id (default: basename of --out)")
    p.add_argument("--municipal-upsample", type=int, default=None,
                   help="gloss recipe: copies of the synthetic municipal pairs in training (0: none; "
                        "default: the recipe's)")
    return p.parse_args()


# --------------------------------------------------------------------------------------------------------------
def node_json(script: str, *args: str, feed: Optional[str] = None, timeout: int = 600) -> List[dict]:
    """The JSON lines a TypeScript script of this folder prints (run with tsx, from the repository root, the way
    the service loads our packages)."""
    proc = subprocess.run(["node", "--conditions=source", "--import", "tsx", os.path.join(HERE, script), *args],
                          cwd=REPO, input=feed, capture_output=True, text=True, timeout=timeout, check=True)
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def municipal_glosses() -> List[dict]:
    """The rule translator's glosses for every sentence of samples/texts, with their train/heldout split."""
    return node_json("municipal_glosses.ts")


def prepare_translation(rc: dict, datasets: str, log) -> dict:
    """Integreat (page-level held-out split, dev pages for selection), Tatoeba, the terminology; FLORES-101 devtest and
    NTREX-128 are test sets only. Training pairs whose German line is in any test set are dropped."""
    tgt = rc["target"]
    ig = TD.integreat_split(os.path.join(datasets, "integreat-municipal"), tgt)
    flores = TD.load_flores(os.path.join(datasets, "flores101-multi"), tgt)
    ntrex = TD.load_ntrex(os.path.join(datasets, "ntrex128-multi"), tgt)
    blocked = set(ig["blocked_de"]) | {TD.near_key(d) for d, _ in flores + ntrex}
    tatoeba_all = TD.load_tatoeba(os.path.join(datasets, "tatoeba-de-x"), tgt)
    tatoeba = TD.drop_blocked(tatoeba_all, blocked)
    integreat = TD.drop_blocked(ig["train"], blocked)
    terms = [(r["de"], r["target"]) for r in node_json("terminology_pairs.ts", tgt)]
    iu, tu = rc["integreat_upsample"], rc["term_upsample"]
    st = ig["stats"]
    log(f"[data] Integreat: {st['pages']} page pairs, held out {st['test_pages']} test pages ({st['test_pairs']} line "
        f"pairs that need translating, {st['test_all_pairs']} with the lines that stay as they are) "
        f"and {st['dev_pages']} dev pages ({st['dev_pairs']}); training {len(integreat)} line pairs "
        f"({st['dropped_as_held_out']} dropped because a side is on a held-out page) x{iu}")
    log(f"[data] Tatoeba de-{tgt}: {len(tatoeba)} of {len(tatoeba_all)} pairs; terminology {len(terms)} pairs x{tu}; "
        f"FLORES-101 devtest {len(flores)}, NTREX-128 {len(ntrex)} (test only)")
    stats = {**{f"integreat_{k}": v for k, v in st.items()}, "integreat_train": len(integreat),
             "integreat_upsample": iu, "tatoeba": len(tatoeba), "tatoeba_raw": len(tatoeba_all),
             "terminology": len(terms), "term_upsample": tu, "flores_devtest": len(flores), "ntrex": len(ntrex)}
    # The vocabulary is trained on one copy of Integreat, whatever the mix: upsampling is a training choice, and a
    # warm start (--init-from) needs the vocabulary of the run it goes on from.
    return {"train": integreat * iu + tatoeba + terms * tu, "vocab_train": integreat + tatoeba + terms * tu,
            "dev": ig["dev"], "test": ig["test"],
            "extra_tests": [("test_all", ig["test_all"]), ("flores_devtest", flores), ("ntrex", ntrex)], "mono": [],
            "stats": stats}


def prepare_data(recipe: str, rc: dict, datasets: str, log, municipal_upsample: int = 0) -> dict:
    if rc["task"] == "translation":
        return prepare_translation(rc, datasets, log)
    if recipe == "dgs-gloss-phoenix":
        ph = D.load_phoenix(os.path.join(datasets, "phoenix2014T"))
        raw_train = D.read_lines(os.path.join(datasets, "phoenix2014T", "train.gloss"))
        removed = sum(1 for line in raw_train for t in line.split() if D.MARKER_RE.match(t))
        prefixed = sum(1 for line in raw_train for t in line.split() if D.PREFIX_RE.match(t))
        log(f"[data] PHOENIX-2014T: train {len(ph['train'])}, dev {len(ph['dev'])}, test {len(ph['test'])} pairs; "
            f"train cleaning removed {removed} __marker__ tokens and stripped {prefixed} loc-/cl- prefixes")
        rows = municipal_glosses()
        m_train = [(r["text"], r["glosses"]) for r in rows if r["split"] == "train"]
        m_held = [(r["text"], r["glosses"]) for r in rows if r["split"] == "heldout"]
        log(f"[data] municipal samples glossed by the rules: {len(m_train)} training sentences (x{municipal_upsample} "
            f"in training), {len(m_held)} held-out sentences from other texts (scored, never trained on)")
        return {"train": ph["train"] + m_train * municipal_upsample, "dev": ph["dev"], "test": ph["test"],
                "municipal_heldout": m_held, "mono": [],
                "stats": {"markers_removed": removed, "prefixes_stripped": prefixed,
                          "municipal_train": len(m_train), "municipal_upsample": municipal_upsample,
                          "municipal_heldout": len(m_held)}}
    # Leichte Sprache
    dp = os.path.join(datasets, "deplain-web-sent-open")
    g4 = os.path.join(datasets, "german4all-corrected-ls")
    tc = os.path.join(datasets, "textcomplexityde19")
    raw_train, raw_dev, dep_test = (D.load_deplain(dp, s) for s in ("train", "dev", "test"))
    # The open train/dev rows are loosely aligned (a sentence paired with a whole page happens): such pairs teach a
    # model to run on, so only plausibly aligned ones train and select. The test rows are all kept.
    dep_train, dep_dev = D.aligned(raw_train), D.aligned(raw_dev)
    g4_train, g4_val = D.load_german4all(g4, "train"), D.load_german4all(g4, "val")
    tc_pairs = D.load_textcomplexity_parallel(tc) if os.path.isdir(tc) else []
    human = dep_train + g4_train + tc_pairs
    # Synthetic pairs: the rule rewriter's output for plain German sentences, where the service's gate accepts it
    # (rule_pairs). They teach what the rules do; the human pairs, repeated, teach what people do beyond it.
    ud = D.ud_sentences(os.path.join(datasets, "ud-german"))
    levels = [s for t in D.load_german4all_levels(g4, "train") for s in D.split_sentences(t)]
    complex_sides = [s for a, _ in human for s in D.split_sentences(a)]
    tc_sources = D.textcomplexity_sentences(tc) if os.path.isdir(tc) else []
    stage = D.stage_sentences(os.path.join(datasets, "stage-hurraki-ls-statements"), ("train", "eval"))
    plain = [s for s in ud + tc_sources + levels + complex_sides + stage if 3 <= len(s.split()) <= 60]
    seen: set = set()
    plain = [s for s in plain if not (s in seen or seen.add(s))]
    synthetic = rule_pairs(plain)
    rows = rule_pairs_samples()
    m_train = [(r["text"], r["target"]) for r in rows if r["split"] == "train" and r["accepted"]]
    m_held = [(r["text"], r["target"]) for r in rows if r["split"] == "heldout"]
    upsample = rc["human_upsample"]
    log(f"[data] DEplain-web open: train {len(dep_train)} of {len(raw_train)} and dev {len(dep_dev)} of {len(raw_dev)} "
        f"plausibly aligned, test {len(dep_test)}; German4All-corrected text->cl_LS: train {len(g4_train)}, val "
        f"{len(g4_val)}; TextComplexityDE19 simplifications {len(tc_pairs)}; human pairs x{upsample} in training")
    log(f"[data] rule rewriter on {len(plain)} plain sentences (UD GSD {len(ud)}, TextComplexityDE19 "
        f"{len(tc_sources)}, German4All cl_1..cl_5 {len(levels)}, complex sides {len(complex_sides)}, StaGE "
        f"{len(stage)}): {len(synthetic)} accepted by the gate; municipal samples: {len(m_train)} training "
        f"sentences, {len(m_held)} held-out sentences from other texts (scored, never trained on)")
    return {"train": human * upsample + synthetic + m_train, "dev": dep_dev, "test": dep_test, "extra_dev": g4_val,
            "municipal_heldout": m_held, "mono": plain,
            "stats": {"deplain_train": len(dep_train), "deplain_train_raw": len(raw_train), "g4_train": len(g4_train),
                      "textcomplexity_pairs": len(tc_pairs), "human_upsample": upsample,
                      "deplain_dev": len(dep_dev), "deplain_dev_raw": len(raw_dev), "deplain_test": len(dep_test),
                      "g4_val": len(g4_val), "plain_sentences": len(plain), "rule_pairs": len(synthetic),
                      "municipal_train": len(m_train), "municipal_heldout": len(m_held), "mono": len(plain)}}


def rule_pairs(sentences: Sequence[str]) -> List[Tuple[str, str]]:
    """The rule rewriter's Leichte Sprache for each sentence, where the service's gate accepts it (ls_rule_pairs.ts)."""
    feed = "".join(json.dumps({"text": s}, ensure_ascii=False) + "\n" for s in sentences)
    return [(r["text"], r["target"]) for r in node_json("ls_rule_pairs.ts", feed=feed, timeout=1800)]


def rule_pairs_samples() -> List[dict]:
    """The rule rewriter's Leichte Sprache for every sentence of samples/texts, with the train/held-out split."""
    return node_json("ls_rule_pairs.ts", "--samples")


def score(metric: str, srcs: Sequence[str], hyps: Sequence[str], refs: Sequence[str]) -> Dict[str, float]:
    if metric == "chrf":  # sacreBLEU's defaults: chrF2 (character 6-grams, beta 2) and BLEU with the 13a tokeniser
        return {"score": corpus_chrf(hyps, refs), "bleu": corpus_bleu_13a(hyps, refs)["score"]}
    if metric == "bleu":
        return {"score": corpus_bleu(hyps, refs)["score"], "chrf": corpus_chrf(hyps, refs)}
    s = corpus_sari(srcs, hyps, refs)
    return {"score": s["score"], "bleu": corpus_bleu_13a(hyps, refs)["score"], "add": s["add"], "keep": s["keep"],
            "del": s["del"]}


LINE_BREAK = "¶"  # where the Leichte Sprache model ends a line (ls_rule_pairs.ts, oneSentencePerLine)


def flat(text: str) -> str:
    """The text as one line, as the references are: the model's line marks become spaces."""
    return " ".join(text.replace(LINE_BREAK, " ").split())


def decode_texts(model, vocab, srcs: Sequence[str], max_length: int, beams: int, lp: float,
                 max_ratio: Optional[float] = None) -> List[str]:
    # Truncate like the service's tokenizer call (`truncation: true`, model_max_length = position table size).
    limit = model.config.max_position_embeddings
    ids = [ids if len(ids) <= limit else ids[: limit - 1] + [vocab.eos_token_id] for ids in (vocab.encode(s) for s in srcs)]
    with fast_linear(model):
        out = decode_corpus(model, ids, max_length, num_beams=beams, length_penalty=lp, max_ratio=max_ratio)
    return [vocab.decode(o) for o in out]


def encode_pairs(vocab: MarianVocab, pairs, max_src: int, log, name: str):
    out = []
    dropped = 0
    for s, t in pairs:
        si, ti = vocab.encode(s), vocab.encode_target(t)
        if len(si) > max_src or len(ti) > max_src * 2:
            dropped += 1
            continue
        out.append((si, ti))
    lens = [len(s) for s, _ in out]
    tl = [len(t) for _, t in out]
    log(f"[data] {name}: {len(out)} pairs encoded ({dropped} dropped as too long); source tokens mean "
        f"{np.mean(lens):.1f} max {max(lens)}, target mean {np.mean(tl):.1f} max {max(tl)}")
    return out


def main() -> int:
    args = parse_args()
    rc = RECIPES[args.recipe]
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    work = os.path.abspath(args.work or os.path.join("/tmp/bbs-train", args.recipe))
    out = os.path.abspath(args.out)
    pkg_id = args.id or os.path.basename(out)
    os.makedirs(work, exist_ok=True)
    log = Logger(os.path.join(work, "build.log"))
    t_start = time.time()
    cmd = "/usr/bin/python3 " + " ".join(shlex.quote(a) for a in [os.path.relpath(sys.argv[0], REPO)] + sys.argv[1:])
    log(f"[build] {cmd}")
    log(f"[build] recipe {args.recipe} -> {os.path.relpath(out, REPO)} (id {pkg_id}); work {work}; "
        f"torch {torch.__version__}, {args.threads} threads")
    if not os.path.isdir(args.datasets):
        log(f"[build] datasets folder {args.datasets} not found; nothing to do")
        return 2

    # 1. data ------------------------------------------------------------------------------------------
    if args.integreat_upsample is not None:
        rc["integreat_upsample"] = args.integreat_upsample
    upsample = args.municipal_upsample if args.municipal_upsample is not None else rc.get("municipal_upsample", 0)
    data = prepare_data(args.recipe, rc, args.datasets, log, upsample)
    if args.smoke:
        rng = random.Random(1)
        data["train"] = rng.sample(data["train"], min(3000, len(data["train"])))
        for key in ("dev", "test"):
            data[key] = data[key][:30]
        data["extra_tests"] = [(n, p[:30]) for n, p in data.get("extra_tests", [])]
        args.epochs = 1
        log("[build] --smoke: 3000 training pairs, 1 epoch, 30 sentences per split")

    # 2. vocabulary ------------------------------------------------------------------------------------
    lc = rc["lowercase_source"]
    vocab_pairs = data.get("vocab_train", data["train"])
    sp_sents = [s.lower() if lc else s for s, _ in vocab_pairs] + [t for _, t in vocab_pairs] + data["mono"]
    t0 = time.time()
    vocab = MarianVocab(train_sentencepiece(sp_sents, rc["vocab_size"]), [], lowercase=lc)
    log(f"[vocab] SentencePiece unigram on {len(sp_sents)} lines -> {vocab.vocab_size} tokens "
        f"({time.time() - t0:.1f}s; source lower-cased: {lc})")

    train_pairs = encode_pairs(vocab, data["train"], rc["max_src_tokens"], log, "train")
    dev_src = [s for s, _ in data["dev"]]
    dev_ref = [t for _, t in data["dev"]]

    # 3. model -----------------------------------------------------------------------------------------
    mcfg = MarianConfig(vocab_size=vocab.vocab_size, pad_token_id=vocab.pad_token_id,
                        eos_token_id=vocab.eos_token_id, max_length=rc["max_length"], **rc["model"])
    torch.manual_seed(rc["train"]["seed"])
    model = MarianMTModel(mcfg)
    n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    log(f"[model] {n_params:,} parameters: {json.dumps(rc['model'])}")

    def evaluator(srcs, refs, tag):
        def ev(m):
            lined = decode_texts(m, vocab, srcs, rc["max_length"], 1, 1.0, rc.get("decode_max_ratio"))
            hyps = [flat(h) for h in lined]
            return score(rc["metric"], srcs, hyps, refs)
        return ev

    train_log: Dict[str, dict] = {}
    ckpt = os.path.join(work, "best.pt")
    if args.reference_only:
        return rewrite_reference(model, vocab, ckpt, out, reference_samples(args.recipe), rc["max_length"], log)
    if args.reuse_checkpoint and os.path.exists(ckpt):
        state = torch.load(ckpt)
        model.load_state_dict(state["model"])
        train_log = state.get("train_log", {})
        log(f"[train] reusing {ckpt} (trained earlier: {json.dumps({k: v.get('summary') for k, v in train_log.items()})})")
    else:
        # 3a. optional denoising pre-training (Leichte Sprache)
        if rc.get("pretrain") and not args.no_pretrain:
            pcfg = TrainConfig(**rc["pretrain"])
            if args.max_minutes is not None:
                pcfg.max_minutes = args.max_minutes
            if args.pretrain_epochs is not None:
                pcfg.epochs = args.pretrain_epochs
            rng = random.Random(pcfg.seed)
            mono = data["mono"]
            # One noised copy of each sentence (word dropout + local shuffle) -> the clean sentence.
            noisy = [(D.noise(s, rng), s) for s in mono]
            mono_pairs = encode_pairs(vocab, noisy, rc["max_src_tokens"], log, "denoising")
            if args.time_epoch:
                pcfg.epochs, pcfg.eval_from = 1, 99
            res = train(model, mono_pairs, pcfg, evaluator(dev_src, dev_ref, "dev"), log, tag="pretrain")
            if args.time_epoch:
                return 0
            model.load_state_dict(res.best_state)
            train_log["pretrain"] = {"config": dataclasses.asdict(pcfg), "history": res.history,
                                     "summary": {"best_epoch": res.best_epoch, "best_dev": res.best_score,
                                                 "minutes": res.seconds / 60, "steps": res.steps,
                                                 "stopped": res.stopped, "pairs": len(mono_pairs)}}
        tcfg = TrainConfig(**rc["train"])
        if args.max_minutes is not None:
            tcfg.max_minutes = args.max_minutes
        if args.init_from:
            with open(os.path.join(out, "tokenizer.json"), encoding="utf-8") as fh:
                if json.load(fh) != json.loads(json.dumps(vocab.tokenizer_json())):
                    raise SystemExit(f"--init-from: this run's vocabulary differs from {out}/tokenizer.json")
            prior = torch.load(args.init_from)
            model.load_state_dict(prior["model"])
            prior_log = prior.get("train_log", {})
            earlier = [prior_log.get("init", {})] if prior_log.get("init") else []
            prior_summary = prior_log.get("train", {}).get("summary", {})
            prior_steps = prior_log.get("train", {}).get("config", {}).get("start_step", 0) + prior_summary.get("best_step", 0)
            tcfg.start_step = prior_steps
            train_log["init"] = {"from": os.path.basename(args.init_from), "steps": prior_steps,
                                 "summary": prior_summary, "earlier": earlier}
            log(f"[train] warm start from {args.init_from}: {prior_steps} steps, dev {prior_summary.get('best_dev')}")
        if args.epochs is not None:
            tcfg.epochs = args.epochs
        if args.time_epoch:
            tcfg.epochs, tcfg.eval_from = 1, 99
        res = train(model, train_pairs, tcfg, evaluator(dev_src, dev_ref, "dev"), log, tag="train")
        if args.time_epoch:
            return 0
        model.load_state_dict(res.best_state)
        train_log["train"] = {"config": dataclasses.asdict(tcfg), "history": res.history,
                              "summary": {"best_epoch": res.best_epoch, "best_step": res.best_step,
                                          "best_dev": res.best_score,
                                          "minutes": res.seconds / 60, "steps": res.steps, "stopped": res.stopped,
                                          "pairs": len(train_pairs)}}
        torch.save({"model": model.state_dict(), "train_log": train_log}, ckpt)
        log(f"[train] best checkpoint saved to {ckpt}")
    model.eval()

    # 4. evaluation ------------------------------------------------------------------------------------
    evals: Dict[str, dict] = {}
    splits = [("dev", data["dev"]), ("test", data["test"])]
    if data.get("extra_dev"):
        splits.append(("german4all_val", data["extra_dev"]))
    if data.get("municipal_heldout"):
        splits.append(("municipal_heldout", data["municipal_heldout"]))
    splits += data.get("extra_tests", [])
    modes = [("greedy", 1)] + ([] if args.no_beam else [(f"beam{rc['num_beams']}", rc["num_beams"])])
    for split, pairs in splits:
        srcs = [s for s, _ in pairs]
        refs = [t for _, t in pairs]
        for mode, beams in modes:
            t0 = time.time()
            lined = decode_texts(model, vocab, srcs, rc["max_length"], beams, rc["length_penalty"],
                                 rc.get("decode_max_ratio"))
            hyps = [flat(h) for h in lined]
            sc = score(rc["metric"], srcs, hyps, [flat(r) for r in refs])
            sc["seconds"] = round(time.time() - t0, 1)
            evals[f"{split}.{mode}"] = sc
            with open(os.path.join(work, f"{split}.{mode}.hyp"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(hyps) + "\n")
            with open(os.path.join(work, f"{split}.{mode}.lines.hyp"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lined) + "\n")
            log(f"[eval] {split} {mode}: " + ", ".join(f"{k} {v:.2f}" for k, v in sc.items()))
        if rc["metric"] == "sari":
            ident = score("sari", srcs, srcs, [flat(r) for r in refs])
            evals[f"{split}.identity"] = ident
            log(f"[eval] {split} identity copy: " + ", ".join(f"{k} {v:.2f}" for k, v in ident.items()))
    for split, pairs in splits:  # references and sources for the TypeScript cross-check
        with open(os.path.join(work, f"{split}.ref"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(flat(t) for _, t in pairs) + "\n")
        with open(os.path.join(work, f"{split}.src"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(s for s, _ in pairs) + "\n")
    metric_check = cross_check_metrics(work, rc["metric"], evals, log)
    if data.get("municipal_heldout"):
        evals["municipal_heldout.accepted"] = (gloss_guard if rc["task"] == "gloss" else ls_gate)(work, log)
    if rc["task"] == "translation":
        evals["test.guard"] = translation_guard(work, rc["target"], log)

    # 5. self-check: cached step decoder == cache-free model ----------------------------------------------------
    samples = reference_samples(args.recipe)
    if not cached_decoder_agrees(model, vocab, samples, rc["max_length"], log):
        return 1

    # 6. export ----------------------------------------------------------------------------------------
    log(f"[export] {os.path.relpath(out, REPO)}")
    os.makedirs(out, exist_ok=True)
    for name in ("onnx/encoder_model.onnx", "onnx/decoder_model_merged.onnx", "onnx/encoder_model_quantized.onnx",
                 "onnx/decoder_model_merged_quantized.onnx"):
        if os.path.exists(os.path.join(out, name)):
            os.remove(os.path.join(out, name))
    io = write_package(model, vocab, out, max_length=rc["max_length"], name_or_path=pkg_id, source_lang="de",
                       target_lang=None, log=lambda m: log("[export]" + m))
    for line in quantize_package(out):
        log(f"[export] {line}")

    # 7. reference decode (cache-free PyTorch greedy) ------------------------------------------------------
    write_reference(model, vocab, out, samples, rc["max_length"], log)

    sizes = {}
    for root, _, files in os.walk(out):
        for f in files:
            sizes[os.path.relpath(os.path.join(root, f), out)] = os.path.getsize(os.path.join(root, f))
    served = sum(v for k, v in sizes.items() if k.endswith("_quantized.onnx") or k in (
        "config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json"))
    total_minutes = (time.time() - t_start) / 60
    summary = {
        "id": pkg_id, "recipe": args.recipe, "task": rc["task"], "command": cmd, "metric": rc["metric"],
        "data": data["stats"], "vocab_size": vocab.vocab_size, "parameters": n_params, "model": rc["model"],
        "max_length": rc["max_length"], "num_beams": rc["num_beams"], "length_penalty": rc["length_penalty"],
        # a training stage's config, summary and history; a warm start's record (`init`) as it is
        "train": {k: ({"config": v["config"], "summary": v["summary"], "history": v["history"]} if "config" in v else v)
                  for k, v in train_log.items()},
        "eval": evals, "metric_check": metric_check, "sizes": sizes, "served_q8_bytes": served,
        "build_minutes": round(total_minutes, 1),
        "environment": {"python": platform.python_version(), "torch": torch.__version__, "threads": args.threads,
                        "machine": platform.machine(), "cpus": os.cpu_count()},
        "graph_io": io,
    }
    if rc["task"] == "translation":
        from cards_translation import gate
        summary["gate"] = gate(summary, rc)
        log(f"[gate] {json.dumps(summary['gate'])}")
    write_json(os.path.join(out, "eval.json"), summary)
    write_model_card(out, summary, rc)
    log(f"[build] done in {total_minutes:.1f} min; served (q8) size {served / 1e6:.2f} MB")
    log(f"[build] verify: node models/training/verify_package.mjs {os.path.relpath(out, REPO)}")
    return 0


def reference_samples(recipe: str) -> List[str]:
    """Sentences written for the project (no dataset text goes into a package): decoded in PyTorch at export, and
    the exported graphs must decode them the same way."""
    if recipe == "dgs-gloss-phoenix":
        return ["und nun die wettervorhersage für morgen , freitag .",
                "im süden bleibt es heute trocken und sonnig .",
                "am samstag gibt es im westen gewitter .",
                "morgen regnet es im norden und im osten .", "Am Sonntag scheint im Süden die Sonne."]
    if RECIPES[recipe]["task"] == "translation":
        return ["Das Bürgerbüro ist am Montag von 8 bis 12 Uhr geöffnet.",
                "Bitte bringen Sie Ihren Personalausweis und eine Meldebescheinigung mit.",
                "Den Antrag auf Wohngeld stellen Sie schriftlich bei der Stadt.",
                "Die Gebühr beträgt 37 Euro.",
                "Kinder unter sechs Jahren brauchen keinen Fahrschein."]
    return ["Die Stadtbibliothek hat ihre Öffnungszeiten geändert, weil viele Leserinnen abends kommen.",
            "Wer einen Antrag stellt, muss seinen Ausweis vorlegen.",
            "Den Antrag auf Wohngeld stellen Sie schriftlich beim Bürgerbüro der Stadt.",
            "Bitte bringen Sie Ihren Personalausweis und eine Meldebescheinigung mit."]


def cached_decoder_agrees(model, vocab: MarianVocab, samples: Sequence[str], max_length: int, log) -> bool:
    """The cached step decoder (the exported graph) gives the cache-free model's greedy ids. Both run with
    fast_linear: the cache-free decode recomputes the whole prefix every step, which takes minutes per long output
    otherwise; both paths agree to float rounding (see min_logit_margin)."""
    for text in samples:
        ids = torch.tensor([vocab.encode(text)])
        with fast_linear(model):
            ref, _ = model.greedy_generate(ids, torch.ones_like(ids), max_length)
            cached = greedy_generate_cached(model, ids, torch.ones_like(ids), max_length)
        if ref[0] != cached:
            log(f"[check] MISMATCH cached vs cache-free for {text!r}")
            return False
    log(f"[check] cached step decoder == cache-free greedy decode ({len(samples)} sentences)")
    return True


def write_reference(model, vocab: MarianVocab, out: str, samples: Sequence[str], max_length: int, log) -> None:
    """`reference_decode.json`: cache-free PyTorch greedy decodes the exported graphs must reproduce."""
    decodes = []
    for text in samples:
        ids = vocab.encode(text)
        with fast_linear(model):
            seqs, margin = model.greedy_generate(torch.tensor([ids]), None, max_length)
        decodes.append({"input": text, "input_ids": ids, "output_ids": seqs[0], "output_text": vocab.decode(seqs[0]),
                        "min_logit_margin": round(margin, 6) if margin != float("inf") else None})
        log(f"[reference] {text!r} -> {decodes[-1]['output_text']!r} (margin {margin:.3f})")
    tok_samples = list(samples) + ["Guten Tag.", "  Größe   der Straße!  ", "Qualität ① ﬁx", "Am 3. Mai um 14:30 Uhr."]
    reference = {**decodes[0],
                 "note": "PyTorch greedy decodes (cache-free). output_ids include the decoder start token, as "
                         "transformers.js generate() returns them. min_logit_margin is the smallest top-1/top-2 "
                         "logit gap over the free steps.",
                 "max_length": max_length, "extra_samples": decodes[1:],
                 "tokenizer_samples": [{"text": t, "ids": vocab.encode(t)} for t in tok_samples]}
    write_json(os.path.join(out, "reference_decode.json"), reference)


def rewrite_reference(model, vocab: MarianVocab, ckpt: str, out: str, samples: Sequence[str], max_length: int,
                      log) -> int:
    """--reference-only: the package's weights are best.pt and its vocabulary is this run's, or nothing is written."""
    with open(os.path.join(out, "tokenizer.json"), encoding="utf-8") as fh:
        if json.load(fh) != json.loads(json.dumps(vocab.tokenizer_json())):
            log(f"[reference] this run's vocabulary differs from {out}/tokenizer.json; not rewriting")
            return 1
    model.load_state_dict(torch.load(ckpt)["model"])
    model.eval()
    if not cached_decoder_agrees(model, vocab, samples, max_length, log):
        return 1
    write_reference(model, vocab, out, samples, max_length, log)
    return 0


def gloss_guard(work: str, log) -> Optional[dict]:
    """How many held-out municipal outputs the service's gloss guard (DgsEngine.acceptsModelGlosses) would accept."""
    try:
        result = node_json("check_glosses.ts", os.path.join(work, "municipal_heldout.greedy.hyp"),
                           os.path.join(work, "municipal_heldout.ref"), timeout=300)[-1]
    except Exception as err:  # noqa: BLE001 - informative, never fatal
        log(f"[eval] gloss guard check unavailable: {err}")
        return None
    log(f"[eval] municipal_heldout greedy: the gloss guard accepts {result['accepted']}/{result['n']} sentences "
        f"({result.get('knownForms')} use only known gloss forms); {result['exact']} equal the rules' glosses")
    return result


def translation_guard(work: str, target: str, log) -> Optional[dict]:
    """How many held-out test outputs the service's guard for spoken targets passes (check_translation_guard.ts)."""
    try:
        result = node_json("check_translation_guard.ts", os.path.join(work, "test.src"),
                           os.path.join(work, "test.greedy.hyp"), target, os.path.join(work, "test.ref"),
                           timeout=300)[-1]
    except Exception as err:  # noqa: BLE001 - informative here; the gate in the card treats a missing rate as failed
        log(f"[eval] translation guard check unavailable: {err}")
        return None
    log(f"[eval] test greedy: the guard passes {result['passed']}/{result['n']} sentences "
        f"({100 * result['rate']:.1f}%); reasons: {json.dumps(result['reasons'])}")
    return result


def ls_gate(work: str, log) -> Optional[dict]:
    """How many held-out municipal outputs the service's Leichte Sprache gate (acceptLeichteSprache) would accept."""
    split = os.path.join(work, "municipal_heldout")
    try:
        result = node_json("check_leichte_sprache.ts", f"{split}.greedy.lines.hyp", f"{split}.src", f"{split}.ref",
                           timeout=300)[-1]
    except Exception as err:  # noqa: BLE001 - informative, never fatal
        log(f"[eval] Leichte Sprache gate check unavailable: {err}")
        return None
    log(f"[eval] municipal_heldout greedy: the gate accepts {result['accepted']}/{result['n']} sentences (numbers "
        f"kept {result['numbersKept']}, content words kept {result['wordsKept']}, nothing invented "
        f"{result['nothingInvented']}, no line twice {result['noLineTwice']}, no hard-rule error {result['noErrors']}); "
        f"{result['exact']} equal the rule rewriter's output")
    return result


def cross_check_metrics(work: str, metric: str, evals: dict, log) -> Optional[dict]:
    """Recompute the test/dev scores with the TypeScript evaluators (tests/eval) on the same files."""
    result = {}
    for split in ("dev", "test"):
        hyp = os.path.join(work, f"{split}.greedy.hyp")
        if not os.path.exists(hyp):
            continue
        try:
            ts = node_json("check_metrics.ts", "--metric", metric, "--src", os.path.join(work, f"{split}.src"),
                           "--hyp", hyp, "--ref", os.path.join(work, f"{split}.ref"), timeout=300)[-1]
        except Exception as err:  # noqa: BLE001 - the check is informative, never fatal
            log(f"[metrics] TypeScript cross-check unavailable: {err}")
            return None
        py = evals[f"{split}.greedy"]
        pairs = {"bleu": ("score", "bleu"), "chrf": ("chrf", "chrf")} if metric == "bleu" else \
            {"chrf": ("score", "chrf"), "bleu": ("bleu", "bleu")} if metric == "chrf" else \
            {"sari": ("score", "sari"), "bleu": ("bleu", "bleu")}
        diffs = {name: abs(py[pk] - ts[tk]) for name, (pk, tk) in pairs.items()}
        result[split] = {"python": {n: py[pk] for n, (pk, _) in pairs.items()},
                         "typescript": {n: ts[tk] for n, (_, tk) in pairs.items()}, "max_abs_diff": max(diffs.values())}
        log(f"[metrics] {split} greedy: python {result[split]['python']} vs TypeScript {result[split]['typescript']}"
            f" (max |diff| {result[split]['max_abs_diff']:.2e})")
    return result


# --------------------------------------------------------------------------------------------------------------
def _fmt(x: float) -> str:
    return f"{x:.2f}"


def write_model_card(out: str, s: dict, rc: dict) -> None:
    from cards import model_card  # local module, keeps this file readable
    from cards_translation import translation_card

    with open(os.path.join(out, "MODEL_CARD.md"), "w", encoding="utf-8") as fh:
        fh.write(translation_card(s, rc) if s["task"] == "translation" else model_card(s, rc))


if __name__ == "__main__":
    sys.exit(main())
