"""BM25 full-text search over an in-memory inverted index, for catalogues held in memory.

Why: LanceDB's full-text query costs 4-8 ms on a small CPU before it scores anything (a native
round trip, a thread hand-off and Arrow conversion), more than the whole in-memory vector half.
A mirrored catalogue (vector_mirror.py) therefore scores its text here in well under a millisecond.

Analysis follows LanceDB's default `FTS()` index, so both halves agree on what matches: the
"simple" tokenizer (split on anything not a letter or digit), lower case, tokens over 40 characters
dropped, ASCII folding, English stop words removed, Snowball English stemming. A query matches an
item only when the item holds every query term (LanceDB's AND operator, as `Catalog` uses it).
Scores are Okapi BM25 (k1 = 1.2, b = 0.75), the formula LanceDB uses.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

K1, B = 1.2, 0.75
MAX_TOKEN_LENGTH = 40
_TOKEN = re.compile(r"[^\W_]+")
# The English stop words of LanceDB's (tantivy's) default filter.
STOP_WORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their then there "
    "these they this to was will with".split()
)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def _term(token: str) -> str:
    folded = unicodedata.normalize("NFKD", token)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _stemmer().stemWord(folded)


def analyse(text: str) -> list[str]:
    """The index terms of a text, in order, repeats kept."""
    tokens = (t for t in _TOKEN.findall(text.lower()) if len(t) <= MAX_TOKEN_LENGTH)
    return [_term(t) for t in tokens if t not in STOP_WORDS]


class TextIndex:
    """Term -> (sorted rows, term frequencies), document lengths and the BM25 constants of a corpus."""

    def __init__(self, texts: Sequence[str | None]) -> None:
        rows: dict[str, list[int]] = {}
        counts: dict[str, list[int]] = {}
        lengths = np.zeros(len(texts), dtype=np.float32)
        for row, text in enumerate(texts):
            terms = analyse(text or "")
            lengths[row] = len(terms)
            for term, count in Counter(terms).items():
                rows.setdefault(term, []).append(row)
                counts.setdefault(term, []).append(count)
        self.size = len(texts)
        self.postings = {t: (np.array(r, dtype=np.int64), np.array(counts[t], dtype=np.float32)) for t, r in rows.items()}
        self._norm = K1 * (1 - B + B * lengths / max(float(lengths.mean()) if len(texts) else 0.0, 1e-9))

    def idf(self, term: str) -> float:
        matching = len(self.postings[term][0])
        return float(np.log(1 + (self.size - matching + 0.5) / (matching + 0.5)))

    def search(self, text: str, keep: np.ndarray | None, limit: int) -> list[tuple[int, float]]:
        """(row, BM25) of the best rows holding every term of the text among `keep` rows, best first."""
        terms = list(dict.fromkeys(analyse(text)))
        if not terms or limit <= 0 or any(t not in self.postings for t in terms):
            return []
        terms.sort(key=lambda t: len(self.postings[t][0]))  # the rarest term bounds the candidates
        candidates, frequencies = self.postings[terms[0]]
        if keep is not None:
            held = keep[candidates]
            candidates, frequencies = candidates[held], frequencies[held]
        found = [frequencies]
        for term in terms[1:]:
            # Both lists are sorted: a binary search per candidate, where intersect1d sorted both anew
            # (a common word like "men" lists half the catalogue).
            candidates, found = _narrowed(candidates, found, *self.postings[term])
        if len(candidates) == 0:
            return []
        scores = np.zeros(len(candidates), dtype=np.float32)
        for term, tf in zip(terms, found, strict=True):
            scores += self.idf(term) * tf * (K1 + 1) / (tf + self._norm[candidates])
        top = np.argsort(-scores, kind="stable")[:limit]
        return [(int(candidates[i]), float(scores[i])) for i in top]


def _narrowed(candidates: np.ndarray, found: list[np.ndarray], term_rows: np.ndarray,
              frequencies: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The candidates that also hold this term, with each term's frequencies so far and this one's."""
    at = np.minimum(np.searchsorted(term_rows, candidates), len(term_rows) - 1)
    held = term_rows[at] == candidates
    return candidates[held], [*(f[held] for f in found), frequencies[at[held]]]
