"""Summaries: every method offline, counts and ratios, edge cases, briefings."""

from __future__ import annotations

import nltk
import pytest
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer import split_sentences, summarize, summarize_many
from summarizer._punkt import load_parameters, sentence_tokenizer
from summarizer._tokenizer import Tokenizer
from summarizer.language import stop_words
from summarizer.summarize import SUMMARIZERS, BriefingSummarizer, _terms, resolve_count

ARTICLE = """Ecuador and US near deal on asylum seekers

The United States and Ecuador are in the final stages of an agreement that would let Washington send asylum seekers to Ecuador, a senior U.S. State Department official said on Thursday.
"It's not 100 percent finished," the official said.
The issue was discussed during the visit of Secretary of State Marco Rubio to Quito, where he also announced US$13.5 million in new security assistance for Ecuador's police and navy.
The official said there was no quota for the number of asylum seekers who could be sent to Ecuador under the agreement.

Rubio also designated two Ecuadorian gangs, Los Lobos and Los Choneros, as foreign terrorist organizations, which allows the United States to freeze their assets.
Ecuador's president thanked him.
The gangs control drug trafficking routes through Ecuador's ports and have been blamed for a sharp rise in murders in the country since 2021.
Officials did not say when the asylum agreement would be signed.
"""

SPANISH = """Ecuador y Estados Unidos cerca de un acuerdo

Los gobiernos de Ecuador y Estados Unidos están en la etapa final de un acuerdo migratorio, dijo el jueves un alto funcionario del Departamento de Estado.
El Sr. Rubio anunció una ayuda de seguridad de 13,5 millones de dólares para la policía y la marina de Ecuador.
El funcionario dijo que no hay una cuota de solicitantes de asilo.
Rubio también designó a las bandas Los Lobos y Los Choneros como organizaciones terroristas, lo que permite a EE.UU. congelar sus activos.
El presidente de Ecuador agradeció el apoyo.
"""


@pytest.fixture
def no_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to load NLTK data fail, and drop cached Punkt objects."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("NLTK data must not be loaded")

    monkeypatch.setattr(nltk.data, "load", refuse)
    monkeypatch.setattr(nltk.data, "find", refuse)
    monkeypatch.setattr(nltk, "download", refuse)
    load_parameters.cache_clear()
    sentence_tokenizer.cache_clear()


def test_registry_offers_every_method_and_not_kl() -> None:
    assert set(SUMMARIZERS) == {
        "auto",
        "lead",
        "lexrank",
        "textrank",
        "lsa",
        "luhn",
        "edmundson",
        "sumbasic",
        "reduction",
    }


@pytest.mark.parametrize("method", sorted(SUMMARIZERS))
def test_every_method_runs_offline_in_document_order(method: str, no_nltk_data: None) -> None:
    sentences = split_sentences(ARTICLE)
    summary = summarize(ARTICLE, 3, method=method)
    assert len(summary) == 3
    positions = [sentences.index(s) for s in summary]
    assert positions == sorted(positions)
    # The headline is never a summary sentence while the body has enough to say.
    assert "Ecuador and US near deal on asylum seekers" not in summary


@pytest.mark.parametrize("method", sorted(SUMMARIZERS))
def test_every_method_handles_spanish(method: str, no_nltk_data: None) -> None:
    summary = summarize(SPANISH, 2, method=method, language="es")
    assert len(summary) == 2
    assert set(summary) <= set(split_sentences(SPANISH, "es"))


def test_auto_prefers_the_substantive_sentences() -> None:
    summary = summarize(ARTICLE, 3)
    assert "Ecuador's president thanked him." not in summary
    assert '"It\'s not 100 percent finished," the official said.' not in summary
    assert any("US$13.5 million" in s for s in summary)


def test_lead_takes_the_first_body_sentences() -> None:
    body = split_sentences(ARTICLE)[1:]
    assert summarize(ARTICLE, 2, method="lead") == body[:2]


_NOUNS = [
    "grant",
    "loan",
    "bridge",
    "school",
    "clinic",
    "harbour",
    "railway",
    "election",
    "treaty",
    "vaccine",
]
_PLACES = [
    "Quito",
    "Lima",
    "Bogota",
    "Caracas",
    "Havana",
    "Managua",
    "Panama",
    "Asuncion",
    "Montevideo",
    "Santiago",
]


def distinct_sentences(n: int) -> str:
    """``n`` sentences that share few content words, so none is redundant."""
    return " ".join(
        f"The {_NOUNS[i % 10]} for {_PLACES[(3 * i) % 10]} cost {1000 + 37 * i} dollars "
        f"in {1990 + i}."
        for i in range(n)
    )


def test_ratio_and_string_counts() -> None:
    text = distinct_sentences(20)
    assert len(summarize(text, "20%")) == 4
    assert len(summarize(text, "3")) == 3
    assert len(summarize(text, 0.1)) == 2
    assert resolve_count("1%", 20) == 1  # never rounds to nothing
    for bad in ("0%", "150%", "many", 0, -2):
        with pytest.raises(ValueError):
            summarize(text, bad)


