"""Export a MarianMTModel + MarianVocab as a transformers.js package.

Layout written (what transformers.js 4.x loads for `model_type: "marian"`):

    <out>/config.json
    <out>/generation_config.json
    <out>/tokenizer.json
    <out>/tokenizer_config.json
    <out>/onnx/encoder_model.onnx            (dtype "fp32")
    <out>/onnx/decoder_model_merged.onnx     (dtype "fp32")
    <out>/onnx/*_quantized.onnx              (dtype "q8", optional, see quantize.py)

Graph I/O (dynamic axes named like Hugging Face Optimum's exports):

    encoder_model:  input_ids, attention_mask -> last_hidden_state
    decoder_model_merged: input_ids, encoder_attention_mask, encoder_hidden_states,
                    past_key_values.{i}.{decoder,encoder}.{key,value}
                    -> logits, present.{i}.{decoder,encoder}.{key,value}
"""

from __future__ import annotations

import json
import os
import warnings
from typing import Dict, List, Optional

import onnx
import torch
from torch import nn

from .decoder_step import MarianDecoderStep, past_names
from .model import MarianMTModel
from .tokenizer import MarianVocab

DEFAULT_OPSET = 14  # onnx 1.12 knows opsets <= 17; onnxruntime-node 1.2x/1.3x runs all of them


class _EncoderWrapper(nn.Module):
    def __init__(self, model: MarianMTModel) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model.encode(input_ids, attention_mask)


def _export(module: nn.Module, args: tuple, path: str, input_names: List[str], output_names: List[str],
            dynamic_axes: Dict[str, Dict[int, str]], opset: int) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    module.eval()
    with warnings.catch_warnings():
        # Tracing warnings about converting shapes to Python ints are expected and harmless here.
        warnings.simplefilter("ignore", category=torch.jit.TracerWarning)
        warnings.simplefilter("ignore", category=UserWarning)
        with torch.no_grad():
            torch.onnx.export(
                module,
                args,
                path,
                input_names=input_names,
                output_names=output_names,
                dynamic_axes=dynamic_axes,
                opset_version=opset,
                do_constant_folding=True,
            )


def export_encoder(model: MarianMTModel, path: str, opset: int = DEFAULT_OPSET) -> None:
    ids = torch.tensor([[5, 6, 7, 0]], dtype=torch.long).repeat(2, 1)
    mask = torch.ones_like(ids)
    _export(
        _EncoderWrapper(model),
        (ids, mask),
        path,
        input_names=["input_ids", "attention_mask"],
        output_names=["last_hidden_state"],
        dynamic_axes={
            "input_ids": {0: "batch_size", 1: "encoder_sequence_length"},
            "attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
            "last_hidden_state": {0: "batch_size", 1: "encoder_sequence_length"},
        },
        opset=opset,
    )


def export_decoder_merged(model: MarianMTModel, path: str, opset: int = DEFAULT_OPSET,
                          use_cache_branch: bool = False, step: Optional[nn.Module] = None) -> None:
    """`use_cache_branch=True` adds Optimum's `use_cache_branch` bool[1] input (see decoder_step.py). `step`
    is another architecture's step module with the same I/O (m2m100.M2M100DecoderStep)."""
    cfg = model.config
    step = step if step is not None else MarianDecoderStep(model, use_cache_branch=use_cache_branch)
    batch, enc_len, past_len, tgt_len = 2, 5, 3, 1
    heads = cfg.decoder_attention_heads
    head_dim = cfg.d_model // heads
    ids = torch.full((batch, tgt_len), 7, dtype=torch.long)
    enc_mask = torch.ones(batch, enc_len, dtype=torch.long)
    enc_hidden = torch.randn(batch, enc_len, cfg.d_model)
    # Trace with a non-empty past so nothing is specialised to length 0.
    past = []
    for _ in range(cfg.decoder_layers):
        past += [torch.randn(batch, heads, past_len, head_dim) for _ in range(2)]
        past += [torch.randn(batch, heads, enc_len, head_dim) for _ in range(2)]

    in_past = past_names(cfg.decoder_layers, "past_key_values")
    out_present = past_names(cfg.decoder_layers, "present")
    dynamic_axes = {
        "input_ids": {0: "batch_size", 1: "decoder_sequence_length"},
        "encoder_attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
        "encoder_hidden_states": {0: "batch_size", 1: "encoder_sequence_length"},
        "logits": {0: "batch_size", 1: "decoder_sequence_length"},
    }
    for name in in_past:
        seq = "past_decoder_sequence_length" if ".decoder." in name else "encoder_sequence_length_out"
        dynamic_axes[name] = {0: "batch_size", 2: seq}
    for name in out_present:
        seq = "past_decoder_sequence_length + 1" if ".decoder." in name else "encoder_sequence_length_out"
        dynamic_axes[name] = {0: "batch_size", 2: seq}
    flag_args = (torch.tensor([True]),) if use_cache_branch else ()
    flag_names = ["use_cache_branch"] if use_cache_branch else []
    _export(
        step,
        (ids, enc_mask, enc_hidden, *past, *flag_args),
        path,
        input_names=["input_ids", "encoder_attention_mask", "encoder_hidden_states", *in_past, *flag_names],
        output_names=["logits", *out_present],
        dynamic_axes=dynamic_axes,
        opset=opset,
    )
    # The exporter names the head/head_dim axes of the encoder cache outputs after the Slice that
    # makes them ("Slicepresent.0.encoder.key_dim_1"); pin them to their real static sizes.
    graph = onnx.load(path)
    for out in graph.graph.output:
        if out.name.startswith("present."):
            dims = out.type.tensor_type.shape.dim
            dims[1].Clear()
            dims[1].dim_value = heads
            dims[3].Clear()
            dims[3].dim_value = head_dim
    onnx.save(graph, path)


