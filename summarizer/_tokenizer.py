"""A sumy-compatible tokenizer that needs no NLTK data.

sumy's own ``Tokenizer`` loads Punkt's downloaded models for sentences *and* calls
``nltk.word_tokenize`` (which needs them too) for words.  This object offers the
same three members sumy's parsers and summarizers use -- ``language``,
``to_sentences`` and ``to_words`` -- backed by our splitter and a regex.
"""

from __future__ import annotations

import re

from summarizer.language import language_name
from summarizer.sentences import split_sentences

# Letters only, with inner apostrophes/hyphens ("don't", "al-Assad"): the same
# notion of "word" sumy filters its tokens down to.
WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Words and numbers, for our own scorer: "13.5" and "2004" carry news facts.
TERM_PATTERN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,]\d+)*")


class Tokenizer:
    """Sentence and word tokenizer for sumy's ``PlaintextParser`` and summarizers."""

    def __init__(self, language: str = "english") -> None:
        self._language = language_name(language)

    @property
    def language(self) -> str:
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph, self._language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(WORD_PATTERN.findall(sentence))

    def __repr__(self) -> str:
        return f"Tokenizer({self._language!r})"