def test_short_text_comes_back_whole() -> None:
    text = "Headline about a grant\n\nThe ministry got a grant. It will build schools."
    assert summarize(text, 3) == [
        "Headline about a grant",
        "The ministry got a grant.",
        "It will build schools.",
    ]
    assert summarize("Only one sentence here.", 5) == ["Only one sentence here."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_raises_a_clear_error(text: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        summarize(text)


def test_unknown_method_names_the_choices() -> None:
    with pytest.raises(ValueError, match="textrank"):
        summarize(ARTICLE, method="kl")


def test_all_duplicate_sentences_are_said_once() -> None:
    text = " ".join(["The ministry received a grant of $5 million."] * 12)
    assert summarize(text, 3) == ["The ministry received a grant of $5 million."]


def test_text_without_punctuation_is_summarized() -> None:
    text = distinct_sentences(40).replace(".", "")
    assert split_sentences(text) != [text]  # cut into units of bounded length
    summary = summarize(text, 2)
    assert len(summary) == 2
    assert all(s in text for s in summary)


def test_five_thousand_sentences_complete() -> None:
    topics = ["grant", "loan", "ceasefire", "sanctions", "election", "flood", "vaccine"]
    text = " ".join(
        f"Report {i} says the {topics[i % 7]} affected {i % 13} districts in region {i % 17}."
        for i in range(5000)
    )
    summary = summarize(text, 5)
    assert len(summary) == 5
    assert len(set(summary)) == 5


def test_spanish_uses_spanish_stemming_and_stop_words() -> None:
    terms = _terms(["Los presidentes y las presidentas firmaron acuerdos."], "spanish")[0]
    assert "los" not in terms and "y" not in terms and "las" not in terms
    assert terms.count("president") == 2
    assert "de" in stop_words("es") and "the" in stop_words("en")


def test_summarizers_are_configured_callables() -> None:
    units_text = split_sentences(ARTICLE)
    from summarizer.sentences import segment

    units = segment(ARTICLE)
    lead_heavy = BriefingSummarizer("en", position_weight=10.0)
    chosen = lead_heavy(units, 2)
    assert [units_text[i] for i in chosen] == units_text[1:3]


def test_tokenizer_works_with_sumy_plaintext_parser(no_nltk_data: None) -> None:
    tokenizer = Tokenizer("en")
    assert tokenizer.language == "english"
    assert tokenizer.to_words("Rubio's U.S. visit cost $13.5 million.") == (
        "Rubio's",
        "U",
        "S",
        "visit",
        "cost",
        "million",
    )
    parser = PlaintextParser.from_string(ARTICLE, tokenizer)
    picked = TextRankSummarizer()(parser.document, 2)
    assert len(picked) == 2


def test_summarize_many_says_a_shared_fact_once() -> None:
    first = (
        "Rubio designated the Los Lobos and Los Choneros gangs as terrorist organizations "
        "on Thursday. The move lets the United States freeze their assets. "
        "Ecuador's president welcomed it."
    )
    second = (
        "On Thursday Rubio designated the Los Lobos and Los Choneros gangs as terrorist "
        "organizations. Separately, the IMF approved a $1 billion loan for Ecuador's budget. "
        "The loan will be paid in two tranches."
    )
    briefing = summarize_many([(7, first), (9, second)], sentences=3)
    texts = [s for _, s in briefing]
    assert sum("designated" in s for s in texts) == 1
    assert any("IMF approved" in s for s in texts)
    assert {doc for doc, _ in briefing} == {7, 9}
    # Document order first, then sentence order.
    assert briefing == sorted(briefing, key=lambda p: ([7, 9].index(p[0]), first.find(p[1])))


def test_summarize_many_spreads_across_documents_and_skips_empty_ones() -> None:
    facts = [
        "Peru signed a fishing pact with Chile worth $40 million.",
        "Floods in Bolivia displaced 12,000 families near Trinidad.",
        "Colombia's senate approved the pension reform by 49 votes to 11.",
        "Brazil's central bank raised its benchmark rate to 11.25%.",
        "Uruguay opened a new wind farm in Tacuarembo province.",
    ]
    docs = [(i, f"{fact} Officials commented later.") for i, fact in enumerate(facts, 1)]
    briefing = summarize_many([(0, "   "), *docs], sentences=5)
    assert sorted(doc for doc, _ in briefing) == [1, 2, 3, 4, 5]
    assert summarize_many([], sentences=3) == []
    assert summarize_many([(1, "")]) == []


def test_summarize_many_detects_spanish_documents() -> None:
    briefing = summarize_many([(1, SPANISH), (2, ARTICLE)], sentences=4)
    assert {doc for doc, _ in briefing} == {1, 2}
    spanish = set(split_sentences(SPANISH, "es"))
    assert all(s in spanish for doc, s in briefing if doc == 1)
