"""An M2M100-compatible encoder-decoder (the architecture NLLB-200 uses) in plain PyTorch.

Only for tiny random-weight fixtures: the service serves NLLB and M2M100 exports through the same
transformers.js code path (`model_type: "m2m_100"`, `M2M100ForConditionalGeneration`), and those
packages differ from Marian in what the runtime has to do: a forced target-language token as the first
generated token (`forced_bos_token_id`) and a source-language token before the source.

Differences from `model.py` (Marian), as in Hugging Face's `modeling_m2m_100.py`:

* pre-norm layers (LayerNorm, sublayer, residual add) and a final LayerNorm after encoder and decoder;
* sinusoidal positions in fairseq's layout (sin and cos halves of one frequency ramp), offset by the pad
  id: a token's position is `padding_idx + 1 + its index among the non-pad tokens`; pad tokens read the
  zero row `padding_idx`;
* `</s>` (id 2) is the decoder start token, `<pad>` is 1, `<s>` 0, `<unk>` 3; no `final_logits_bias`;
* ReLU feed-forward.

Attention is Marian's (`MarianAttention`, the same BART-style projections), so the cached step below
has the graph I/O `decoder_step.py` documents.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import torch
import torch.nn.functional as F
from torch import nn

from .model import ACTIVATIONS, MarianAttention, causal_mask, padding_mask


@dataclass
class M2M100Config:
    """The subset of HF `M2M100Config` used here (same field names)."""

    vocab_size: int
    d_model: int = 16
    encoder_layers: int = 1
    decoder_layers: int = 1
    encoder_attention_heads: int = 2
    decoder_attention_heads: int = 2
    encoder_ffn_dim: int = 32
    decoder_ffn_dim: int = 32
    activation_function: str = "relu"
    max_position_embeddings: int = 512
    scale_embedding: bool = True
    init_std: float = 1.0
    bos_token_id: int = 0
    pad_token_id: int = 1
    eos_token_id: int = 2
    decoder_start_token_id: int = 2
    max_length: int = 20

    def to_hf_config(self, **extra) -> dict:
        cfg = {
            "_name_or_path": extra.pop("name_or_path", ""),
            "architectures": ["M2M100ForConditionalGeneration"],
            "model_type": "m2m_100",
            "is_encoder_decoder": True,
            "activation_function": self.activation_function,
            "d_model": self.d_model,
            "encoder_layers": self.encoder_layers,
            "decoder_layers": self.decoder_layers,
            "encoder_attention_heads": self.encoder_attention_heads,
            "decoder_attention_heads": self.decoder_attention_heads,
            "encoder_ffn_dim": self.encoder_ffn_dim,
            "decoder_ffn_dim": self.decoder_ffn_dim,
            "num_hidden_layers": self.encoder_layers,
            "vocab_size": self.vocab_size,
            "max_position_embeddings": self.max_position_embeddings,
            "scale_embedding": self.scale_embedding,
            "dropout": 0.1,
            "attention_dropout": 0.0,
            "activation_dropout": 0.0,
            "encoder_layerdrop": 0.0,
            "decoder_layerdrop": 0.0,
            "init_std": self.init_std,
            "use_cache": True,
            "bos_token_id": self.bos_token_id,
            "pad_token_id": self.pad_token_id,
            "eos_token_id": self.eos_token_id,
            "decoder_start_token_id": self.decoder_start_token_id,
            "max_length": self.max_length,
        }
        cfg.update(extra)
        return cfg


def fairseq_sinusoids(num_embeddings: int, dim: int, padding_idx: int) -> torch.Tensor:
    """HF `M2M100SinusoidalPositionalEmbedding.get_embedding`."""
    half = dim // 2
    step = math.log(10000) / (half - 1)
    freqs = torch.exp(torch.arange(half, dtype=torch.float32) * -step)
    angles = torch.arange(num_embeddings, dtype=torch.float32)[:, None] * freqs[None, :]
    table = torch.cat([torch.sin(angles), torch.cos(angles)], dim=1)
    if dim % 2 == 1:
        table = torch.cat([table, torch.zeros(num_embeddings, 1)], dim=1)
    table[padding_idx, :] = 0
    return table


def position_ids(input_ids: torch.Tensor, padding_idx: int, past_len=0) -> torch.Tensor:
    """HF `create_position_ids_from_input_ids`: non-pad tokens count up from padding_idx + 1 (+ past)."""
    mask = input_ids.ne(padding_idx).long()
    return (torch.cumsum(mask, dim=1) + past_len) * mask + padding_idx


class M2M100EncoderLayer(nn.Module):
    def __init__(self, cfg: M2M100Config) -> None:
        super().__init__()
        d = cfg.d_model
        self.self_attn = MarianAttention(d, cfg.encoder_attention_heads)
        self.self_attn_layer_norm = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, cfg.encoder_ffn_dim)
        self.fc2 = nn.Linear(cfg.encoder_ffn_dim, d)
        self.final_layer_norm = nn.LayerNorm(d)
        self.act = ACTIVATIONS[cfg.activation_function]

    def forward(self, hidden: torch.Tensor, mask: Optional[torch.Tensor]) -> torch.Tensor:
        hidden = hidden + self.self_attn(self.self_attn_layer_norm(hidden), additive_mask=mask)
        return hidden + self.fc2(self.act(self.fc1(self.final_layer_norm(hidden))))


class M2M100DecoderLayer(nn.Module):
    def __init__(self, cfg: M2M100Config) -> None:
        super().__init__()
        d = cfg.d_model
        self.self_attn = MarianAttention(d, cfg.decoder_attention_heads)
        self.self_attn_layer_norm = nn.LayerNorm(d)
        self.encoder_attn = MarianAttention(d, cfg.decoder_attention_heads)
        self.encoder_attn_layer_norm = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, cfg.decoder_ffn_dim)
        self.fc2 = nn.Linear(cfg.decoder_ffn_dim, d)
        self.final_layer_norm = nn.LayerNorm(d)
        self.act = ACTIVATIONS[cfg.activation_function]

    def ffn_block(self, hidden: torch.Tensor) -> torch.Tensor:
        return hidden + self.fc2(self.act(self.fc1(self.final_layer_norm(hidden))))

    def forward(self, hidden, self_mask, encoder_hidden_states, cross_mask) -> torch.Tensor:
        hidden = hidden + self.self_attn(self.self_attn_layer_norm(hidden), additive_mask=self_mask)
        hidden = hidden + self.encoder_attn(
            self.encoder_attn_layer_norm(hidden), key_value_states=encoder_hidden_states, additive_mask=cross_mask
        )
        return self.ffn_block(hidden)


class M2M100Stack(nn.Module):
    """Embeddings shared by encoder and decoder: scaled tokens plus offset sinusoids."""

    def __init__(self, cfg: M2M100Config, embed_tokens: nn.Embedding) -> None:
        super().__init__()
        self.cfg = cfg
        self.embed_tokens = embed_tokens
        self.embed_scale = math.sqrt(cfg.d_model) if cfg.scale_embedding else 1.0
        table = fairseq_sinusoids(cfg.max_position_embeddings + 2, cfg.d_model, cfg.pad_token_id)
        self.register_buffer("positions", table, persistent=False)
        self.layer_norm = nn.LayerNorm(cfg.d_model)

    def embed(self, input_ids: torch.Tensor, past_len=0) -> torch.Tensor:
        pos = position_ids(input_ids, self.cfg.pad_token_id, past_len)
        return self.embed_tokens(input_ids) * self.embed_scale + F.embedding(pos, self.positions)


class M2M100Encoder(M2M100Stack):
    def __init__(self, cfg: M2M100Config, embed_tokens: nn.Embedding) -> None:
        super().__init__(cfg, embed_tokens)
        self.layers = nn.ModuleList([M2M100EncoderLayer(cfg) for _ in range(cfg.encoder_layers)])

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.embed(input_ids)
        mask = padding_mask(attention_mask, hidden.dtype)
        for layer in self.layers:
            hidden = layer(hidden, mask)
        return self.layer_norm(hidden)


class M2M100Decoder(M2M100Stack):
    def __init__(self, cfg: M2M100Config, embed_tokens: nn.Embedding) -> None:
        super().__init__(cfg, embed_tokens)
        self.layers = nn.ModuleList([M2M100DecoderLayer(cfg) for _ in range(cfg.decoder_layers)])

    def forward(self, input_ids, encoder_hidden_states, encoder_attention_mask) -> torch.Tensor:
        hidden = self.embed(input_ids)
        self_mask = causal_mask(input_ids.shape[1], 0, hidden.dtype)
        cross_mask = padding_mask(encoder_attention_mask, hidden.dtype)
        for layer in self.layers:
            hidden = layer(hidden, self_mask, encoder_hidden_states, cross_mask)
        return self.layer_norm(hidden)


class M2M100Model(nn.Module):
    def __init__(self, cfg: M2M100Config) -> None:
        super().__init__()
        self.shared = nn.Embedding(cfg.vocab_size, cfg.d_model, padding_idx=cfg.pad_token_id)
        self.encoder = M2M100Encoder(cfg, self.shared)
        self.decoder = M2M100Decoder(cfg, self.shared)


class M2M100ForConditionalGeneration(nn.Module):
    def __init__(self, cfg: M2M100Config) -> None:
        super().__init__()
        self.config = cfg
        self.model = M2M100Model(cfg)
        self.lm_head = nn.Linear(cfg.d_model, cfg.vocab_size, bias=False)
        self.lm_head.weight = self.model.shared.weight  # tied, as in HF
        for module in self.modules():
            if isinstance(module, nn.Linear):
                nn.init.normal_(module.weight, mean=0.0, std=cfg.init_std)
                if module.bias is not None:
                    nn.init.zeros_(module.bias)
            elif isinstance(module, nn.Embedding):
                nn.init.normal_(module.weight, mean=0.0, std=cfg.init_std)
                with torch.no_grad():
                    module.weight[cfg.pad_token_id].zero_()

    def logits(self, decoder_hidden: torch.Tensor) -> torch.Tensor:
        return self.lm_head(decoder_hidden)

    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model.encoder(input_ids, attention_mask)

    @torch.no_grad()
    def greedy_generate(
        self, input_ids: torch.Tensor, forced_bos_token_id: int, max_length: int
    ) -> Tuple[List[int], float]:
        """Cache-free greedy decode (batch 1) as transformers.js runs it for these packages: start with
        `</s>`, the forced language token next, then argmax until `</s>` or max_length tokens in all.
        Returns the sequence and the smallest top-1/top-2 logit margin of the free steps."""
        cfg = self.config
        self.eval()
        mask = torch.ones_like(input_ids)
        enc = self.encode(input_ids, mask)
        seq = [cfg.decoder_start_token_id]
        margin = float("inf")
        while True:
            logits = self.logits(self.model.decoder(torch.tensor([seq]), enc, mask))[0, -1]
            if len(seq) == 1:
                seq.append(forced_bos_token_id)
            else:
                top2 = torch.topk(logits, 2).values
                margin = min(margin, float(top2[0] - top2[1]))
                seq.append(int(torch.argmax(logits)))
            if seq[-1] == cfg.eos_token_id or len(seq) >= max_length:
                return seq, margin


class M2M100DecoderStep(nn.Module):
    """The merged decoder transformers.js runs: one step with explicit past key/values, the same I/O as
    `decoder_step.MarianDecoderStep` (see there for why the cross-attention concatenates and slices)."""

    def __init__(self, model: M2M100ForConditionalGeneration, use_cache_branch: bool = False) -> None:
        super().__init__()
        if use_cache_branch:
            raise ValueError("the M2M100 fixture is exported without use_cache_branch")
        self.model = model
        self.num_layers = model.config.decoder_layers

    def forward(self, input_ids, encoder_attention_mask, encoder_hidden_states, *past) -> Tuple[torch.Tensor, ...]:
        decoder = self.model.model.decoder
        past_len = past[0].shape[2]
        enc_len = encoder_hidden_states.shape[1]
        hidden = decoder.embed(input_ids, past_len)
        self_mask = causal_mask(input_ids.shape[1], past_len, hidden.dtype)
        cross_mask = padding_mask(encoder_attention_mask, hidden.dtype)
        presents: List[torch.Tensor] = []
        for i, layer in enumerate(decoder.layers):
            past_k, past_v, past_ek, past_ev = past[4 * i: 4 * i + 4]
            normed = layer.self_attn_layer_norm(hidden)
            q = layer.self_attn.project_q(normed)
            k, v = layer.self_attn.project_kv(normed)
            k = torch.cat([past_k, k], dim=2)
            v = torch.cat([past_v, v], dim=2)
            hidden = hidden + layer.self_attn.attend(q, k, v, self_mask)

            normed = layer.encoder_attn_layer_norm(hidden)
            q = layer.encoder_attn.project_q(normed)
            new_ek, new_ev = layer.encoder_attn.project_kv(encoder_hidden_states)
            ek = torch.cat([past_ek, new_ek], dim=2)[:, :, :enc_len]
            ev = torch.cat([past_ev, new_ev], dim=2)[:, :, :enc_len]
            hidden = hidden + layer.encoder_attn.attend(q, ek, ev, cross_mask)

            hidden = layer.ffn_block(hidden)
            presents += [k, v, ek, ev]
        return (self.model.logits(decoder.layer_norm(hidden)), *presents)

    def empty_past(self, batch_size: int) -> List[torch.Tensor]:
        cfg = self.model.config
        head_dim = cfg.d_model // cfg.decoder_attention_heads
        return [torch.zeros(batch_size, cfg.decoder_attention_heads, 0, head_dim) for _ in range(4 * self.num_layers)]


@torch.no_grad()
def greedy_generate_cached(
    model: M2M100ForConditionalGeneration, input_ids: torch.Tensor, forced_bos_token_id: int, max_length: int
) -> List[int]:
    """The same decode through the step module, feeding back the cache as transformers.js does."""
    cfg = model.config
    step = M2M100DecoderStep(model).eval()
    mask = torch.ones_like(input_ids)
    enc = model.encode(input_ids, mask)
    past: Sequence[torch.Tensor] = step.empty_past(1)
    seq = [cfg.decoder_start_token_id]
    first = True
    while True:
        out = step(torch.tensor([[seq[-1]]]), mask, enc, *past)
        logits, present = out[0][0, -1], list(out[1:])
        if not first:  # transformers.js keeps the first step's encoder cache
            for i in range(step.num_layers):
                present[4 * i + 2], present[4 * i + 3] = past[4 * i + 2], past[4 * i + 3]
        past, first = present, False
        seq.append(forced_bos_token_id if len(seq) == 1 else int(torch.argmax(logits)))
        if seq[-1] == cfg.eos_token_id or len(seq) >= max_length:
            return seq
