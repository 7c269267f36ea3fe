"""A Marian-compatible encoder-decoder transformer in plain PyTorch.

Architecture and parameter names follow Hugging Face's `MarianMTModel` (the layout OPUS-MT models
use), so `state_dict()` keys line up with a HF Marian checkpoint and the exported package reads as a
`model_type: "marian"` model in transformers.js:

* shared token embedding for encoder, decoder and LM head (tied), optionally scaled by sqrt(d_model);
* fixed sinusoidal positions (Marian layout: sin in the first half of the features, cos in the
  second half), no embedding layer norm;
* post-norm layers (residual add, then LayerNorm), no final encoder/decoder LayerNorm;
* `final_logits_bias` buffer added to the logits;
* `<pad>` is the last id and also the decoder start token; `</s>` (id 0) is eos.

The module is meant for training as well as export: `forward` is teacher-forced (no cache), and
`greedy_generate` is a cache-free reference decoder used to check the exported ONNX graphs.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import List, Optional, Tuple

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

ACTIVATIONS = {
    "swish": F.silu,
    "silu": F.silu,
    "gelu": F.gelu,
    "relu": F.relu,
}


@dataclass
class MarianConfig:
    """The subset of HF `MarianConfig` this implementation uses (same field names)."""

    vocab_size: int
    d_model: int = 512
    encoder_layers: int = 6
    decoder_layers: int = 6
    encoder_attention_heads: int = 8
    decoder_attention_heads: int = 8
    encoder_ffn_dim: int = 2048
    decoder_ffn_dim: int = 2048
    activation_function: str = "swish"
    max_position_embeddings: int = 512
    scale_embedding: bool = True
    dropout: float = 0.1
    attention_dropout: float = 0.0
    activation_dropout: float = 0.0
    init_std: float = 0.02
    pad_token_id: int = -1  # filled in from the vocabulary (last id)
    eos_token_id: int = 0
    decoder_start_token_id: int = -1  # Marian: same as pad
    forced_eos_token_id: int = 0
    bad_words_ids: List[List[int]] = field(default_factory=list)
    max_length: int = 512
    num_beams: int = 1

    def __post_init__(self) -> None:
        if self.pad_token_id < 0:
            self.pad_token_id = self.vocab_size - 1
        if self.decoder_start_token_id < 0:
            self.decoder_start_token_id = self.pad_token_id
        if not self.bad_words_ids:
            self.bad_words_ids = [[self.pad_token_id]]
        for heads in (self.encoder_attention_heads, self.decoder_attention_heads):
            if self.d_model % heads:
                raise ValueError("d_model must be divisible by the number of attention heads")

    def to_hf_config(self, **extra) -> dict:
        """`config.json` contents in the shape HF transformers / transformers.js expect."""
        cfg = {
            "_name_or_path": extra.pop("name_or_path", ""),
            "architectures": ["MarianMTModel"],
            "model_type": "marian",
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
            "decoder_vocab_size": self.vocab_size,
            "share_encoder_decoder_embeddings": True,
            "tie_word_embeddings": True,
            "max_position_embeddings": self.max_position_embeddings,
            "scale_embedding": self.scale_embedding,
            "static_position_embeddings": True,
            "normalize_before": False,
            "normalize_embedding": False,
            "add_bias_logits": False,
            "add_final_layer_norm": False,
            "dropout": self.dropout,
            "attention_dropout": self.attention_dropout,
            "activation_dropout": self.activation_dropout,
            "encoder_layerdrop": 0.0,
            "decoder_layerdrop": 0.0,
            "init_std": self.init_std,
            "use_cache": True,
            "pad_token_id": self.pad_token_id,
            "eos_token_id": self.eos_token_id,
            "bos_token_id": self.eos_token_id,
            "decoder_start_token_id": self.decoder_start_token_id,
            "forced_eos_token_id": self.forced_eos_token_id,
            "bad_words_ids": self.bad_words_ids,
            "max_length": self.max_length,
            "num_beams": self.num_beams,
        }
        cfg.update(extra)
        return cfg

    def to_dict(self) -> dict:
        return asdict(self)


def sinusoidal_table(n_pos: int, dim: int) -> torch.Tensor:
    """HF `MarianSinusoidalPositionalEmbedding._init_weight`: sin half, then cos half."""
    position_enc = np.array(
        [[pos / np.power(10000, 2 * (j // 2) / dim) for j in range(dim)] for pos in range(n_pos)]
    )
    out = torch.zeros(n_pos, dim)
    sentinel = dim // 2 if dim % 2 == 0 else (dim // 2) + 1
    out[:, 0:sentinel] = torch.tensor(np.sin(position_enc[:, 0::2]), dtype=torch.float32)
    out[:, sentinel:] = torch.tensor(np.cos(position_enc[:, 1::2]), dtype=torch.float32)
    return out


class MarianSinusoidalPositionalEmbedding(nn.Module):
    """Fixed (non-trainable) positions; `weight` keeps HF's state-dict key."""

    def __init__(self, num_positions: int, embedding_dim: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(sinusoidal_table(num_positions, embedding_dim), requires_grad=False)

    def forward(self, positions: torch.Tensor) -> torch.Tensor:
        return F.embedding(positions, self.weight)


class MarianAttention(nn.Module):
    """Multi-head attention with HF's projection names. Split into steps so that the cached
    single-step decoder (decoder_step.py) can reuse the same weights."""

    def __init__(self, embed_dim: int, num_heads: int, dropout: float = 0.0) -> None:
        super().__init__()
        self.embed_dim = embed_dim
        self.num_heads = num_heads
        self.head_dim = embed_dim // num_heads
        self.scaling = self.head_dim ** -0.5
        self.dropout = dropout
        self.k_proj = nn.Linear(embed_dim, embed_dim)
        self.v_proj = nn.Linear(embed_dim, embed_dim)
        self.q_proj = nn.Linear(embed_dim, embed_dim)
        self.out_proj = nn.Linear(embed_dim, embed_dim)

    def _split(self, x: torch.Tensor) -> torch.Tensor:
        # [B, T, D] -> [B, H, T, hd]
        b, t, _ = x.shape
        return x.view(b, t, self.num_heads, self.head_dim).transpose(1, 2)

    def project_q(self, hidden: torch.Tensor) -> torch.Tensor:
        return self._split(self.q_proj(hidden) * self.scaling)

    def project_kv(self, hidden: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        return self._split(self.k_proj(hidden)), self._split(self.v_proj(hidden))

    def attend(
        self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, additive_mask: Optional[torch.Tensor]
    ) -> torch.Tensor:
        scores = torch.matmul(q, k.transpose(-1, -2))  # [B, H, Tq, Tk]
        if additive_mask is not None:
            scores = scores + additive_mask
        probs = torch.softmax(scores, dim=-1)
        probs = F.dropout(probs, p=self.dropout, training=self.training)
        ctx = torch.matmul(probs, v)  # [B, H, Tq, hd]
        b, _, t, _ = ctx.shape
        ctx = ctx.transpose(1, 2).reshape(b, t, self.embed_dim)
        return self.out_proj(ctx)

    def forward(
        self,
        hidden: torch.Tensor,
        key_value_states: Optional[torch.Tensor] = None,
        additive_mask: Optional[torch.Tensor] = None,
    ) -> torch.Tensor:
        q = self.project_q(hidden)
        k, v = self.project_kv(hidden if key_value_states is None else key_value_states)
        return self.attend(q, k, v, additive_mask)


class MarianEncoderLayer(nn.Module):
    def __init__(self, cfg: MarianConfig) -> None:
        super().__init__()
        d = cfg.d_model
        self.self_attn = MarianAttention(d, cfg.encoder_attention_heads, cfg.attention_dropout)
        self.self_attn_layer_norm = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, cfg.encoder_ffn_dim)
        self.fc2 = nn.Linear(cfg.encoder_ffn_dim, d)
        self.final_layer_norm = nn.LayerNorm(d)
        self.act = ACTIVATIONS[cfg.activation_function]
        self.dropout = cfg.dropout
        self.activation_dropout = cfg.activation_dropout

    def forward(self, hidden: torch.Tensor, additive_mask: Optional[torch.Tensor]) -> torch.Tensor:
        residual = hidden
        hidden = self.self_attn(hidden, additive_mask=additive_mask)
        hidden = F.dropout(hidden, p=self.dropout, training=self.training)
        hidden = self.self_attn_layer_norm(residual + hidden)
        residual = hidden
        hidden = self.act(self.fc1(hidden))
        hidden = F.dropout(hidden, p=self.activation_dropout, training=self.training)
        hidden = self.fc2(hidden)
        hidden = F.dropout(hidden, p=self.dropout, training=self.training)
        return self.final_layer_norm(residual + hidden)


class MarianDecoderLayer(nn.Module):
    def __init__(self, cfg: MarianConfig) -> None:
        super().__init__()
        d = cfg.d_model
        self.self_attn = MarianAttention(d, cfg.decoder_attention_heads, cfg.attention_dropout)
        self.self_attn_layer_norm = nn.LayerNorm(d)
        self.encoder_attn = MarianAttention(d, cfg.decoder_attention_heads, cfg.attention_dropout)
        self.encoder_attn_layer_norm = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, cfg.decoder_ffn_dim)
        self.fc2 = nn.Linear(cfg.decoder_ffn_dim, d)
        self.final_layer_norm = nn.LayerNorm(d)
        self.act = ACTIVATIONS[cfg.activation_function]
        self.dropout = cfg.dropout
        self.activation_dropout = cfg.activation_dropout

    def ffn_block(self, hidden: torch.Tensor) -> torch.Tensor:
        residual = hidden
        hidden = self.act(self.fc1(hidden))
        hidden = F.dropout(hidden, p=self.activation_dropout, training=self.training)
        hidden = self.fc2(hidden)
        hidden = F.dropout(hidden, p=self.dropout, training=self.training)
        return self.final_layer_norm(residual + hidden)

    def forward(
        self,
        hidden: torch.Tensor,
        self_mask: torch.Tensor,
        encoder_hidden_states: torch.Tensor,
        cross_mask: Optional[torch.Tensor],
    ) -> torch.Tensor:
        residual = hidden
        hidden = self.self_attn(hidden, additive_mask=self_mask)
        hidden = F.dropout(hidden, p=self.dropout, training=self.training)
        hidden = self.self_attn_layer_norm(residual + hidden)
        residual = hidden
        hidden = self.encoder_attn(hidden, key_value_states=encoder_hidden_states, additive_mask=cross_mask)
        hidden = F.dropout(hidden, p=self.dropout, training=self.training)
        hidden = self.encoder_attn_layer_norm(residual + hidden)
        return self.ffn_block(hidden)


