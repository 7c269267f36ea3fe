"""The NLLB-200 / M2M100 vocabulary layout and its `tokenizer.json`, for the tiny fixtures.

    0   <s>     1   <pad>     2   </s> (eos, decoder start)     3   <unk>
    4 .. n      SentencePiece pieces (SentencePiece id + 1, fairseq's offset)
    n+1 ..      language tokens: `deu_Latn`, `ukr_Cyrl`, … (NLLB) or `__de__`, `__uk__`, … (M2M100)
    last        <mask> (NLLB only)

A source sentence is `[source language token] pieces </s>`, as the non-legacy NllbTokenizer and the
M2M100Tokenizer write it. The tokenizer.json template names one language token (`eng_Latn`, as
Meta's export does); transformers.js puts the `src_lang` it is given there, so a runtime that forgets to
pass the source language encodes German as English and decodes something else.

The real packages use a SentencePiece BPE model; the fixture uses a unigram one, which only changes how
words split into pieces.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass, field
from typing import Iterable, List, Sequence

import sentencepiece as spm
from sentencepiece import sentencepiece_model_pb2 as sp_pb2

BOS, PAD, EOS, UNK, MASK = "<s>", "<pad>", "</s>", "<unk>", "<mask>"
SPIECE_UNDERLINE = "\u2581"
NLLB_CODE = re.compile(r"^[a-z]{3}_[A-Z][a-z]{3}$")
M2M100_CODE = re.compile(r"^__[a-z]{2,3}__$")


def train_sentencepiece(sentences: Iterable[str], vocab_size: int) -> bytes:
    """Unigram model with fairseq's control ids (unk 0, bos 1, eos 2), single-threaded and reproducible."""
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(list(sentences)),
        model_writer=model,
        model_type="unigram",
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        normalization_rule_name="nmt_nfkc",
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        num_threads=1,
        input_sentence_size=0,
        shuffle_input_sentence=False,
        minloglevel=2,
    )
    return model.getvalue()


@dataclass
class NllbVocab:
    sp_model_proto: bytes
    language_tokens: Sequence[str] = field(default_factory=list)
    flavour: str = "nllb"  # or "m2m100"
    default_source_token: str = ""

    def __post_init__(self) -> None:
        pattern = NLLB_CODE if self.flavour == "nllb" else M2M100_CODE
        for tok in self.language_tokens:
            if not pattern.fullmatch(tok):
                raise ValueError(f"{tok!r} is not a {self.flavour} language token")
        self.sp = spm.SentencePieceProcessor(model_proto=self.sp_model_proto)
        self.proto = sp_pb2.ModelProto()
        self.proto.ParseFromString(self.sp_model_proto)
        n = self.sp.get_piece_size()
        self.pieces = [self.sp.id_to_piece(i) for i in range(3, n)]
        self.scores = [float(self.sp.get_score(i)) for i in range(3, n)]
        extra = [MASK] if self.flavour == "nllb" else []
        self.tokens: List[str] = [BOS, PAD, EOS, UNK] + self.pieces + list(self.language_tokens) + extra
        self.token_to_id = {t: i for i, t in enumerate(self.tokens)}
        if len(self.token_to_id) != len(self.tokens):
            raise ValueError("duplicate token in vocabulary")
        if not self.default_source_token:
            self.default_source_token = self.language_tokens[0]

    @property
    def vocab_size(self) -> int:
        return len(self.tokens)

    @property
    def special_tokens(self) -> List[str]:
        return [BOS, PAD, EOS, UNK, *self.language_tokens] + ([MASK] if self.flavour == "nllb" else [])

    def sp_to_id(self, sp_id: int) -> int:
        return 3 if sp_id == 0 else sp_id + 1

    def encode(self, text: str, source_token: str) -> List[int]:
        ids = [self.sp_to_id(i) for i in self.sp.encode(text.strip(), out_type=int)] if text.strip() else []
        return [self.token_to_id[source_token], *ids, self.token_to_id[EOS]]

    def decode(self, ids: Iterable[int]) -> str:
        special = {self.token_to_id[t] for t in self.special_tokens}
        out = []
        for i, tok in enumerate(self.tokens[int(t)] for t in ids if int(t) not in special):
            s = tok.replace(SPIECE_UNDERLINE, " ")
            out.append(s[1:] if not out and s.startswith(" ") else s)
        return "".join(out)

    def tokenizer_json(self) -> dict:
        def added(content: str) -> dict:
            return {
                "id": self.token_to_id[content],
                "content": content,
                "single_word": False,
                "lstrip": content == MASK,
                "rstrip": False,
                "normalized": False,
                "special": True,
            }

        vocab = [[t, 0.0] for t in (BOS, PAD, EOS, UNK)]
        vocab += [[p, s] for p, s in zip(self.pieces, self.scores)]
        vocab += [[t, 0.0] for t in self.tokens[len(vocab):]]
        normalizers = []
        charsmap = self.proto.normalizer_spec.precompiled_charsmap
        if charsmap:
            normalizers.append({"type": "Precompiled", "precompiled_charsmap": base64.b64encode(charsmap).decode("ascii")})
        normalizers.append({"type": "Strip", "strip_left": True, "strip_right": True})
        normalizers.append({"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "})
        metaspace = {"type": "Metaspace", "replacement": SPIECE_UNDERLINE, "prepend_scheme": "always", "split": True}
        src = self.default_source_token
        return {
            "version": "1.0",
            "truncation": None,
            "padding": None,
            "added_tokens": [added(t) for t in sorted(self.special_tokens, key=self.token_to_id.__getitem__)],
            "normalizer": {"type": "Sequence", "normalizers": normalizers},
            "pre_tokenizer": metaspace,
            "post_processor": {
                "type": "TemplateProcessing",
                "single": [
                    {"SpecialToken": {"id": src, "type_id": 0}},
                    {"Sequence": {"id": "A", "type_id": 0}},
                    {"SpecialToken": {"id": EOS, "type_id": 0}},
                ],
                "pair": [
                    {"SpecialToken": {"id": src, "type_id": 0}},
                    {"Sequence": {"id": "A", "type_id": 0}},
                    {"Sequence": {"id": "B", "type_id": 0}},
                    {"SpecialToken": {"id": EOS, "type_id": 0}},
                ],
                "special_tokens": {
                    EOS: {"id": EOS, "ids": [self.token_to_id[EOS]], "tokens": [EOS]},
                    src: {"id": src, "ids": [self.token_to_id[src]], "tokens": [src]},
                },
            },
            "decoder": dict(metaspace),
            "model": {"type": "Unigram", "unk_id": self.token_to_id[UNK], "vocab": vocab, "byte_fallback": False},
        }

    def tokenizer_config(self, model_max_length: int) -> dict:
        src = self.default_source_token
        common = {
            "model_max_length": model_max_length,
            "bos_token": BOS,
            "eos_token": EOS,
            "sep_token": EOS,
            "cls_token": BOS,
            "unk_token": UNK,
            "pad_token": PAD,
            "additional_special_tokens": list(self.language_tokens),
            # Literal decoding, so that transformers.js' text equals the Python reference.
            "clean_up_tokenization_spaces": False,
            "padding_side": "right",
            "model_input_names": ["input_ids", "attention_mask"],
        }
        if self.flavour == "nllb":
            return {"tokenizer_class": "NllbTokenizer", "mask_token": MASK, "legacy_behaviour": False,
                    "src_lang": src, "tgt_lang": None, **common}
        return {"tokenizer_class": "M2M100Tokenizer", "src_lang": src[2:-2], "tgt_lang": None, **common}
