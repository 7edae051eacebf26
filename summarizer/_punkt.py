"""Punkt sentence-boundary parameters shipped with the project as JSON.

NLTK's Punkt algorithm is good, but its trained models (``punkt_tab``) are data that
must be downloaded, and an untrained Punkt splits "the U.S. State Department".  We
ship our own parameters instead: a curated abbreviation list per language, plus
what ``python -m summarizer._punkt`` learns from text the project wrote itself
(``seeds/`` and ``tests/data/``), cleaned so that only abbreviation-shaped tokens
survive.  Orthographic context for the language's stop words is added so Punkt
knows that "The" after "U.S." starts a sentence while "Thursday" after "p.m." does
not.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktTrainer

from summarizer.language import LANGUAGES, language_name, stop_words

DATA_DIR = Path(__file__).with_name("data")
# Languages without shipped parameters fall back to these (abbreviations of
# English titles and Latin shorthand are common in any European news text).
FALLBACK_LANGUAGE = "english"

# Punkt's orthographic-context flags (see nltk.tokenize.punkt): seen capitalised
# at the start of a sentence, seen lower case in mid sentence.
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_LC = 1 << 5
# Stop words that are also names, months or initials: marking them as "usually
# lower case" would make "Dr. May" or "Mr. Will" split after the title.
_NOT_SENTENCE_STARTERS = frozenset(
    [
        "a",
        "i",
        "may",
        "will",
        "us",
        "don",
        "mark",
        "march",
        "april",
        "june",
        "bill",
        "grant",
        "sol",
        "mar",
    ]
)
_ABBREVIATION_SHAPE = re.compile(r"^(?:[^\W\d_]{1,4}|(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3})$")


def _params_path(language: str) -> Path:
    return DATA_DIR / f"punkt_{language}.json"


@cache
def load_parameters(language: str) -> PunktParameters:
    """Build ``PunktParameters`` from the shipped JSON for a language name."""
    path = _params_path(language)
    if not path.exists():
        path = _params_path(FALLBACK_LANGUAGE)
    data = json.loads(path.read_text(encoding="utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(data["abbreviations"]) | set(data["learned_abbreviations"])
    params.sent_starters = set(data["sentence_starters"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    for word, flags in data["ortho_context"].items():
        params.add_ortho_context(word, flags)
    return params


@cache
def sentence_tokenizer(language: str) -> PunktSentenceTokenizer:
    """A Punkt tokenizer for ``language`` (a code or a name) using shipped parameters."""
    tokenizer = PunktSentenceTokenizer()
    tokenizer._params = load_parameters(language_name(language))
    return tokenizer


def learn_parameters(language: str, texts: Iterable[str], curated: set[str]) -> dict:
    """Train Punkt on ``texts`` and keep only parameters we trust.

    Learned abbreviations must look like abbreviations (short, or dotted like
    "u.s") and must not be stop words; collocations are dropped because a small
    corpus yields accidental ones.
    """
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = False
    for text in texts:
        trainer.train(text, finalize=False)
    trainer.finalize_training()
    learned = trainer.get_params()
    stops = stop_words(language)
    abbreviations = sorted(
        a
        for a in learned.abbrev_types
        if a not in curated and a not in stops and _ABBREVIATION_SHAPE.match(a)
    )
    starters = sorted(s for s in learned.sent_starters if s.isalpha())
    ortho = {w: f for w, f in learned.ortho_context.items() if w.isalpha()}
    for word in stops:
        if word.isalpha() and word not in _NOT_SENTENCE_STARTERS and word not in curated:
            ortho[word] = ortho.get(word, 0) | _ORTHO_BEG_UC | _ORTHO_MID_LC
    # Keep the JSON small: only words whose flags say something about case.
    ortho = {w: ortho[w] for w in sorted(ortho) if ortho[w] & _ORTHO_MID_LC}
    return {
        "learned_abbreviations": abbreviations,
        "sentence_starters": starters,
        "collocations": [],
        "ortho_context": ortho,
    }


def _project_texts(root: Path, code: str) -> list[str]:
    """Project-written text in ``code``'s language (never benchmark data)."""
    from summarizer.language import detect_language

    texts = []
    for folder in (root / "seeds", root / "tests" / "data"):
        for path in sorted(folder.rglob("*.txt")) if folder.exists() else []:
            if path.name.endswith(".ref.txt"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if detect_language(text) == code:
                texts.append(text)
    return texts


def main(argv: list[str] | None = None) -> None:
    """Regenerate the learned part of ``summarizer/data/punkt_*.json``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args(argv)
    for code in ("en", "es"):
        name = LANGUAGES[code]
        path = _params_path(name)
        data = json.loads(path.read_text(encoding="utf-8"))
        texts = _project_texts(args.root, code)
        data.update(learn_parameters(name, texts, set(data["abbreviations"])))
        data["trained_on_documents"] = len(texts)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path}: {len(texts)} documents, {len(data['learned_abbreviations'])} learned")


if __name__ == "__main__":
    main()
