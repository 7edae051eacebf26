"""Language names and offline language detection.

Detection scores a document against sumy's shipped stop-word lists: function words
are the most frequent tokens of any language, so their share identifies the language
of a news article without a model or a network call.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from sumy.utils import get_stop_words

# ISO 639-1 code -> the language name sumy, NLTK's Snowball stemmers and our Punkt
# parameters use.  English and Spanish are fully supported (splitter parameters,
# stemming, stop words); the others detect and summarize with generic splitting.
LANGUAGES: dict[str, str] = {
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "pt": "portuguese",
}
_NAMES_TO_CODES: dict[str, str] = {name: code for code, name in LANGUAGES.items()}

# sumy's Spanish list lacks the most frequent Spanish function words ("de", "que",
# "y", "del", "se"), which both detection and stop-word filtering rely on.
_EXTRA_STOP_WORDS: dict[str, frozenset[str]] = {
    "es": frozenset(
        [
            "de",
            "que",
            "y",
            "del",
            "se",
            "al",
            "me",
            "te",
            "mi",
            "tu",
            "sí",
            "no",
            "ni",
            "ha",
            "han",
            "había",
            "más",
            "menos",
            "ya",
            "este",
            "esta",
            "estos",
            "estas",
            "ese",
            "esa",
            "eso",
            "esos",
            "esas",
            "otra",
            "otras",
            "según",
            "hasta",
            "hacia",
            "contra",
            "durante",
            "mediante",
            "sino",
            "pues",
            "aunque",
            "también",
            "además",
            "así",
            "tras",
            "dijo",
        ]
    ),
}

DEFAULT_LANGUAGE = "en"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Enough tokens to decide; longer documents are only sampled from the start.
_MAX_TOKENS = 600
# Below this share of stop words we don't trust any guess and fall back to English.
_MIN_SHARE = 0.05


def language_code(language: str) -> str:
    """Return the ISO 639-1 code for ``language`` given as a code or an English name."""
    key = language.strip().lower()
    if key in LANGUAGES:
        return key
    if key in _NAMES_TO_CODES:
        return _NAMES_TO_CODES[key]
    supported = ", ".join(f"{code!r}/{name!r}" for code, name in LANGUAGES.items())
    raise ValueError(f"unsupported language {language!r}; expected one of {supported}")


def language_name(language: str) -> str:
    """Return the English name (``"english"``) for a code or a name."""
    return LANGUAGES[language_code(language)]


@cache
def stop_words(language: str) -> frozenset[str]:
    """sumy's stop words for ``language`` plus the few frequent words its list lacks."""
    code = language_code(language)
    return frozenset(get_stop_words(LANGUAGES[code])) | _EXTRA_STOP_WORDS.get(code, frozenset())


@cache
def _weighted_stop_words() -> dict[str, dict[str, float]]:
    """Stop words per language code, each weighted by 1 / (number of lists holding it).

    Words shared by several languages ("de", "a", "que") then count for little and
    the words unique to one language ("the", "los", "não") decide.
    """
    lists = {code: stop_words(code) for code in LANGUAGES}
    holders: dict[str, int] = {}
    for words in lists.values():
        for word in words:
            holders[word] = holders.get(word, 0) + 1
    return {code: {w: 1.0 / holders[w] for w in words} for code, words in lists.items()}


def language_scores(text: str) -> dict[str, float]:
    """Weighted share of stop words of each language among the tokens of ``text``."""
    tokens = [m.group().lower() for m in _WORD.finditer(text, 0, 40 * _MAX_TOKENS)]
    tokens = tokens[:_MAX_TOKENS]
    if not tokens:
        return dict.fromkeys(LANGUAGES, 0.0)
    totals = dict.fromkeys(LANGUAGES, 0.0)
    index = _stop_word_index()
    for token, n in Counter(tokens).items():  # each distinct word looked up once
        for code, weight in index.get(token, ()):
            totals[code] += weight * n
    return {code: total / len(tokens) for code, total in totals.items()}


@cache
def _stop_word_index() -> dict[str, tuple[tuple[str, float], ...]]:
    """word → ((language, weight), ...): one lookup per word instead of one per language."""
    index: dict[str, list[tuple[str, float]]] = {}
    for code, table in _weighted_stop_words().items():
        for word, weight in table.items():
            index.setdefault(word, []).append((code, weight))
    return {word: tuple(pairs) for word, pairs in index.items()}


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the language of ``text`` ("en" when unsure)."""
    scores = language_scores(text)
    best = max(scores, key=scores.__getitem__)
    if scores[best] < _MIN_SHARE:
        return DEFAULT_LANGUAGE
    return best
