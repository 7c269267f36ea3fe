"""Single-step decoder with explicit past key/values, written for ONNX export.

This is the "merged" decoder that transformers.js runs for `model_type: "marian"` (session
`decoder_model_merged`). transformers.js (4.x, `decoder_forward` / `addPastKeyValues`) feeds it:

* `input_ids`               [batch_size, decoder_sequence_length]  int64
* `encoder_attention_mask`  [batch_size, encoder_sequence_length]  int64
* `encoder_hidden_states`   [batch_size, encoder_sequence_length, d_model] float32
* `past_key_values.{i}.decoder.key|value` [batch_size, heads, past_decoder_sequence_length, head_dim]
* `past_key_values.{i}.encoder.key|value` [batch_size, heads, encoder_sequence_length_out, head_dim]

On the first step the past tensors are *empty*: transformers.js builds them from the graph's input
metadata, putting the batch size for the dim named `batch_size`, the fixed number for numeric dims,
and 0 for every other symbolic dim. So the head and head_dim axes must be static and the batch axis
must be called exactly `batch_size`.

There is no `use_cache_branch` input (it is optional in transformers.js). Instead:

* self-attention: keys/values = concat(past, new) along time; positions start at past length;
* cross-attention: keys/values = concat(past_encoder, freshly projected)[:, :, :encoder_len]. With
  an empty past (first step) that is the fresh projection; afterwards it is exactly the cached
  tensor (transformers.js keeps the first step's `present.*.encoder.*` and feeds them back). The
  fresh projection is still computed every step; that waste is negligible for small models. A
  larger model may want an ONNX `If` on the past length instead.

Outputs: `logits` [batch_size, decoder_sequence_length, vocab] and `present.{i}.decoder|encoder.key|value`.

Optimum layout (`use_cache_branch=True`): Hugging Face Optimum's merged decoders take one more input,
`use_cache_branch` bool [1] (last input), and switch between a no-cache and a with-cache subgraph with an ONNX
`If`. transformers.js feeds it `false` on the first step (with empty past tensors) and `true` afterwards. This
module reproduces the behaviour without an `If`: the cross-attention keys/values are
`where(use_cache_branch, concat(past, fresh)[:, :, :encoder_len], fresh)`, i.e. the fresh projection when the
flag is false (whatever the past holds) and the cached tensors when it is true. The decoder self-attention past
is empty on the no-cache step in every caller, so it is concatenated as usual.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

import torch
from torch import nn

from .model import MarianMTModel, causal_mask, padding_mask


def past_names(num_layers: int, prefix: str = "past_key_values") -> List[str]:
    """Flat cache names in the order the step module takes/returns them."""
    names = []
    for i in range(num_layers):
        for part in ("decoder", "encoder"):
            for kv in ("key", "value"):
                names.append(f"{prefix}.{i}.{part}.{kv}")
    return names


class MarianDecoderStep(nn.Module):
    """forward(input_ids, encoder_attention_mask, encoder_hidden_states, *past) -> (logits, *present)

    `past`/`present` are flat, per layer: decoder.key, decoder.value, encoder.key, encoder.value.
    """

    def __init__(self, model: MarianMTModel, use_cache_branch: bool = False) -> None:
        super().__init__()
        self.model = model
        self.num_layers = model.config.decoder_layers
        self.use_cache_branch = use_cache_branch

    def forward(
        self,
        input_ids: torch.Tensor,
        encoder_attention_mask: torch.Tensor,
        encoder_hidden_states: torch.Tensor,
        *past: torch.Tensor,
    ) -> Tuple[torch.Tensor, ...]:
        flag = None
        if self.use_cache_branch:
            past, flag = past[:-1], past[-1]
        if len(past) != 4 * self.num_layers:
            raise ValueError(f"expected {4 * self.num_layers} past tensors, got {len(past)}")
        decoder = self.model.model.decoder
        past_len = past[0].shape[2]
        enc_len = encoder_hidden_states.shape[1]

        hidden = decoder.embed(input_ids, past_len)
        self_mask = causal_mask(input_ids.shape[1], past_len, hidden.dtype)
        cross_mask = padding_mask(encoder_attention_mask, hidden.dtype)

        presents: List[torch.Tensor] = []
        for i, layer in enumerate(decoder.layers):
            past_k, past_v, past_ek, past_ev = past[4 * i: 4 * i + 4]

            # masked self-attention over past + current tokens
            residual = hidden
            q = layer.self_attn.project_q(hidden)
            k, v = layer.self_attn.project_kv(hidden)
            k = torch.cat([past_k, k], dim=2)
            v = torch.cat([past_v, v], dim=2)
            hidden = layer.self_attn_layer_norm(residual + layer.self_attn.attend(q, k, v, self_mask))

            # cross-attention, cached encoder keys/values when present
            residual = hidden
            q = layer.encoder_attn.project_q(hidden)
            new_ek, new_ev = layer.encoder_attn.project_kv(encoder_hidden_states)
            ek = torch.cat([past_ek, new_ek], dim=2)[:, :, :enc_len]
            ev = torch.cat([past_ev, new_ev], dim=2)[:, :, :enc_len]
            if flag is not None:
                ek = torch.where(flag, ek, new_ek)
                ev = torch.where(flag, ev, new_ev)
            hidden = layer.encoder_attn_layer_norm(
                residual + layer.encoder_attn.attend(q, ek, ev, cross_mask)
            )

            hidden = layer.ffn_block(hidden)
            presents += [k, v, ek, ev]

        return (self.model.logits(hidden), *presents)

    def empty_past(self, batch_size: int) -> List[torch.Tensor]:
        """What transformers.js feeds on the first step: zero-length past tensors."""
        cfg = self.model.config
        heads = cfg.decoder_attention_heads
        head_dim = cfg.d_model // heads
        return [torch.zeros(batch_size, heads, 0, head_dim) for _ in range(4 * self.num_layers)]


@torch.no_grad()
def greedy_generate_cached(
    model: MarianMTModel, input_ids: torch.Tensor, attention_mask: torch.Tensor, max_length: int
) -> List[int]:
    """Greedy decoding (batch 1) through MarianDecoderStep, mimicking transformers.js' loop. Used to
    check that the step module equals the cache-free `MarianMTModel.greedy_generate` before export."""
    cfg = model.config
    step = MarianDecoderStep(model).eval()
    enc = model.encode(input_ids, attention_mask)
    past: Sequence[torch.Tensor] = step.empty_past(input_ids.shape[0])
    seq = [cfg.decoder_start_token_id]
    first = True
    while True:
        out = step(torch.tensor([[seq[-1]]]), attention_mask, enc, *past)
        logits, present = out[0][0, -1].clone(), list(out[1:])
        if first:
            past = present
            first = False
        else:  # transformers.js keeps the first step's encoder cache
            for i in range(step.num_layers):
                present[4 * i + 2], present[4 * i + 3] = past[4 * i + 2], past[4 * i + 3]
            past = present
        for bad in cfg.bad_words_ids:
            if len(bad) == 1 or seq[-(len(bad) - 1):] == bad[:-1]:
                logits[bad[-1]] = float("-inf")
        if len(seq) == max_length - 1:
            logits.fill_(float("-inf"))
            logits[cfg.forced_eos_token_id] = 0.0
        seq.append(int(torch.argmax(logits)))
        if seq[-1] == cfg.eos_token_id or len(seq) >= max_length:
            return seq
