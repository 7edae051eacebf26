import pytest

from summarizer.money import find_money, parse_money


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("US$13.5 million", 13_500_000.0, "USD"),
        ("$2.5bn", 2_500_000_000.0, "USD"),
        ("€40m", 40_000_000.0, "EUR"),
        ("1.2 billion euros", 1_200_000_000.0, "EUR"),
        ("£12 million", 12_000_000.0, "GBP"),
        ("C$50 million", 50_000_000.0, "CAD"),
        ("A$1.2bn", 1_200_000_000.0, "AUD"),
        ("NZ$12.5 million", 12_500_000.0, "NZD"),
        ("CHF 1.5 billion", 1_500_000_000.0, "CHF"),
        ("Rs 500 crore", 5_000_000_000.0, "INR"),
        ("Rs 4,850 crore", 48_500_000_000.0, "INR"),
        ("five million dollars", 5_000_000.0, "USD"),
        ("twenty-five million euros", 25_000_000.0, "EUR"),
        ("half a billion dollars", 500_000_000.0, "USD"),
        ("USD 200 million", 200_000_000.0, "USD"),
        ("200 million USD", 200_000_000.0, "USD"),
        ("NOK 275 million", 275_000_000.0, "NOK"),
        ("1,500,000 euros", 1_500_000.0, "EUR"),
        ("500 million yuan", 500_000_000.0, "CNY"),
        ("260 billion won", 260_000_000_000.0, "KRW"),
        ("2 million Kenyan shillings", 2_000_000.0, "KES"),
        ("$300,000", 300_000.0, "USD"),
    ],
)
def test_parse_money(text, amount, currency):
    assert parse_money(text) == (amount, currency)


def test_restatement_in_second_currency_is_one_amount():
    found = find_money("Japan will lend 30 billion yen ($200 million) for the port.")
    assert len(found) == 1
    assert (found[0].amount, found[0].currency) == (30_000_000_000.0, "JPY")
    assert found[0].equivalents == [(200_000_000.0, "USD")]
    found = find_money("a loan of €40 million, or about $43 million, for roads")
    assert len(found) == 1 and found[0].currency == "EUR"


def test_two_separate_amounts_stay_separate():
    found = find_money("$10 million in food aid and €5 million for shelters")
    assert [(m.amount, m.currency) for m in found] == [(10_000_000.0, "USD"), (5_000_000.0, "EUR")]


@pytest.mark.parametrize(
    "text",
    ["the party won 5 seats", "a dozen people", "The 2025 budget", "several euros", "in 2024"],
)
def test_not_money(text):
    assert find_money(text) == []


def test_span_covers_expression():
    text = "It will give US$13.5 million to Ecuador."
    (m,) = find_money(text)
    assert text[m.start : m.end] == "US$13.5 million"


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("una donación de 7,25 millones de euros", 7_250_000.0, "EUR"),
        ("US$ 80 millones", 80_000_000.0, "USD"),
        ("USD 3,5 millones", 3_500_000.0, "USD"),
        ("1.250 millones de dólares", 1_250_000_000.0, "USD"),
        ("2 mil millones de yenes", 2_000_000_000.0, "JPY"),
        ("150.000 lempiras", 150_000.0, "HNL"),
        ("€12 millones", 12_000_000.0, "EUR"),
    ],
)
def test_spanish_money(text, amount, currency):
    assert parse_money(text) == (amount, currency)


def test_english_thousands_comma_is_not_a_decimal_comma():
    assert parse_money("a fee of 3,000 euros") == (3_000.0, "EUR")


@pytest.mark.parametrize(
    "text,code",
    [
        ("lend Iraq 15 million Kuwaiti dinars", "KWD"),
        ("a grant of 20 million Qatari riyals", "QAR"),
        ("3 billion Moroccan dirhams for dams", "MAD"),
        ("8 million Jordanian dinars", "JOD"),
        ("5 million dirhams", "AED"),
    ],
)
def test_gulf_and_maghreb_currency_words(text, code):
    (m,) = find_money(text)
    assert m.currency == code


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("1.2 billion pula", 1_200_000_000, "BWP"),
        ("40 million kina", 40_000_000, "PGK"),
        ("3 billion kip", 3_000_000_000, "LAK"),
        ("500 million meticais", 500_000_000, "MZN"),
        ("12 million quetzales", 12_000_000, "GTQ"),
        ("2 million pa'anga", 2_000_000, "TOP"),
        ("50 million ringgit", 50_000_000, "MYR"),
        ("75 million gourdes", 75_000_000, "HTG"),
    ],
)
def test_currency_unit_words_take_their_iso_code_from_pycountry(
    text: str, amount: int, currency: str
) -> None:
    assert parse_money(text) == (amount, currency)


def test_a_local_unit_stated_first_keeps_its_dollar_restatement_in_one_amount() -> None:
    found = find_money("The bank approved 1.2 billion pula (about $88 million) for roads.")
    assert [(m.amount, m.currency) for m in found] == [(1_200_000_000, "BWP")]


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        # Translated European copy writes the decimal with a comma, right before a scale.
        ("Italy will finance with 12,5 million euros the training of crews.", 12_500_000.0, "EUR"),
        ("The agency will provide 9,8 million euros in grants.", 9_800_000.0, "EUR"),
        ("The bank will lend EUR 4,5 bn to the utility.", 4_500_000_000.0, "EUR"),
        ("Warsaw pledged PLN 1,2 billion for reconstruction.", 1_200_000_000.0, "PLN"),
        ("The fund adds 2,75 million dollars.", 2_750_000.0, "USD"),
        ("It will lend 52,5 billion CFA francs (80 million euros).", 52_500_000_000.0, "XOF"),
        # Controls: an English thousands comma keeps its reading, with or without a scale.
        ("The budget line is $12,500 million this year.", 12_500_000_000.0, "USD"),
        ("A grant of 1,500,000 euros was approved.", 1_500_000.0, "EUR"),
        ("Donors gave $300,000 in cash.", 300_000.0, "USD"),
    ],
)
def test_decimal_comma_before_a_scale(sentence, amount, currency):
    found = find_money(sentence)
    assert [(m.amount, m.currency) for m in found] == [(amount, currency)]
