"""Fast batched decoding for evaluation: greedy and beam search with a key/value cache.

Same generation rules as `MarianMTModel.greedy_generate` and transformers.js for these packages:
decoder starts with `<pad>`, `<pad>` is never generated (`bad_words_ids`), `</s>` is forced at position
`max_length - 1` (counting the start token), generation stops at `</s>`. Greedy output here equals the
cache-free reference up to float noise; the exported packages are checked against the cache-free
reference (`reference_decode.json`), not against this module.

Beam search (Python only, for evaluation): `num_beams` hypotheses per sentence, scores = sum of
log-probabilities divided by length ** `length_penalty` (HF convention, length without the start
token), finished hypotheses collected when `</s>` is among the top `num_beams` candidates,
stop when every sentence has `num_beams` finished hypotheses and none of its running beams can beat the worst
of them (HF `early_stopping=False` heuristic), or at max_length.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

import torch
import torch.nn.functional as F

from .model import MarianMTModel, causal_mask, padding_mask


def _pad_batch(seqs: Sequence[Sequence[int]], pad: int) -> Tuple[torch.Tensor, torch.Tensor]:
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s, dtype=torch.long)
        mask[i, : len(s)] = 1
    return ids, mask


class _Cache:
    """Per-layer self-attention keys/values plus precomputed cross-attention keys/values."""

    def __init__(self, model: MarianMTModel, enc: torch.Tensor) -> None:
        self.layers = model.model.decoder.layers
        self.cross = [layer.encoder_attn.project_kv(enc) for layer in self.layers]
        self.self_kv: List[Tuple[torch.Tensor, torch.Tensor]] = []

    def reorder(self, index: torch.Tensor) -> None:
        self.self_kv = [(k.index_select(0, index), v.index_select(0, index)) for k, v in self.self_kv]
        self.cross = [(k.index_select(0, index), v.index_select(0, index)) for k, v in self.cross]


def _step(model: MarianMTModel, cache: _Cache, last_ids: torch.Tensor, cross_mask: torch.Tensor) -> torch.Tensor:
    """One decoder step for tokens [N] -> log-probabilities [N, V]."""
    decoder = model.model.decoder
    past_len = cache.self_kv[0][0].shape[2] if cache.self_kv else 0
    hidden = decoder.embed(last_ids[:, None], past_len)
    new_kv = []
    for i, layer in enumerate(decoder.layers):
        residual = hidden
        q = layer.self_attn.project_q(hidden)
        k, v = layer.self_attn.project_kv(hidden)
        if cache.self_kv:
            k = torch.cat([cache.self_kv[i][0], k], dim=2)
            v = torch.cat([cache.self_kv[i][1], v], dim=2)
        new_kv.append((k, v))
        hidden = layer.self_attn_layer_norm(residual + layer.self_attn.attend(q, k, v, None))
        residual = hidden
        q = layer.encoder_attn.project_q(hidden)
        ek, ev = cache.cross[i]
        hidden = layer.encoder_attn_layer_norm(residual + layer.encoder_attn.attend(q, ek, ev, cross_mask))
        hidden = layer.ffn_block(hidden)
    cache.self_kv = new_kv
    logits = model.logits(hidden)[:, -1, :]
    return F.log_softmax(logits.float(), dim=-1)


def _apply_rules(logp: torch.Tensor, cur_len: int, max_length: int, cfg) -> torch.Tensor:
    for bad in cfg.bad_words_ids:
        if len(bad) == 1:
            logp[:, bad[0]] = float("-inf")
    if cur_len == max_length - 1:
        forced = torch.full_like(logp, float("-inf"))
        forced[:, cfg.forced_eos_token_id] = 0.0
        logp = forced
    return logp


@torch.no_grad()
def greedy_batch(model: MarianMTModel, sources: Sequence[Sequence[int]], max_length: int) -> List[List[int]]:
    """Greedy decode of already tokenised sources (with </s>); returns ids without start token and </s>."""
    cfg = model.config
    model.eval()
    ids, mask = _pad_batch(sources, cfg.pad_token_id)
    enc = model.encode(ids, mask)
    cache = _Cache(model, enc)
    cross_mask = padding_mask(mask, enc.dtype)
    n = ids.shape[0]
    last = torch.full((n,), cfg.decoder_start_token_id, dtype=torch.long)
    out: List[List[int]] = [[] for _ in range(n)]
    done = torch.zeros(n, dtype=torch.bool)
    cur_len = 1
    while cur_len < max_length and not bool(done.all()):
        logp = _apply_rules(_step(model, cache, last, cross_mask), cur_len, max_length, cfg)
        nxt = logp.argmax(dim=-1)
        for b in range(n):
            if not done[b]:
                tok = int(nxt[b])
                if tok == cfg.eos_token_id:
                    done[b] = True
                else:
                    out[b].append(tok)
        last = nxt
        cur_len += 1
    return out


@torch.no_grad()
def beam_batch(
    model: MarianMTModel,
    sources: Sequence[Sequence[int]],
    max_length: int,
    num_beams: int = 5,
    length_penalty: float = 1.0,
) -> List[List[int]]:
    cfg = model.config
    model.eval()
    ids, mask = _pad_batch(sources, cfg.pad_token_id)
    b_size, k = ids.shape[0], num_beams
    enc = model.encode(ids, mask)
    expand = torch.arange(b_size).repeat_interleave(k)
    enc = enc.index_select(0, expand)
    mask = mask.index_select(0, expand)
    cache = _Cache(model, enc)
    cross_mask = padding_mask(mask, enc.dtype)
    scores = torch.zeros(b_size, k)
    scores[:, 1:] = float("-inf")  # only the first beam is alive at the start
    seqs: List[List[int]] = [[] for _ in range(b_size * k)]
    last = torch.full((b_size * k,), cfg.decoder_start_token_id, dtype=torch.long)
    finished: List[List[Tuple[float, List[int]]]] = [[] for _ in range(b_size)]
    done = [False] * b_size
    cur_len = 1
    while cur_len < max_length and not all(done):
        logp = _apply_rules(_step(model, cache, last, cross_mask), cur_len, max_length, cfg)
        vocab = logp.shape[-1]
        cand = (scores.view(-1, 1) + logp).view(b_size, k * vocab)
        top_scores, top_idx = cand.topk(2 * k, dim=-1)
        new_scores = torch.full((b_size, k), float("-inf"))
        src_beam = torch.zeros(b_size, k, dtype=torch.long)
        new_tok = torch.full((b_size, k), cfg.pad_token_id, dtype=torch.long)
        new_seqs: List[List[int]] = [[] for _ in range(b_size * k)]
        for b in range(b_size):
            slot = 0
            if done[b]:
                for j in range(k):
                    src_beam[b, j] = b * k
                    new_seqs[b * k + j] = seqs[b * k]
                continue
            for rank in range(2 * k):
                sc = float(top_scores[b, rank])
                if sc == float("-inf"):
                    break
                beam = int(top_idx[b, rank]) // vocab
                tok = int(top_idx[b, rank]) % vocab
                prev = seqs[b * k + beam]
                if tok == cfg.eos_token_id:
                    if rank < k:
                        finished[b].append((sc / ((len(prev) + 1) ** length_penalty), prev))
                    continue
                new_scores[b, slot] = sc
                src_beam[b, slot] = b * k + beam
                new_tok[b, slot] = tok
                new_seqs[b * k + slot] = prev + [tok]
                slot += 1
                if slot == k:
                    break
            for j in range(slot, k):
                src_beam[b, j] = b * k
                new_seqs[b * k + j] = seqs[b * k]
            if len(finished[b]) >= k:
                worst = sorted(s for s, _ in finished[b])[-k]
                best_running = float(new_scores[b].max()) / ((cur_len) ** length_penalty)
                if best_running <= worst or slot == 0:
                    done[b] = True
            elif slot == 0:
                done[b] = True
        scores = new_scores
        cache.reorder(src_beam.view(-1))
        seqs = new_seqs
        last = new_tok.view(-1)
        cur_len += 1
    results = []
    for b in range(b_size):
        cands = list(finished[b])
        if not cands:  # max_length reached without </s> (cannot happen with the forced </s>)
            cands = [(float(scores[b, j]) / max(1, len(seqs[b * k + j])) ** length_penalty, seqs[b * k + j])
                     for j in range(k)]
        results.append(max(cands, key=lambda c: c[0])[1])
    return results


def decode_corpus(
    model: MarianMTModel,
    sources: Sequence[Sequence[int]],
    max_length: int,
    num_beams: int = 1,
    batch_tokens: int = 3000,
    length_penalty: float = 1.0,
    max_ratio: Optional[float] = None,
) -> List[List[int]]:
    """Decode a corpus in length-sorted batches; returns outputs in the input order. `max_ratio`: cut each batch's
    outputs at that many times its longest source plus 10 tokens (an under-trained model loops to max_length, which
    makes evaluation on a shared CPU take hours; a cut output is a looping one)."""
    order = sorted(range(len(sources)), key=lambda i: len(sources[i]))
    out: List[List[int]] = [[] for _ in sources]
    i = 0
    budget = max(1, batch_tokens // max(1, num_beams))
    while i < len(order):
        j = i
        width = 0
        while j < len(order) and (j == i or max(width, len(sources[order[j]])) * (j - i + 1) <= budget):
            width = max(width, len(sources[order[j]]))
            j += 1
        batch = [sources[o] for o in order[i:j]]
        limit = max_length if max_ratio is None else min(max_length, int(max_ratio * width) + 10)
        if num_beams == 1:
            res = greedy_batch(model, batch, limit)
        else:
            res = beam_batch(model, batch, limit, num_beams, length_penalty)
        for o, r in zip(order[i:j], res):
            out[o] = r
        i = j
    return out
