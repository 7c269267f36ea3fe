"""Data readers for the recipes in build.py. Everything is read from /work/shared/datasets (or --datasets);
nothing is copied into the repository.

* PHOENIX-2014T (German weather forecasts -> DGS glosses): `train.gloss` is cleaned like dev/test:
  `__ON__`, `__OFF__`, `__EMP__`, `__PU__`, `__HOLD__`, `__LEFTHAND__`, `__??__`-style markers removed,
  `loc-`/`cl-` prefixes stripped; `neg-`, `negalp-`, `poss-`, `IX` kept.
* DEplain-web-sent (open rows) and German4All-Corrected (`text` -> `cl_LS`) for Leichte Sprache, read with
  Python's csv module (quoted multi-line fields).
* German monolingual sentences for denoising pre-training: UD German GSD `# text =` lines, the standard and
  simple sides of the LS *training* sets, and the repository's `samples/texts/*.md` (municipal pages).
"""

from __future__ import annotations

import csv
import glob
import os
import random
import re
from typing import Dict, List, Sequence, Tuple

MARKER_RE = re.compile(r"^__.*__$")
PREFIX_RE = re.compile(r"^(loc|cl)-")


def clean_gloss_line(line: str) -> str:
    toks = []
    for tok in line.split():
        if MARKER_RE.match(tok):
            continue
        toks.append(PREFIX_RE.sub("", tok))
    return " ".join(toks)


def read_lines(path: str) -> List[str]:
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh]


def load_phoenix(root: str) -> Dict[str, List[Tuple[str, str]]]:
    """{'train'|'dev'|'test': [(german, glosses)]}; train glosses cleaned, empty targets dropped."""
    out = {}
    for split in ("train", "dev", "test"):
        de = read_lines(os.path.join(root, f"{split}.de"))
        gl = read_lines(os.path.join(root, f"{split}.gloss"))
        if len(de) != len(gl):
            raise ValueError(f"{split}: {len(de)} German lines vs {len(gl)} gloss lines")
        pairs = []
        for d, g in zip(de, gl):
            g = clean_gloss_line(g) if split == "train" else " ".join(g.split())
            d = " ".join(d.split())
            if d and g:
                pairs.append((d, g))
        out[split] = pairs
    return out


def read_csv(path: str) -> List[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _norm(text: str) -> str:
    return " ".join((text or "").split())


def load_deplain(root: str, split: str) -> List[Tuple[str, str]]:
    rows = read_csv(os.path.join(root, f"{split}.csv"))
    return [(_norm(r["original"]), _norm(r["simplification"])) for r in rows
            if _norm(r["original"]) and _norm(r["simplification"])]


def load_german4all(root: str, split: str) -> List[Tuple[str, str]]:
    """`text` -> `cl_LS`; the LS side keeps one sentence per line in the data, joined with spaces here."""
    rows = read_csv(os.path.join(root, f"{split}.csv"))
    return [(_norm(r["text"]), _norm(r["cl_LS"])) for r in rows if _norm(r["text"]) and _norm(r["cl_LS"])]


def load_german4all_levels(root: str, split: str) -> List[str]:
    """All paraphrase levels (cl_1..cl_5) as extra monolingual German."""
    rows = read_csv(os.path.join(root, f"{split}.csv"))
    return [_norm(r[k]) for r in rows for k in ("cl_1", "cl_2", "cl_3", "cl_4", "cl_5") if _norm(r.get(k, ""))]


def aligned(pairs: Sequence[Tuple[str, str]], low: float = 0.3, high: float = 2.5,
            max_words: int = 60) -> List[Tuple[str, str]]:
    """Pairs whose sides plausibly say the same thing: word-count ratio within [low, high], source not too long."""
    out = []
    for a, b in pairs:
        n, m = len(a.split()), len(b.split())
        if 0 < n <= max_words and low <= m / n <= high:
            out.append((a, b))
    return out


def load_textcomplexity_parallel(root: str) -> List[Tuple[str, str]]:
    """TextComplexityDE19's simplifications by native speakers (`Original_Sentence` -> `Simplification`)."""
    rows = read_csv(os.path.join(root, "parallel_corpus.csv"))
    return [(_norm(r["Original_Sentence"]), _norm(r["Simplification"])) for r in rows
            if _norm(r["Original_Sentence"]) and _norm(r["Simplification"])]


def textcomplexity_sentences(root: str) -> List[str]:
    """TextComplexityDE19's 1,119 source sentences (Wikipedia and Leichte Sprache)."""
    return [s for s in (_norm(r["Sentence"]) for r in read_csv(os.path.join(root, "source.csv"))) if s]


def stage_sentences(root: str, splits: Sequence[str]) -> List[str]:
    """StaGE's Leichte Sprache sentences from Hurraki (`\\newline` marks a line break inside a sentence)."""
    out = []
    for split in splits:
        for r in read_csv(os.path.join(root, f"{split}.csv")):
            text = _norm((r.get("phrase") or "").replace("\\newline", " "))
            if text:
                out.append(text)
    return out


def ud_sentences(root: str) -> List[str]:
    out = []
    for path in sorted(glob.glob(os.path.join(root, "*.conllu"))):
        for line in read_lines(path):
            if line.startswith("# text = "):
                out.append(_norm(line[len("# text = "):]))
    return [s for s in out if s]


_MD_STRIP = re.compile(r"[#*_>`\[\]]|\(https?://[^)]*\)")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„\"])")


def sample_sentences(repo_root: str) -> List[str]:
    """Sentences from samples/texts/*.md (municipal pages written for this project)."""
    out = []
    for path in sorted(glob.glob(os.path.join(repo_root, "samples", "texts", "*.md"))):
        text = open(path, encoding="utf-8").read()
        if text.startswith("---"):  # front matter
            end = text.find("\n---", 3)
            text = text[end + 4:] if end > 0 else text
        for para in re.split(r"\n\s*\n", text):
            para = _norm(_MD_STRIP.sub("", para)).lstrip("-").strip()
            if not para:
                continue
            for sent in _SENT_SPLIT.split(para):
                sent = sent.strip()
                if 3 <= len(sent.split()) <= 60:
                    out.append(sent)
    return out


def split_sentences(text: str) -> List[str]:
    return [s.strip() for s in _SENT_SPLIT.split(text) if s.strip()]


def noise(text: str, rng: random.Random, mask_token: str = "", p_drop: float = 0.15,
          p_swap: float = 0.1, max_shift: int = 3) -> str:
    """Denoising input: drop ~p_drop of the words, locally shuffle (each word moves at most `max_shift`),
    as in Lample et al. 2018. The target is the clean text."""
    words = text.split()
    if len(words) < 2:
        return text
    kept = [w for w in words if rng.random() >= p_drop] or words[:1]
    if rng.random() < 0.5 + p_swap:
        keys = [i + rng.uniform(0, max_shift) for i in range(len(kept))]
        kept = [w for _, w in sorted(zip(keys, kept))]
    return " ".join(kept)
