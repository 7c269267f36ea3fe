#!/usr/bin/env python3
"""Build a tiny random-weight NLLB-200 or M2M100 test fixture (a transformers.js package).

    /usr/bin/python3 models/training/make_tiny_m2m100_fixture.py --out tests/fixtures/models/tiny-nllb-de-x
    /usr/bin/python3 models/training/make_tiny_m2m100_fixture.py --flavour m2m100 --out tests/fixtures/models/tiny-m2m100-de-x

One package serves many target languages: the decoder starts with `</s>`, the target language's token is
forced as the first generated token (`forced_bos_token_id`), and the source starts with the German token
(`deu_Latn`, `__de__`). With random weights every forced token leads to a different decode, so a service
that forces the wrong token, or none, or forgets the source token, answers visibly differently from the
PyTorch decodes written to reference_decode.json.

Steps: SentencePiece vocabulary on corpus/tiny.de-en.tsv, tiny M2M100 model (marian/m2m100.py) with fixed
seed, self-check of the cached step decoder against the cache-free model, ONNX export (fp32; int8 with
--quantize), onnx.checker, reference decodes per target token, MODEL_CARD.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marian.export import check_onnx, describe_io, export_decoder_merged, export_encoder, write_json  # noqa: E402
from marian.m2m100 import (  # noqa: E402
    M2M100Config,
    M2M100DecoderStep,
    M2M100ForConditionalGeneration,
    greedy_generate_cached,
)
from marian.nllb_vocab import NllbVocab, train_sentencepiece  # noqa: E402
from marian.quantize import quantize_package  # noqa: E402
from marian.tokenizer import read_parallel_tsv  # noqa: E402

# The first token is the tokenizer.json template's default source language (English, as in Meta's export).
# Beside the city's languages: two Arabic varieties and two Chinese scripts, which must stay distinct
# targets (ar vs arz, zh vs zh-Hant), and Hebrew (right to left).
LANGUAGES = {
    "nllb": ["eng_Latn", "deu_Latn", "ukr_Cyrl", "arb_Arab", "tur_Latn", "rus_Cyrl", "pol_Latn", "pes_Arab",
             "fra_Latn", "heb_Hebr", "arz_Arab", "zho_Hans", "zho_Hant"],
    "m2m100": ["__en__", "__de__", "__uk__", "__ar__", "__fa__", "__tr__", "__he__"],
}
SOURCE = {"nllb": "deu_Latn", "m2m100": "__de__"}
PACKAGE_FILES = ["config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                 "reference_decode.json", "MODEL_CARD.md", "onnx/encoder_model.onnx",
                 "onnx/decoder_model_merged.onnx", "onnx/encoder_model_quantized.onnx",
                 "onnx/decoder_model_merged_quantized.onnx"]


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True, help="package directory to (re)write")
    p.add_argument("--flavour", choices=["nllb", "m2m100"], default="nllb")
    p.add_argument("--corpus", default=os.path.join(HERE, "corpus", "tiny.de-en.tsv"))
    p.add_argument("--seed", type=int, default=4)
    p.add_argument("--vocab-size", type=int, default=250)
    p.add_argument("--d-model", type=int, default=16)
    p.add_argument("--heads", type=int, default=2)
    p.add_argument("--ffn-dim", type=int, default=32)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--max-positions", type=int, default=512,
                   help="must exceed input + 256 tokens (transformers.js' default max_new_tokens)")
    p.add_argument("--max-length", type=int, default=12, help="generation max_length (incl. start token)")
    p.add_argument("--init-std", type=float, default=1.0)
    p.add_argument("--samples", nargs="*", default=["Guten Tag", "Wo ist das Rathaus?"])
    p.add_argument("--quantize", action="store_true", help="also write int8 `_quantized` graphs")
    return p.parse_args()


def main() -> int:
    args = parse_args()
    t0 = time.time()
    out = os.path.abspath(args.out)
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)
    languages = LANGUAGES[args.flavour]
    source = SOURCE[args.flavour]

    print(f"[1/6] SentencePiece vocabulary from {os.path.relpath(args.corpus)} ({args.flavour} layout)")
    pairs = read_parallel_tsv(args.corpus)
    vocab = NllbVocab(train_sentencepiece([s for pair in pairs for s in pair], args.vocab_size), languages,
                      args.flavour)
    print(f"      {vocab.vocab_size} tokens; languages {languages[0]}..{languages[-1]} "
          f"(ids {vocab.token_to_id[languages[0]]}..{vocab.token_to_id[languages[-1]]})")

    print(f"[2/6] tiny M2M100: d_model {args.d_model}, {args.heads} heads, {args.layers}+{args.layers} layers")
    cfg = M2M100Config(
        vocab_size=vocab.vocab_size, d_model=args.d_model, encoder_layers=args.layers, decoder_layers=args.layers,
        encoder_attention_heads=args.heads, decoder_attention_heads=args.heads, encoder_ffn_dim=args.ffn_dim,
        decoder_ffn_dim=args.ffn_dim, max_position_embeddings=args.max_positions, init_std=args.init_std,
        max_length=args.max_length,
    )
    model = M2M100ForConditionalGeneration(cfg).eval()
    n_params = sum(p.numel() for p in model.parameters())

    targets = [t for t in languages if t != source]
    print("[3/6] self-check: cached step decoder == cache-free greedy decode, per target token")
    for text in args.samples:
        ids = torch.tensor([vocab.encode(text, source)])
        for target in targets:
            forced = vocab.token_to_id[target]
            full, _ = model.greedy_generate(ids, forced, args.max_length)
            cached = greedy_generate_cached(model, ids, forced, args.max_length)
            if full != cached:
                print(f"      MISMATCH {text!r} -> {target}: {full} vs {cached}")
                return 1
    print(f"      ok ({len(args.samples)} sentences x {len(targets)} targets)")

    print(f"[4/6] export to {os.path.relpath(out)}")
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    for name in PACKAGE_FILES:
        if os.path.exists(os.path.join(out, name)):
            os.remove(os.path.join(out, name))
    write_json(os.path.join(out, "config.json"), cfg.to_hf_config(
        name_or_path=os.path.basename(out),
        **({"tokenizer_class": "NllbTokenizer"} if args.flavour == "nllb" else {}),
    ))
    write_json(os.path.join(out, "generation_config.json"), {
        "bos_token_id": cfg.bos_token_id,
        "decoder_start_token_id": cfg.decoder_start_token_id,
        "eos_token_id": cfg.eos_token_id,
        "max_length": args.max_length,
        "pad_token_id": cfg.pad_token_id,
    })
    write_json(os.path.join(out, "tokenizer.json"), vocab.tokenizer_json())
    write_json(os.path.join(out, "tokenizer_config.json"), vocab.tokenizer_config(cfg.max_position_embeddings))
    enc_path = os.path.join(out, "onnx", "encoder_model.onnx")
    export_encoder(model, enc_path)
    dec_path = os.path.join(out, "onnx", "decoder_model_merged.onnx")
    export_decoder_merged(model, dec_path, step=M2M100DecoderStep(model))
    for path in (enc_path, dec_path):
        io = describe_io(check_onnx(path))
        print(f"      {os.path.basename(path)} ({os.path.getsize(path)} bytes): {', '.join(io['inputs'][:3])}, …")

    if args.quantize:
        print("[5/6] int8 dynamic quantisation")
        for line in quantize_package(out):
            print(f"      {line}")
    else:
        print("[5/6] fp32 only (load with dtype 'fp32'; --quantize adds the int8 graphs)")

    print("[6/6] reference decodes + model card")
    samples = []
    for text in args.samples:
        ids = vocab.encode(text, source)
        decodes = {}
        for target in targets:
            seq, margin = model.greedy_generate(torch.tensor([ids]), vocab.token_to_id[target], args.max_length)
            decodes[target] = {"output_ids": seq, "output_text": vocab.decode(seq),
                               "min_logit_margin": round(margin, 6) if margin != float("inf") else None}
        # What a runtime that does not pass the source language would encode (the template's default).
        default_ids = vocab.encode(text, languages[0])
        unsourced, _ = model.greedy_generate(torch.tensor([default_ids]), vocab.token_to_id[targets[1]],
                                             args.max_length)
        samples.append({"input": text, "input_ids": ids, "decodes": decodes,
                        "without_source_language": {"target": targets[1], "input_ids": default_ids,
                                                    "output_text": vocab.decode(unsourced)}})
        texts = [d["output_text"] for d in decodes.values()]
        print(f"      {text!r}: {len(set(texts))} different outputs for {len(texts)} targets")
        for target, d in decodes.items():
            print(f"        {target:>9} {d['output_text']!r} (margin {d['min_logit_margin']})")
        if len(set(texts)) < len(texts):
            print("      two targets decode alike: choose another --seed so that each forced token shows")
            return 1
        if samples[-1]["without_source_language"]["output_text"] == decodes[targets[1]]["output_text"]:
            print("      the source-language token changes nothing: choose another --seed")
            return 1
    write_json(os.path.join(out, "reference_decode.json"), {
        "note": "PyTorch greedy decodes (cache-free) per forced target-language token. output_ids include the "
                "decoder start token (</s>) and the forced token, as transformers.js generate() returns them.",
        "flavour": args.flavour,
        "source_language_token": source,
        "max_length": args.max_length,
        "samples": samples,
    })
    write_model_card(out, args, vocab, cfg, n_params, targets, source)
    total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(out) for f in fs)
    print(f"done in {time.time() - t0:.1f}s; {os.path.relpath(out)} is {total / 1024:.0f} KiB")
    return 0


def write_model_card(out, args, vocab: NllbVocab, cfg: M2M100Config, n_params: int, targets, source) -> None:
    flavour = "NLLB-200" if args.flavour == "nllb" else "M2M100"
    cmd = f"/usr/bin/python3 models/training/make_tiny_m2m100_fixture.py --flavour {args.flavour} --out {os.path.relpath(out)}"
    text = f"""# {os.path.basename(out)} (test fixture)

