"""German -> X translation data: Integreat municipal pages (a fixed held-out split by page), Tatoeba pairs, the
FLORES-101 and NTREX-128 test sets, and the train/held-out de-duplication.

The Integreat line pairs (`integreat_lines.de-en.tsv`) carry no page id, so the held-out pages are chosen among the
page pairs of `integreat_de_en_pages.jsonl` (region + page id), and every training pair whose German or English line
occurs anywhere on a held-out page (after `near_key`) is dropped: the same line appears on several pages and in the
line file, often with a different machine-made side, and would otherwise leak into training.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from typing import Dict, Iterable, List, Sequence, Set, Tuple

Pair = Tuple[str, str]

# Held-out pages by a hash of "<region>:<German page id>": buckets 0-1 of 20 are the test pages, buckets 2-3 the dev pages
# (checkpoint selection). Fixed here so that every run and every card uses the same pages.
SPLIT_BUCKETS = 20
TEST_BUCKETS = (0, 1)
DEV_BUCKETS = (2, 3)


def near_key(text: str) -> str:
    """A line's identity for de-duplication: NFKC, lower case, letters and digits only (punctuation, spacing and
    quotes differ between copies of one line)."""
    t = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"[\w]+", t))


def clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_bucket(region: str, de_id) -> int:
    digest = hashlib.sha256(f"{region}:{de_id}".encode()).hexdigest()
    return int(digest[:8], 16) % SPLIT_BUCKETS


def load_integreat_pages(folder: str) -> List[dict]:
    with open(os.path.join(folder, "integreat_de_en_pages.jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def page_pairs(page: dict) -> List[Pair]:
    """A page's line pairs when both sides have the same number of lines (otherwise the lines cannot be paired)."""
    de, en = page["de"].split("\n"), page["en"].split("\n")
    if len(de) != len(en):
        return []
    return [(clean(d), clean(e)) for d, e in zip(de, en) if clean(d) and clean(e)]


def load_integreat_lines(folder: str, target: str) -> List[Pair]:
    out = []
    with open(os.path.join(folder, f"integreat_lines.de-{target}.tsv"), encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        di, ti = header.index("de"), header.index(target)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > max(di, ti):
                d, t = clean(cols[di]), clean(cols[ti])
                if d and t:
                    out.append((d, t))
    return out


def unique(pairs: Iterable[Pair]) -> List[Pair]:
    seen: Set[Pair] = set()
    return [p for p in pairs if not (p in seen or seen.add(p))]


def integreat_split(folder: str, target: str = "en") -> dict:
    """{train, dev, test, test_all, blocked_de}: test_all and dev are the line pairs of the held-out pages (exact
    duplicates once each); test leaves out the lines that stay as they are (names, addresses, the pages' language
    lists), so that it scores translation, not copying. train is the line file plus the other pages' pairs, minus
    anything whose German or target line is on a held-out page."""
    pages = load_integreat_pages(folder)
    test_pages = [p for p in pages if page_bucket(p["region"], p["de_id"]) in TEST_BUCKETS]
    dev_pages = [p for p in pages if page_bucket(p["region"], p["de_id"]) in DEV_BUCKETS]
    held_ids = {(p["region"], p["de_id"]) for p in test_pages + dev_pages}
    blocked_de: Set[str] = set()
    blocked_tgt: Set[str] = set()
    for p in test_pages + dev_pages:
        blocked_de.update(near_key(x) for x in p["de"].split("\n"))
        blocked_tgt.update(near_key(x) for x in p["en"].split("\n"))
    blocked_de.discard("")
    blocked_tgt.discard("")
    test_all = unique(x for p in test_pages for x in page_pairs(p))
    test = [(d, t) for d, t in test_all if d != t]
    dev = [(d, t) for d, t in unique(x for p in dev_pages for x in page_pairs(p)) if d != t]
    lines = load_integreat_lines(folder, target)
    other_pages = [x for p in pages if (p["region"], p["de_id"]) not in held_ids for x in page_pairs(p)] \
        if target == "en" else []
    candidates = unique(lines + other_pages)
    train = [(d, t) for d, t in candidates if near_key(d) not in blocked_de and near_key(t) not in blocked_tgt]
    return {"train": train, "dev": dev, "test": test, "test_all": test_all, "blocked_de": blocked_de,
            "stats": {"pages": len(pages), "test_pages": len(test_pages), "dev_pages": len(dev_pages),
                      "test_pairs": len(test), "test_all_pairs": len(test_all), "dev_pairs": len(dev), "line_pairs": len(lines),
                      "other_page_pairs": len(other_pages), "train_candidates": len(candidates),
                      "train_pairs": len(train), "dropped_as_held_out": len(candidates) - len(train)}}


def read_lines(path: str) -> List[str]:
    with open(path, encoding="utf-8") as fh:
        return [clean(line) for line in fh.read().rstrip("\n").split("\n")]


TATOEBA_CODES = {"en": "eng", "uk": "ukr", "ru": "rus", "tr": "tur", "pl": "pol", "fa": "fas", "ar": "ara"}


def load_tatoeba(folder: str, target: str) -> List[Pair]:
    code = TATOEBA_CODES[target]
    pair = f"deu-{code}" if os.path.exists(os.path.join(folder, f"deu-{code}.deu")) else f"{code}-deu"
    de = read_lines(os.path.join(folder, f"{pair}.deu"))
    tgt = read_lines(os.path.join(folder, f"{pair}.{code}"))
    if len(de) != len(tgt):
        raise ValueError(f"{pair}: {len(de)} German and {len(tgt)} target lines")
    return unique((d, t) for d, t in zip(de, tgt) if d and t)


FLORES_CODES = {"en": "en", "uk": "uk", "ru": "ru", "tr": "tr", "pl": "pl", "fa": "fa", "ar": "ar"}
NTREX_CODES = {"en": "eng-US", "uk": "ukr", "ru": "rus", "tr": "tur", "pl": "pol", "fa": "fas", "ar": "arb"}


def load_flores(folder: str, target: str, split: str = "devtest") -> List[Pair]:
    de = read_lines(os.path.join(folder, f"{split}.de"))
    tgt = read_lines(os.path.join(folder, f"{split}.{FLORES_CODES[target]}"))
    return list(zip(de, tgt))


def load_ntrex(folder: str, target: str) -> List[Pair]:
    """NTREX-128 German -> X: the German reference translation as source; for English the original English source
    (the German was translated from it)."""
    de = read_lines(os.path.join(folder, "newstest2019-ref.deu.txt"))
    if target == "en":
        tgt = read_lines(os.path.join(folder, "newstest2019-src.eng.txt"))
    else:
        tgt = read_lines(os.path.join(folder, f"newstest2019-ref.{NTREX_CODES[target]}.txt"))
    return list(zip(de, tgt))


def drop_blocked(pairs: Sequence[Pair], blocked_de: Set[str]) -> List[Pair]:
    return [(d, t) for d, t in pairs if near_key(d) not in blocked_de]
