"""Integrity checks for the analyst-chosen summary set in tests/data/analyst/.

Each article is ``<slug>.txt`` (headline, blank line, paragraphs separated by blank
lines) with a companion ``<slug>.ref.txt`` holding exactly three sentences a policy
analyst would pick, one per line, each copied verbatim from the article body.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ANALYST_DIR = Path(__file__).parent / "data" / "analyst"
MIN_ARTICLES = 25
REF_SUFFIX = ".ref.txt"


def _articles() -> list[Path]:
    return sorted(p for p in ANALYST_DIR.glob("*.txt") if not p.name.endswith(REF_SUFFIX))


def _ref_for(article: Path) -> Path:
    return article.with_name(article.name[: -len(".txt")] + REF_SUFFIX)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _body(text: str) -> str:
    """Everything after the headline line."""
    _headline, _sep, body = text.partition("\n")
    return body


ARTICLES = _articles()


def test_enough_articles() -> None:
    assert len(ARTICLES) >= MIN_ARTICLES, f"only {len(ARTICLES)} articles in {ANALYST_DIR}"


def test_no_orphan_refs() -> None:
    articles = {p.name for p in ARTICLES}
    orphans = [
        p.name
        for p in ANALYST_DIR.glob(f"*{REF_SUFFIX}")
        if p.name[: -len(REF_SUFFIX)] + ".txt" not in articles
    ]
    assert not orphans, f"reference files without an article: {orphans}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_article_layout(article: Path) -> None:
    text = _read(article)
    lines = text.split("\n")
    assert lines[0].strip(), "first line must be the headline"
    assert len(lines) > 2 and lines[1] == "", "headline must be followed by a blank line"
    paragraphs = [p for p in _body(text).split("\n\n") if p.strip()]
    assert len(paragraphs) >= 3, "expected several body paragraphs"
    words = len(_body(text).split())
    assert 200 <= words <= 600, f"body has {words} words, expected 200-600"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_reference_has_three_verbatim_sentences(article: Path) -> None:
    ref = _ref_for(article)
    assert ref.exists(), f"missing reference file {ref.name}"
    lines = _read(ref).splitlines()
    assert len(lines) == 3, f"{ref.name} has {len(lines)} lines, expected 3"
    body = _body(_read(article))
    for line in lines:
        assert line.strip(), f"{ref.name} has an empty line"
        assert line == line.strip(), f"{ref.name} line has stray whitespace: {line!r}"
        assert line in body, f"{ref.name}: not a verbatim substring of the body: {line!r}"
    assert len(set(lines)) == 3, f"{ref.name} repeats a sentence"