**Random weights. Test fixture only. This is not a translator.** It has the layout of a {flavour} export
(`model_type: "m2m_100"`, `{vocab.tokenizer_config(0)["tokenizer_class"]}`) so that the service's handling of
forced target-language tokens can be tested end to end without downloading a real model.

- Made by: `{cmd}` (seed {args.seed}; Debian `python3-torch`, `python3-onnx`, `python3-sentencepiece`)
- Architecture: M2M100 (`M2M100ForConditionalGeneration`), pre-norm, d_model {cfg.d_model},
  {cfg.encoder_attention_heads} heads, {cfg.encoder_layers}+{cfg.decoder_layers} layers, FFN {cfg.encoder_ffn_dim},
  ReLU, {n_params} parameters, tied embeddings, fairseq sinusoidal positions; weights N(0, {cfg.init_std}).
- Vocabulary: {vocab.vocab_size} tokens (`<s>` 0, `<pad>` 1, `</s>` 2, `<unk>` 3, SentencePiece unigram pieces
  from `models/training/corpus/tiny.de-en.tsv`, then the language tokens {", ".join(f"`{t}`" for t in vocab.language_tokens)}).
- Source: `{source}` + pieces + `</s>`; targets: the forced first token, one of {", ".join(f"`{t}`" for t in targets)}.
- Generation: greedy from `</s>`, `max_length` {args.max_length}.
- ONNX graphs: fp32{" and int8" if args.quantize else " only"}; opset 14.
- `reference_decode.json`: the PyTorch decode of {", ".join(f'"{s}"' for s in args.samples)} for every target
  token, and one decode made with the template's default source token instead of `{source}`.
- Licence: the fixture is part of the project (EUPL-1.2); it holds no weights or data of Meta's models.
"""
    with open(os.path.join(out, "MODEL_CARD.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    sys.exit(main())
