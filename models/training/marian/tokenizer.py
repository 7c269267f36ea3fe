"""SentencePiece training and conversion to a `tokenizers`-library `tokenizer.json` (Marian layout).

Vocabulary layout (shared source/target vocabulary, like most OPUS-MT models):

    0            </s>      eos (SentencePiece control symbol)
    1            <unk>     unknown (SentencePiece unknown symbol)
    2 .. n-1     the SentencePiece pieces, in SentencePiece id order
    n .. n+k-1   target-language tokens such as >>de<<, >>en<< (added tokens)
    n+k          <pad>     padding, also the decoder start token (Marian convention: last id)

SentencePiece ids therefore map 1:1 onto the first n vocabulary ids, and the same ids are used in
`tokenizer.json`, in the embedding matrix and in `config.json`.

`MarianVocab.encode` is the Python reference tokeniser (what HF's MarianTokenizer does: strip a
leading `>>xx<<` code, SentencePiece-encode the rest, append `</s>`). The exported `tokenizer.json`
must give the same ids in transformers.js; `verify_package.mjs` checks that.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Sequence

import sentencepiece as spm
from sentencepiece import sentencepiece_model_pb2 as sp_pb2

EOS = "</s>"
UNK = "<unk>"
PAD = "<pad>"
SPIECE_UNDERLINE = "\u2581"
LANG_CODE_RE = re.compile(r"^(>>\w+<<)\s*")


def read_parallel_tsv(path: str) -> List[tuple]:
    """Read `source<TAB>target` lines; `#` lines and blank lines are skipped."""
    pairs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            src, tgt = line.split("\t")
            pairs.append((src.strip(), tgt.strip()))
    return pairs


def train_sentencepiece(
    sentences: Iterable[str],
    vocab_size: int,
    *,
    character_coverage: float = 1.0,
    normalization_rule_name: str = "nmt_nfkc",
    seed_sentencepiece_size: int = 100000,
) -> bytes:
    """Train a unigram SentencePiece model in memory and return the serialised model proto.

    Single-threaded with no sentence sampling, so the result is reproducible. `hard_vocab_limit`
    is off so a tiny corpus may yield fewer pieces than asked for.
    """
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(list(sentences)),
        model_writer=model,
        model_type="unigram",
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=character_coverage,
        normalization_rule_name=normalization_rule_name,
        seed_sentencepiece_size=seed_sentencepiece_size,
        # Marian/OPUS-MT ids: eos 0, unk 1, no bos, no pad inside SentencePiece.
        eos_id=0,
        unk_id=1,
        bos_id=-1,
        pad_id=-1,
        eos_piece=EOS,
        unk_piece=UNK,
        num_threads=1,
        input_sentence_size=0,
        shuffle_input_sentence=False,
        minloglevel=2,
    )
    return model.getvalue()


@dataclass
class MarianVocab:
    """A SentencePiece model plus the Marian extras (language tokens, `<pad>` last)."""

    sp_model_proto: bytes
    language_tokens: Sequence[str] = field(default_factory=list)
    # Lower-case the *source* side before SentencePiece (the tokenizer.json gets a Lowercase normaliser, so
    # transformers.js does the same). Targets are encoded with `encode_target`, which never lower-cases.
    lowercase: bool = False

    def __post_init__(self) -> None:
        self.sp = spm.SentencePieceProcessor(model_proto=self.sp_model_proto)
        self.proto = sp_pb2.ModelProto()
        self.proto.ParseFromString(self.sp_model_proto)
        n = self.sp.get_piece_size()
        if self.sp.id_to_piece(0) != EOS or self.sp.id_to_piece(1) != UNK:
            raise ValueError("SentencePiece model must have </s> at id 0 and <unk> at id 1")
        for tok in self.language_tokens:
            if not LANG_CODE_RE.fullmatch(tok):
                raise ValueError(f"language token {tok!r} must look like >>xx<<")
        self.pieces: List[str] = [self.sp.id_to_piece(i) for i in range(n)]
        self.scores: List[float] = [float(self.sp.get_score(i)) for i in range(n)]
        self.tokens: List[str] = self.pieces + list(self.language_tokens) + [PAD]
        self.token_to_id = {t: i for i, t in enumerate(self.tokens)}
        if len(self.token_to_id) != len(self.tokens):
            raise ValueError("duplicate token in vocabulary")

    # ids -------------------------------------------------------------------------------------
    @property
    def vocab_size(self) -> int:
        return len(self.tokens)

    @property
    def eos_token_id(self) -> int:
        return 0

    @property
    def unk_token_id(self) -> int:
        return 1

    @property
    def pad_token_id(self) -> int:
        return len(self.tokens) - 1

    @property
    def special_ids(self) -> List[int]:
        return [self.eos_token_id, self.unk_token_id] + [
            self.token_to_id[t] for t in self.language_tokens
        ] + [self.pad_token_id]

    # reference tokeniser ----------------------------------------------------------------------
    def encode(self, text: str, add_eos: bool = True) -> List[int]:
        """Like HF MarianTokenizer: optional leading `>>xx<<` code, SentencePiece, then `</s>`."""
        text = text.strip()
        ids: List[int] = []
        m = LANG_CODE_RE.match(text)
        if m and m.group(1) in self.token_to_id:
            ids.append(self.token_to_id[m.group(1)])
            text = text[m.end():]
        if text:
            ids.extend(self.sp.encode(text.lower() if self.lowercase else text, out_type=int))
        if add_eos:
            ids.append(self.eos_token_id)
        return ids

    def encode_target(self, text: str, add_eos: bool = True) -> List[int]:
        """Target-side ids for training (no language code handling, never lower-cased)."""
        ids = list(self.sp.encode(text.strip(), out_type=int)) if text.strip() else []
        return ids + [self.eos_token_id] if add_eos else ids

    def decode(self, ids: Iterable[int], skip_special_tokens: bool = True) -> str:
        """Same rules as the Metaspace decoder in transformers.js (with clean-up disabled)."""
        special = set(self.special_ids)
        toks = [self.tokens[int(i)] for i in ids if not (skip_special_tokens and int(i) in special)]
        out = []
        for i, tok in enumerate(toks):
            s = tok.replace(SPIECE_UNDERLINE, " ")
            if i == 0 and s.startswith(" "):
                s = s[1:]
            out.append(s)
        return "".join(out)

    # export -----------------------------------------------------------------------------------
    def tokenizer_json(self) -> dict:
        """A `tokenizers`-library JSON (Unigram + Metaspace), as HF's SpmConverter would write it."""
        added = [
            _added_token(self.token_to_id[t], t)
            for t in [EOS, UNK, *self.language_tokens, PAD]
        ]
        added.sort(key=lambda a: a["id"])
        # Control/extra tokens get score 0 (HF convention); the tokenizer never reaches them through
        # the Unigram lattice because they are split off as added tokens first.
        vocab = [[p, s] for p, s in zip(self.pieces, self.scores)]
        vocab[self.eos_token_id][1] = 0.0
        vocab[self.unk_token_id][1] = 0.0
        vocab += [[t, 0.0] for t in self.language_tokens] + [[PAD, 0.0]]

        charsmap = self.proto.normalizer_spec.precompiled_charsmap
        normalizers = []
        if self.lowercase:  # before NFKC, like `str.lower()` before SentencePiece in `encode`
            normalizers.append({"type": "Lowercase"})
        if charsmap:
            normalizers.append(
                {"type": "Precompiled", "precompiled_charsmap": base64.b64encode(charsmap).decode("ascii")}
            )
        # SentencePiece's remove_extra_whitespaces: strip both ends, collapse runs of spaces.
        normalizers.append({"type": "Strip", "strip_left": True, "strip_right": True})
        normalizers.append({"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "})

        metaspace = {"type": "Metaspace", "replacement": SPIECE_UNDERLINE, "prepend_scheme": "always", "split": True}
        return {
            "version": "1.0",
            "truncation": None,
            "padding": None,
            "added_tokens": added,
            "normalizer": {"type": "Sequence", "normalizers": normalizers},
            "pre_tokenizer": metaspace,
            "post_processor": {
                "type": "TemplateProcessing",
                "single": [
                    {"Sequence": {"id": "A", "type_id": 0}},
                    {"SpecialToken": {"id": EOS, "type_id": 0}},
                ],
                "pair": [
                    {"Sequence": {"id": "A", "type_id": 0}},
                    {"Sequence": {"id": "B", "type_id": 0}},
                    {"SpecialToken": {"id": EOS, "type_id": 0}},
                ],
                "special_tokens": {EOS: {"id": EOS, "ids": [self.eos_token_id], "tokens": [EOS]}},
            },
            "decoder": dict(metaspace),
            "model": {
                "type": "Unigram",
                "unk_id": self.unk_token_id,
                "vocab": vocab,
                "byte_fallback": False,
            },
        }

    def tokenizer_config(self, model_max_length: int, source_lang: Optional[str], target_lang: Optional[str]) -> dict:
        return {
            "tokenizer_class": "MarianTokenizer",
            "model_max_length": model_max_length,
            "eos_token": EOS,
            "unk_token": UNK,
            "pad_token": PAD,
            "additional_special_tokens": list(self.language_tokens),
            "source_lang": source_lang,
            "target_lang": target_lang,
            "separate_vocabs": False,
            "sp_model_kwargs": {},
            # Keep decoding literal (no " ." -> "." clean-up) so it matches the Python reference.
            "clean_up_tokenization_spaces": False,
            "padding_side": "right",
            "model_input_names": ["input_ids", "attention_mask"],
        }


def _added_token(idx: int, content: str) -> dict:
    return {
        "id": idx,
        "content": content,
        "single_word": False,
        "lstrip": False,
        # Swallow the space after a language code so ">>en<< Guten Tag" encodes like "Guten Tag".
        "rstrip": bool(LANG_CODE_RE.fullmatch(content)),
        "normalized": False,
        "special": True,
    }