def padding_mask(attention_mask: torch.Tensor, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """[B, S] 1/0 mask -> additive [B, 1, 1, S] mask (0 keep, very negative drop)."""
    keep = attention_mask[:, None, None, :].to(torch.bool)
    zero = torch.zeros((), dtype=dtype)
    neg = torch.full((), torch.finfo(dtype).min, dtype=dtype)
    return torch.where(keep, zero, neg)


def causal_mask(tgt_len: int, past_len, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """Additive [1, 1, T, past+T] mask: query i (absolute past+i) may see keys 0..past+i.

    `tgt_len`/`past_len` may be traced tensors (dynamic axes in the ONNX export)."""
    q_pos = torch.arange(tgt_len)[:, None] + past_len
    k_pos = torch.arange(past_len + tgt_len)[None, :]
    zero = torch.zeros((), dtype=dtype)
    neg = torch.full((), torch.finfo(dtype).min, dtype=dtype)
    return torch.where(k_pos <= q_pos, zero, neg)[None, None, :, :]


class MarianEncoder(nn.Module):
    def __init__(self, cfg: MarianConfig, embed_tokens: nn.Embedding) -> None:
        super().__init__()
        self.embed_tokens = embed_tokens
        self.embed_scale = math.sqrt(cfg.d_model) if cfg.scale_embedding else 1.0
        self.embed_positions = MarianSinusoidalPositionalEmbedding(cfg.max_position_embeddings, cfg.d_model)
        self.layers = nn.ModuleList([MarianEncoderLayer(cfg) for _ in range(cfg.encoder_layers)])
        self.dropout = cfg.dropout

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)
        hidden = self.embed_tokens(input_ids) * self.embed_scale + self.embed_positions(positions)
        hidden = F.dropout(hidden, p=self.dropout, training=self.training)
        mask = padding_mask(attention_mask, hidden.dtype)
        for layer in self.layers:
            hidden = layer(hidden, mask)
        return hidden


class MarianDecoder(nn.Module):
    def __init__(self, cfg: MarianConfig, embed_tokens: nn.Embedding) -> None:
        super().__init__()
        self.embed_tokens = embed_tokens
        self.embed_scale = math.sqrt(cfg.d_model) if cfg.scale_embedding else 1.0
        self.embed_positions = MarianSinusoidalPositionalEmbedding(cfg.max_position_embeddings, cfg.d_model)
        self.layers = nn.ModuleList([MarianDecoderLayer(cfg) for _ in range(cfg.decoder_layers)])
        self.dropout = cfg.dropout

    def embed(self, input_ids: torch.Tensor, past_len=0) -> torch.Tensor:
        positions = torch.arange(input_ids.shape[1], device=input_ids.device) + past_len
        hidden = self.embed_tokens(input_ids) * self.embed_scale + self.embed_positions(positions)
        return F.dropout(hidden, p=self.dropout, training=self.training)

    def forward(
        self,
        input_ids: torch.Tensor,
        encoder_hidden_states: torch.Tensor,
        encoder_attention_mask: torch.Tensor,
    ) -> torch.Tensor:
        hidden = self.embed(input_ids)
        self_mask = causal_mask(input_ids.shape[1], 0, hidden.dtype)
        cross_mask = padding_mask(encoder_attention_mask, hidden.dtype)
        for layer in self.layers:
            hidden = layer(hidden, self_mask, encoder_hidden_states, cross_mask)
        return hidden


class MarianModel(nn.Module):
    def __init__(self, cfg: MarianConfig) -> None:
        super().__init__()
        self.shared = nn.Embedding(cfg.vocab_size, cfg.d_model, padding_idx=cfg.pad_token_id)
        self.encoder = MarianEncoder(cfg, self.shared)
        self.decoder = MarianDecoder(cfg, self.shared)


class MarianMTModel(nn.Module):
    """Encoder-decoder with tied LM head and `final_logits_bias` (HF key names)."""

    def __init__(self, cfg: MarianConfig) -> None:
        super().__init__()
        self.config = cfg
        self.model = MarianModel(cfg)
        self.lm_head = nn.Linear(cfg.d_model, cfg.vocab_size, bias=False)
        self.lm_head.weight = self.model.shared.weight  # tied
        self.register_buffer("final_logits_bias", torch.zeros(1, cfg.vocab_size))
        self.reset_parameters(cfg.init_std)

    def reset_parameters(self, std: float) -> None:
        """HF Marian init: N(0, std) for linear/embedding weights, zero biases, pad row zero."""
        for module in self.modules():
            if isinstance(module, nn.Linear):
                nn.init.normal_(module.weight, mean=0.0, std=std)
                if module.bias is not None:
                    nn.init.zeros_(module.bias)
            elif isinstance(module, nn.Embedding):
                nn.init.normal_(module.weight, mean=0.0, std=std)
                if module.padding_idx is not None:
                    with torch.no_grad():
                        module.weight[module.padding_idx].zero_()
            elif isinstance(module, nn.LayerNorm):
                nn.init.ones_(module.weight)
                nn.init.zeros_(module.bias)

    def logits(self, decoder_hidden: torch.Tensor) -> torch.Tensor:
        return self.lm_head(decoder_hidden) + self.final_logits_bias

    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model.encoder(input_ids, attention_mask)

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        decoder_input_ids: torch.Tensor,
        labels: Optional[torch.Tensor] = None,
        label_smoothing: float = 0.0,
    ):
        """Teacher-forced forward. Returns logits, or (loss, logits) when `labels` is given
        (label -100 is ignored, as in HF)."""
        enc = self.encode(input_ids, attention_mask)
        dec = self.model.decoder(decoder_input_ids, enc, attention_mask)
        logits = self.logits(dec)
        if labels is None:
            return logits
        loss = F.cross_entropy(
            logits.reshape(-1, logits.shape[-1]),
            labels.reshape(-1),
            ignore_index=-100,
            label_smoothing=label_smoothing,
        )
        return loss, logits

    def shift_tokens_right(self, labels: torch.Tensor) -> torch.Tensor:
        """Decoder inputs for teacher forcing: start token, then labels[:-1] (-100 -> pad)."""
        start = torch.full_like(labels[:, :1], self.config.decoder_start_token_id)
        shifted = torch.cat([start, labels[:, :-1]], dim=1)
        return shifted.masked_fill(shifted == -100, self.config.pad_token_id)

    @torch.no_grad()
    def greedy_generate(
        self,
        input_ids: torch.Tensor,
        attention_mask: Optional[torch.Tensor] = None,
        max_length: Optional[int] = None,
    ) -> Tuple[List[List[int]], float]:
        """Cache-free greedy decoding with the same rules transformers.js applies for this config:
        `bad_words_ids` (pad) masked, `</s>` forced at position max_length-1, stop at eos or at
        max_length tokens (including the decoder start token).

        Returns (sequences including the start token, smallest top-1/top-2 logit margin seen) - the
        margin shows how robust the argmax is to float differences between PyTorch and ONNX Runtime.
        """
        cfg = self.config
        was_training = self.training
        self.eval()
        max_length = max_length or cfg.max_length
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        enc = self.encode(input_ids, attention_mask)
        seqs = [[cfg.decoder_start_token_id] for _ in range(input_ids.shape[0])]
        done = [False] * len(seqs)
        min_margin = float("inf")
        while not all(done):
            dec_in = torch.tensor(seqs, dtype=torch.long)
            logits = self.logits(self.model.decoder(dec_in, enc, attention_mask))[:, -1, :].clone()
            for b, seq in enumerate(seqs):
                if done[b]:
                    seq.append(cfg.pad_token_id)  # keep the batch rectangular, as HF does
                    continue
                row = logits[b]
                for bad in cfg.bad_words_ids:
                    if len(bad) == 1 or seq[-(len(bad) - 1):] == bad[:-1]:
                        row[bad[-1]] = float("-inf")
                if len(seq) == max_length - 1:
                    row.fill_(float("-inf"))
                    row[cfg.forced_eos_token_id] = 0.0
                else:
                    top2 = torch.topk(row, 2).values
                    min_margin = min(min_margin, float(top2[0] - top2[1]))
                seq.append(int(torch.argmax(row)))
                if seq[-1] == cfg.eos_token_id or len(seq) >= max_length:
                    done[b] = True
        self.train(was_training)
        return seqs, min_margin
