"""How strongly a word names a category, and the shape of a round's word list: one definition for vocab.py, which
registers the words, and the per-round word modules (words29.py ...), which vocab.py imports and so cannot import."""
from __future__ import annotations

STRONG, WEAK, CONTEXT = "strong", "weak", "context"   # CONTEXT: needs a person- or health-like table
# (category, strength, words) in the order vocab.py registers them; category None: the words name nothing sensitive.
Vocab = tuple[tuple[str | None, str, tuple[str, ...]], ...]