def check_onnx(path: str) -> onnx.ModelProto:
    """onnx.checker (with shape inference) and a list of I/O for the log."""
    onnx.checker.check_model(path, full_check=True)
    return onnx.load(path)


def describe_io(model: onnx.ModelProto) -> Dict[str, List[str]]:
    def fmt(v) -> str:
        dims = [d.dim_param if d.dim_param else str(d.dim_value) for d in v.type.tensor_type.shape.dim]
        dtype = onnx.TensorProto.DataType.Name(v.type.tensor_type.elem_type).lower()
        return f"{v.name} {dtype}[{', '.join(dims)}]"

    return {"inputs": [fmt(v) for v in model.graph.input], "outputs": [fmt(v) for v in model.graph.output]}


def write_json(path: str, obj) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def generation_config(model: MarianMTModel, max_length: int, num_beams: int = 1) -> dict:
    cfg = model.config
    return {
        "bad_words_ids": cfg.bad_words_ids,
        "bos_token_id": cfg.eos_token_id,
        "decoder_start_token_id": cfg.decoder_start_token_id,
        "do_sample": False,
        "eos_token_id": cfg.eos_token_id,
        "forced_eos_token_id": cfg.forced_eos_token_id,
        "max_length": max_length,
        "num_beams": num_beams,
        "pad_token_id": cfg.pad_token_id,
    }


def write_package(
    model: MarianMTModel,
    vocab: MarianVocab,
    out_dir: str,
    *,
    max_length: int,
    name_or_path: str = "",
    source_lang: Optional[str] = None,
    target_lang: Optional[str] = None,
    opset: int = DEFAULT_OPSET,
    log=print,
    use_cache_branch: bool = False,
) -> Dict[str, Dict[str, List[str]]]:
    """Write config, tokenizer files and the two fp32 ONNX graphs; return their I/O descriptions."""
    cfg = model.config
    if cfg.vocab_size != vocab.vocab_size or cfg.pad_token_id != vocab.pad_token_id:
        raise ValueError("model config and vocabulary disagree on vocab_size / pad id")
    os.makedirs(os.path.join(out_dir, "onnx"), exist_ok=True)
    model.eval()

    write_json(os.path.join(out_dir, "config.json"), cfg.to_hf_config(name_or_path=name_or_path))
    write_json(os.path.join(out_dir, "generation_config.json"), generation_config(model, max_length))
    write_json(os.path.join(out_dir, "tokenizer.json"), vocab.tokenizer_json())
    write_json(
        os.path.join(out_dir, "tokenizer_config.json"),
        vocab.tokenizer_config(cfg.max_position_embeddings, source_lang, target_lang),
    )
    log(f"  wrote config.json, generation_config.json, tokenizer.json, tokenizer_config.json")

    io = {}
    enc_path = os.path.join(out_dir, "onnx", "encoder_model.onnx")
    export_encoder(model, enc_path, opset)
    io["encoder_model"] = describe_io(check_onnx(enc_path))
    log(f"  exported + checked {os.path.relpath(enc_path, out_dir)} ({os.path.getsize(enc_path)} bytes)")

    dec_path = os.path.join(out_dir, "onnx", "decoder_model_merged.onnx")
    export_decoder_merged(model, dec_path, opset, use_cache_branch=use_cache_branch)
    io["decoder_model_merged"] = describe_io(check_onnx(dec_path))
    log(f"  exported + checked {os.path.relpath(dec_path, out_dir)} ({os.path.getsize(dec_path)} bytes)")
    return io
