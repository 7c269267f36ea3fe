#!/usr/bin/env python3
"""Build the tiny random-weight Marian test fixture (a transformers.js package).

    /usr/bin/python3 models/training/make_tiny_fixture.py --out tests/fixtures/models/tiny-marian-de-en

Steps: train a small SentencePiece unigram vocabulary on corpus/tiny.de-en.tsv, build a tiny
Marian-compatible model with fixed-seed random weights, check that the cached single-step decoder
equals the cache-free model, export config/tokenizer/ONNX (fp32, plus int8 `_quantized` unless
--no-quantize), run onnx.checker, and save the PyTorch greedy decode of a sample sentence to
reference_decode.json so verify_package.mjs can compare transformers.js against it.

The weights are random: the "translation" is meaningless. The package exists to test the model
runtime end to end (loading, tokenising, encoder + cached decoder, generation, decoding).
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marian.decoder_step import greedy_generate_cached  # noqa: E402
from marian.export import write_json, write_package  # noqa: E402
from marian.model import MarianConfig, MarianMTModel  # noqa: E402
from marian.quantize import quantize_package  # noqa: E402
from marian.tokenizer import MarianVocab, read_parallel_tsv, train_sentencepiece  # noqa: E402

LANGUAGE_TOKENS = [">>de<<", ">>en<<"]
TOKENIZER_SAMPLES = [
    "Guten Tag",
    "Guten Tag.",
    ">>en<< Guten Tag",
    "Wo ist das Rathaus?",
    "  Größe   der Straße!  ",
    "Ich möchte einen Termin vereinbaren.",
    "Qualität ① ﬁx",  # unknown characters + NFKC-relevant characters
]
PACKAGE_FILES = [
    "config.json",
    "generation_config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "reference_decode.json",
    "MODEL_CARD.md",
    "onnx/encoder_model.onnx",
    "onnx/decoder_model_merged.onnx",
    "onnx/encoder_model_quantized.onnx",
    "onnx/decoder_model_merged_quantized.onnx",
]


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True, help="package directory to (re)write")
    p.add_argument("--corpus", default=os.path.join(HERE, "corpus", "tiny.de-en.tsv"))
    p.add_argument("--seed", type=int, default=20240601)
    p.add_argument("--vocab-size", type=int, default=250, help="SentencePiece pieces (before extras)")
    p.add_argument("--d-model", type=int, default=16)
    p.add_argument("--heads", type=int, default=2)
    p.add_argument("--ffn-dim", type=int, default=32)
    p.add_argument("--layers", type=int, default=1, help="encoder and decoder layers each")
    p.add_argument(
        "--max-positions", type=int, default=512,
        help="position table size (HF Marian: 512). transformers.js' translation pipeline asks for "
        "max_new_tokens 256 by default, so this must exceed 257 or that pipeline overruns the table",
    )
    p.add_argument("--max-length", type=int, default=20, help="generation max_length (incl. start token)")
    p.add_argument(
        "--init-std", type=float, default=1.0,
        help="weight init std; much larger than HF's 0.02 so random logits are well separated "
        "and the random output varies instead of repeating one token",
    )
    p.add_argument(
        "--eos-bias", type=float, default=4.0,
        help="final_logits_bias on </s>, so that some inputs end on a generated </s> (e.g. 'Mir geht es "
        "gut, danke.') and some stop at max_length (e.g. 'Guten Tag'); 0 = unbiased random model",
    )
    p.add_argument("--sample", default="Guten Tag", help="main sentence for reference_decode.json")
    p.add_argument(
        "--extra-samples", nargs="*", default=["Mir geht es gut, danke.", "Guten Abend."],
        help="more sentences decoded into reference_decode.json (also checked as one padded batch)",
    )
    p.add_argument("--no-quantize", action="store_true", help="write fp32 graphs only")
    p.add_argument(
        "--use-cache-branch", action="store_true",
        help="export the merged decoder in Optimum's layout, with a `use_cache_branch` bool[1] input "
        "(tests/fixtures/models/tiny-marian-de-en-optimum)",
    )
    return p.parse_args()


def main() -> int:
    args = parse_args()
    t0 = time.time()
    out = os.path.abspath(args.out)
    rel_out = os.path.relpath(out)
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)

    print(f"[1/6] SentencePiece vocabulary from {os.path.relpath(args.corpus)}")
    pairs = read_parallel_tsv(args.corpus)
    sentences = [s for pair in pairs for s in pair]
    vocab = MarianVocab(train_sentencepiece(sentences, args.vocab_size), LANGUAGE_TOKENS)
    print(f"      {len(pairs)} sentence pairs -> {vocab.vocab_size} tokens "
          f"(eos 0, unk 1, pad/decoder start {vocab.pad_token_id}, languages {LANGUAGE_TOKENS})")

    print(f"[2/6] tiny model: d_model {args.d_model}, {args.heads} heads, {args.layers}+{args.layers} layers, "
          f"seed {args.seed}")
    cfg = MarianConfig(
        vocab_size=vocab.vocab_size,
        d_model=args.d_model,
        encoder_layers=args.layers,
        decoder_layers=args.layers,
        encoder_attention_heads=args.heads,
        decoder_attention_heads=args.heads,
        encoder_ffn_dim=args.ffn_dim,
        decoder_ffn_dim=args.ffn_dim,
        max_position_embeddings=args.max_positions,
        init_std=args.init_std,
        max_length=args.max_length,
        pad_token_id=vocab.pad_token_id,
        eos_token_id=vocab.eos_token_id,
    )
    model = MarianMTModel(cfg).eval()
    with torch.no_grad():
        model.final_logits_bias[0, vocab.eos_token_id] = args.eos_bias
    n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"      {n_params} trainable parameters")

    print("[3/6] self-check: cached step decoder == cache-free greedy decode")
    for text in [args.sample] + [p[0] for p in pairs[:8]]:
        ids = torch.tensor([vocab.encode(text)])
        mask = torch.ones_like(ids)
        ref, _ = model.greedy_generate(ids, mask, args.max_length)
        cached = greedy_generate_cached(model, ids, mask, args.max_length)
        if ref[0] != cached:
            print(f"      MISMATCH for {text!r}:\n        full   {ref[0]}\n        cached {cached}")
            return 1
    print("      ok (9 sentences)")

    print(f"[4/6] export to {rel_out}")
    os.makedirs(out, exist_ok=True)
    for name in PACKAGE_FILES:
        path = os.path.join(out, name)
        if os.path.exists(path):
            os.remove(path)
    io = write_package(
        model, vocab, out,
        max_length=args.max_length,
        name_or_path=os.path.basename(out),
        source_lang="de",
        target_lang="en",
        log=print,
        use_cache_branch=args.use_cache_branch,
    )
    for graph, spec in io.items():
        print(f"      {graph}: inputs  {', '.join(spec['inputs'])}")
        print(f"      {graph}: outputs {', '.join(spec['outputs'])}")

    if args.no_quantize:
        print("[5/6] quantisation skipped (--no-quantize): fp32 only, load with dtype 'fp32'")
    else:
        print("[5/6] int8 dynamic quantisation (MatMul -> DynamicQuantizeLinear + MatMulInteger)")
        for line in quantize_package(out):
            print(f"      {line}")

    print("[6/6] reference decode + model card")
    decodes = []
    for text in [args.sample] + list(args.extra_samples):
        ids = vocab.encode(text)
        seqs, margin = model.greedy_generate(torch.tensor([ids]), None, args.max_length)
        decodes.append({
            "input": text,
            "input_ids": ids,
            "output_ids": seqs[0],
            "output_text": vocab.decode(seqs[0]),
            "min_logit_margin": round(margin, 6) if margin != float("inf") else None,
        })
        stop = "generated </s>" if len(seqs[0]) < args.max_length else f"max_length {args.max_length}"
        print(f"      {text!r} -> {seqs[0]} ({stop})")
        print(f"        text {decodes[-1]['output_text']!r}, min logit margin {margin:.4f}")
    reference = {
        **decodes[0],
        "note": "PyTorch greedy decodes (cache-free). output_ids include the decoder start token, as "
                "transformers.js generate() returns them. min_logit_margin is the smallest top-1/top-2 "
                "logit gap over the free steps (float noise must stay below it).",
        "max_length": args.max_length,
        "extra_samples": decodes[1:],
        "tokenizer_samples": [{"text": t, "ids": vocab.encode(t)} for t in TOKENIZER_SAMPLES],
        **({"expect_use_cache_branch": True} if args.use_cache_branch else {}),
    }
    write_json(os.path.join(out, "reference_decode.json"), reference)
    write_model_card(out, args, vocab, cfg, n_params, quantized=not args.no_quantize)

    total = sum(
        os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(out) for f in files
    )
    print(f"done in {time.time() - t0:.1f}s; package {rel_out} is {total / 1024:.0f} KiB")
    print(f"verify: node models/training/verify_package.mjs {rel_out} {args.sample!r}")
    return 0


def write_model_card(out: str, args, vocab: MarianVocab, cfg: MarianConfig, n_params: int, quantized: bool) -> None:
    cmd = f"/usr/bin/python3 models/training/make_tiny_fixture.py --out {os.path.relpath(args.out)}"
    defaults = parse_defaults()
    for key, value in vars(args).items():
        if key not in ("out", "corpus") and defaults.get(key) != value:
            if isinstance(value, bool):
                cmd += f" --{key.replace('_', '-')}"
            elif isinstance(value, list):
                cmd += f" --{key.replace('_', '-')} " + " ".join(shlex.quote(v) for v in value)
            else:
                cmd += f" --{key.replace('_', '-')} {shlex.quote(str(value))}"
    files = "fp32 and int8 (`_quantized`, dtype `q8`)" if quantized else "fp32 only (load with `dtype: 'fp32'`)"
    layout = (
        "; Optimum layout: the merged decoder has the extra `use_cache_branch` bool[1] input (false on the first "
        "step, true afterwards; see `models/training/marian/decoder_step.py`)"
        if args.use_cache_branch else ""
    )
    text = f"""# {os.path.basename(os.path.abspath(args.out))} (test fixture)

