"""Training loop for MarianMTModel: label smoothing, Adam + inverse-square-root warm-up, dropout (from the
config), batches by length (token budget), dev evaluation with greedy decoding every N epochs and
selection of the best checkpoint, deterministic given the seed (CPU, fixed thread count).

Used by `build.py`; the pieces are importable for other recipes.
"""

from __future__ import annotations

import copy
import math
import random
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import torch

from .model import MarianMTModel

Pair = Tuple[List[int], List[int]]  # source ids (with </s>), target ids (with </s>)


@dataclass
class TrainConfig:
    epochs: int = 30
    batch_tokens: int = 2500  # padded source+target tokens per batch
    lr: float = 5e-4
    warmup_steps: int = 800
    betas: Tuple[float, float] = (0.9, 0.98)
    weight_decay: float = 0.0
    label_smoothing: float = 0.1
    clip_norm: float = 1.0
    eval_every: int = 2  # epochs
    eval_from: int = 1  # first epoch that is evaluated
    seed: int = 1234
    max_minutes: Optional[float] = None  # safety stop; the log says when it triggered
    patience: Optional[int] = None  # evaluations without improvement before stopping
    # Also evaluate every this many steps inside an epoch (an epoch can take longer than the whole time budget on a
    # shared CPU); the time limit is then checked after every step, not only at the end of an epoch.
    eval_every_steps: Optional[int] = None
    log_every: int = 50  # steps
    # Steps a warm-started model has already made: the learning-rate schedule goes on from there instead of warming
    # up again (a second warm-up to the peak rate would undo part of what the first run learnt).
    start_step: int = 0


@dataclass
class TrainResult:
    best_epoch: int
    best_score: float
    best_step: int = 0
    history: List[Dict] = field(default_factory=list)
    seconds: float = 0.0
    steps: int = 0
    stopped: str = "epochs"
    best_state: Optional[Dict[str, torch.Tensor]] = None


def make_batches(pairs: Sequence[Pair], batch_tokens: int, rng: random.Random) -> List[List[int]]:
    """Group pair indices of similar length so that padded (src + tgt) tokens stay under the budget;
    lengths are jittered with the seeded RNG so batches differ between epochs, then batches are shuffled."""
    keyed = sorted(range(len(pairs)), key=lambda i: (len(pairs[i][0]) + rng.random() * 2, len(pairs[i][1])))
    batches: List[List[int]] = []
    cur: List[int] = []
    ms = mt = 0
    for i in keyed:
        s, t = len(pairs[i][0]), len(pairs[i][1])
        ns, nt = max(ms, s), max(mt, t)
        if cur and (ns + nt) * (len(cur) + 1) > batch_tokens:
            batches.append(cur)
            cur, ns, nt = [], s, t
        cur.append(i)
        ms, mt = ns, nt
    if cur:
        batches.append(cur)
    rng.shuffle(batches)
    return batches


def collate(model: MarianMTModel, pairs: Sequence[Pair], idx: Sequence[int]):
    pad = model.config.pad_token_id
    srcs = [pairs[i][0] for i in idx]
    tgts = [pairs[i][1] for i in idx]
    ws, wt = max(map(len, srcs)), max(map(len, tgts))
    input_ids = torch.full((len(idx), ws), pad, dtype=torch.long)
    mask = torch.zeros((len(idx), ws), dtype=torch.long)
    labels = torch.full((len(idx), wt), -100, dtype=torch.long)
    for j, (s, t) in enumerate(zip(srcs, tgts)):
        input_ids[j, : len(s)] = torch.tensor(s)
        mask[j, : len(s)] = 1
        labels[j, : len(t)] = torch.tensor(t)
    return input_ids, mask, labels


def inverse_sqrt(step: int, warmup: int) -> float:
    step = max(step, 1)
    return min(step / warmup, math.sqrt(warmup / step))


def train(
    model: MarianMTModel,
    pairs: Sequence[Pair],
    cfg: TrainConfig,
    evaluate: Callable[[MarianMTModel], Dict[str, float]],
    log: Callable[[str], None] = print,
    tag: str = "train",
) -> TrainResult:
    """Train in place; returns the best dev score with its state dict (`evaluate` returns a dict with 'score',
    higher is better, plus anything else to log)."""
    rng = random.Random(cfg.seed)
    torch.manual_seed(cfg.seed)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr, betas=cfg.betas, eps=1e-9,
                           weight_decay=cfg.weight_decay)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: inverse_sqrt(s + 1 + cfg.start_step, cfg.warmup_steps))
    result = TrainResult(best_epoch=0, best_score=float("-inf"))
    t0 = time.time()
    n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    log(f"[{tag}] {len(pairs)} pairs, {n_params:,} parameters, {cfg.epochs} epochs, "
        f"batch {cfg.batch_tokens} tokens, lr {cfg.lr} warmup {cfg.warmup_steps}, "
        f"label smoothing {cfg.label_smoothing}, dropout {model.config.dropout}, seed {cfg.seed}")
    with fast_linear(model):
        _epochs(model, pairs, cfg, evaluate, log, tag, rng, opt, sched, result, t0)
    result.seconds = time.time() - t0
    if result.best_state is None:
        result.best_state = copy.deepcopy(model.state_dict())
        result.best_epoch = len(result.history)
    log(f"[{tag}] done in {result.seconds / 60:.1f} min, {result.steps} steps; best dev {result.best_score:.2f} "
        f"at epoch {result.best_epoch}")
    return result


