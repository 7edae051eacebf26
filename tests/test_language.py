"""Offline language detection and language-name handling."""

from __future__ import annotations

import pytest

from summarizer import detect_language
from summarizer.language import language_code, language_name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The United States and Ecuador are in the final stages of an agreement.", "en"),
        (
            "Los Estados Unidos y Ecuador están en la etapa final de un acuerdo que "
            "permitiría enviar solicitantes de asilo al país.",
            "es",
        ),
        ("El presidente dijo que el gobierno no aceptará la propuesta del Congreso.", "es"),
        (
            "Os Estados Unidos e o Equador estão na fase final de um acordo que não foi assinado.",
            "pt",
        ),
        ("Die Regierung hat angekündigt, dass die Wahlen im Mai stattfinden werden.", "de"),
    ],
)
def test_detects_language_from_function_words(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_falls_back_to_english_when_there_is_no_evidence() -> None:
    assert detect_language("") == "en"
    assert detect_language("12345 67 -- !!") == "en"
    assert detect_language("Quito Guayaquil Cuenca") == "en"


def test_long_spanish_document_with_english_names() -> None:
    text = (
        "El Departamento de Estado de EE.UU. y el Ministerio de Defensa de Ecuador firmaron "
        "un memorando. Marco Rubio dijo que la Casa Blanca apoya el acuerdo con Quito. "
    ) * 50
    assert detect_language(text) == "es"


def test_codes_and_names() -> None:
    assert language_code("English") == "en"
    assert language_code("es") == "es"
    assert language_name("es") == "spanish"
    assert language_name("spanish") == "spanish"
    with pytest.raises(ValueError, match="unsupported language"):
        language_code("xx")