**Random weights. Test fixture only. This is not a translator.** Its output is meaningless token
soup; it exists so the model runtime can be tested end to end (package loading, tokenisation,
encoder, cached merged decoder, greedy generation, decoding) without downloading a real model.

- Made by: `{cmd}`
  (run from the repository root; needs Debian `python3-torch`, `python3-onnx`,
  `python3-sentencepiece`; see `models/training/README.md`)
- Checked by: `node models/training/verify_package.mjs {os.path.relpath(args.out)} "{args.sample}"`
- Architecture: Marian (`MarianMTModel`), d_model {cfg.d_model}, {cfg.encoder_attention_heads} heads,
  {cfg.encoder_layers} encoder + {cfg.decoder_layers} decoder layer(s), FFN {cfg.encoder_ffn_dim},
  {cfg.activation_function}, {n_params} parameters, tied embeddings, sinusoidal positions (max
  {cfg.max_position_embeddings}), weights N(0, {cfg.init_std}) with seed {args.seed},
  `final_logits_bias` {args.eos_bias} on `</s>` (so some inputs end early, others run to max_length).
- Vocabulary: {vocab.vocab_size} tokens, SentencePiece unigram trained on the {os.path.relpath(args.corpus, HERE)}
  sample sentences in `models/training/`; `</s>` = 0, `<unk>` = 1, `<pad>` = {vocab.pad_token_id}
  (also decoder start), target-language tokens {", ".join(f"`{t}`" for t in vocab.language_tokens)}.
- Generation: greedy, `max_length` {args.max_length} (including the start token), `</s>` forced at the
  last position, `<pad>` never generated.
- ONNX graphs: {files}; opset 14{layout}.
- `reference_decode.json`: PyTorch greedy outputs for {", ".join(f'"{t}"' for t in [args.sample, *args.extra_samples])}
  that transformers.js must reproduce exactly with the fp32 graphs, plus tokeniser samples.
"""
    with open(os.path.join(out, "MODEL_CARD.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


def parse_defaults() -> dict:
    saved = sys.argv
    try:
        sys.argv = [saved[0], "--out", "x"]
        return vars(parse_args())
    finally:
        sys.argv = saved


if __name__ == "__main__":
    sys.exit(main())