def _epochs(model, pairs, cfg, evaluate, log, tag, rng, opt, sched, result, t0) -> None:
    step = 0
    bad_evals = 0
    for epoch in range(1, cfg.epochs + 1):
        model.train()
        batches = make_batches(pairs, cfg.batch_tokens, rng)
        tot_loss = tot_tok = 0.0
        te = time.time()
        for bi, idx in enumerate(batches):
            input_ids, mask, labels = collate(model, pairs, idx)
            dec_in = model.shift_tokens_right(labels)
            loss, _ = model(input_ids, mask, dec_in, labels=labels, label_smoothing=cfg.label_smoothing)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            if cfg.clip_norm:
                torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.clip_norm)
            opt.step()
            sched.step()
            step += 1
            result.steps = step
            ntok = int((labels != -100).sum())
            tot_loss += float(loss) * ntok
            tot_tok += ntok
            if cfg.log_every and step % cfg.log_every == 0:
                log(f"[{tag}] epoch {epoch} step {step} ({bi + 1}/{len(batches)}) loss {float(loss):.3f} "
                    f"lr {sched.get_last_lr()[0]:.2e} elapsed {(time.time() - t0) / 60:.1f} min")
            if cfg.eval_every_steps and step % cfg.eval_every_steps == 0 and bi + 1 < len(batches):
                scores = evaluate(model)
                model.train()
                entry = {"epoch": epoch, "step": step, "loss": tot_loss / max(tot_tok, 1), **scores}
                better = scores["score"] > result.best_score
                if better:
                    result.best_score, result.best_epoch, result.best_step = scores["score"], epoch, step
                    result.best_state = copy.deepcopy(model.state_dict())
                result.history.append(entry)
                log(f"[{tag}] epoch {epoch} step {step}: dev {scores['score']:.2f}{' *best*' if better else ''} | "
                    f"elapsed {(time.time() - t0) / 60:.1f} min")
            if cfg.eval_every_steps and cfg.max_minutes is not None and (time.time() - t0) / 60 >= cfg.max_minutes:
                break
        entry = {"epoch": epoch, "step": step, "loss": tot_loss / max(tot_tok, 1), "steps": step,
                 "epoch_seconds": round(time.time() - te, 1)}
        msg = (f"[{tag}] epoch {epoch}/{cfg.epochs} loss {entry['loss']:.4f} ({len(batches)} batches, "
               f"{entry['epoch_seconds']:.0f}s)")
        elapsed_min = (time.time() - t0) / 60
        last = epoch == cfg.epochs
        timeout = cfg.max_minutes is not None and elapsed_min >= cfg.max_minutes
        if timeout or last or (epoch >= cfg.eval_from and epoch % cfg.eval_every == 0):
            scores = evaluate(model)
            entry.update(scores)
            better = scores["score"] > result.best_score
            if better:
                result.best_score, result.best_epoch, result.best_step = scores["score"], epoch, step
                result.best_state = copy.deepcopy(model.state_dict())
                bad_evals = 0
            else:
                bad_evals += 1
            extra = " ".join(f"{k} {v:.2f}" for k, v in scores.items() if k != "score" and isinstance(v, float))
            msg += f" | dev {scores['score']:.2f} {extra}{' *best*' if better else ''}"
        msg += f" | elapsed {(time.time() - t0) / 60:.1f} min"
        log(msg)
        result.history.append(entry)
        if timeout:
            result.stopped = f"max_minutes {cfg.max_minutes} after epoch {epoch}"
            log(f"[{tag}] stopping: {result.stopped}")
            break
        if cfg.patience is not None and bad_evals >= cfg.patience:
            result.stopped = f"patience {cfg.patience} evaluations after epoch {epoch}"
            log(f"[{tag}] stopping: {result.stopped}")
            break


# --- fast linear layers for CPU training ----------------------------------------------------------------------
# Debian's python3-torch is built with a generic (reference) BLAS: nn.Linear runs at ~5 GFLOPS on this machine,
# while the same product as a 1x1 convolution goes through oneDNN (MKL-DNN, bundled) at ~150 GFLOPS, forward
# and backward. `fast_linear(model)` swaps every nn.Linear's forward for that convolution while training and
# decoding in Python, and restores the plain forward (MatMul in the ONNX export) on exit. Same weights, same
# parameters; results equal up to float rounding.

def _conv_linear(self, x: torch.Tensor) -> torch.Tensor:
    lead = x.shape[:-1]
    flat = x.reshape(1, -1, x.shape[-1], 1).permute(0, 2, 1, 3)  # [1, in, N, 1]
    # dilation 2 changes nothing for a 1x1 kernel, but torch 1.13 only routes an undilated 1x1 convolution of a
    # batch under 16 to oneDNN when it has more than one thread: with one thread it would fall back to the slow
    # BLAS path (measured: 3.7 vs 42 GFLOPS single-threaded).
    y = torch.nn.functional.conv2d(flat, self.weight[:, :, None, None], self.bias, dilation=2)
    return y.permute(0, 2, 1, 3).reshape(*lead, self.weight.shape[0])


class fast_linear:  # noqa: N801 - used as a context manager
    def __init__(self, model: torch.nn.Module, enabled: bool = True) -> None:
        self.model = model
        self.enabled = enabled and torch.backends.mkldnn.is_available()

    def __enter__(self):
        self.patched = []
        if self.enabled:
            for m in self.model.modules():
                if isinstance(m, torch.nn.Linear) and "forward" not in m.__dict__:  # nested use: outer one restores
                    m.forward = _conv_linear.__get__(m)  # instance attribute shadows the class method
                    self.patched.append(m)
        return self.model

    def __exit__(self, *exc) -> None:
        for m in self.patched:
            del m.forward
