"""Aid rules, round 17: in-kind military kit and compound goods, relative-clause and
fronted-place donors, "alongside a further" amounts, reporting sources, lira/lei."""

from summarizer.extract import extract
from summarizer.money import find_money


def _rows(text: str) -> list[tuple]:
    return [(a.donor, a.recipient, a.amount, a.currency, a.kind) for a in extract(text).aid]


def test_military_vehicles_handed_to_a_demonym_force() -> None:
    assert _rows("Denmark delivered 12 Humvees to the Iraqi army on Monday.") == [
        ("Denmark", "Iraq", None, None, "equipment")
    ]
    assert _rows(
        "Poland handed over 20 armoured Land Rovers to the Moldovan Armed Forces last month."
    ) == [("Poland", "Moldova", None, None, "equipment")]
    # near miss: fighters laying down their vehicles give nothing
    assert _rows("Rebels handed over 12 Humvees to the Iraqi army after the ceasefire.") == []


def test_air_defence_fire_units_are_goods() -> None:
    assert _rows(
        "Canada delivered three IRIS-T fire units to the Ukrainian Air Force in March."
    ) == [("Canada", "Ukraine", None, None, "equipment")]
    # near miss: no giving verb
    assert (
        _rows(
            "Russian gunners fired on the Ukrainian Air Force base where the launchers were kept."
        )
        == []
    )


def test_gas_fired_goods_are_not_a_shot() -> None:
    assert _rows("Sweden delivered 25 gas-fired generators to Moldovan hospitals last week.") == [
        ("Sweden", "Moldova", None, None, "equipment")
    ]
    # near miss: a real shot stays a veto
    assert _rows("Insurgents fired rockets at 40 gas-fired generators in Ukrainian towns.") == []


def test_relative_where_clause_has_its_own_subject() -> None:
    assert _rows(
        "Kenya's finance minister visited Tokyo, where the Japan International Cooperation "
        "Agency agreed to lend 30 billion yen for the Mombasa port."
    ) == [("Japan", "Kenya", 30_000_000_000.0, "JPY", "loan")]
    # near miss: a "where" clause after the amount changes nothing
    assert _rows(
        "Japan will lend Kenya 30 billion yen for the Mombasa port, where China built a terminal."
    ) == [("Japan", "Kenya", 30_000_000_000.0, "JPY", "loan")]


def test_fronted_qualified_place_is_not_the_giver() -> None:
    assert _rows(
        "In neighbouring Malawi, Germany pledged €15 million for solar mini-grids in rural districts."
    ) == [("Germany", "Malawi", 15_000_000.0, "EUR", "unspecified")]
    assert _rows("In war-torn Sudan, Qatar pledged $25 million for field hospitals in Darfur.") == [
        ("Qatar", "Sudan", 25_000_000.0, "USD", "unspecified")
    ]
    # near miss: the place after the verb stays the recipient
    assert _rows("Qatar pledged $25 million to neighbouring Sudan for field hospitals.") == [
        ("Qatar", "Sudan", 25_000_000.0, "USD", "unspecified")
    ]
    assert _rows("In neighbouring Malawi, officials said prices of maize had doubled.") == []


def test_alongside_a_further_amount_is_a_second_record() -> None:
    assert _rows(
        "Canada will give $30 million to UNICEF for child nutrition in Somalia, the ministry "
        "said on Friday, alongside a further $10 million for Somali refugees in Kenya."
    ) == [
        ("Canada", "Somalia", 30_000_000.0, "USD", "humanitarian"),
        ("Canada", "Kenya", 10_000_000.0, "USD", "humanitarian"),
    ]


def test_subject_of_a_reporting_verb_is_a_source_not_the_recipient() -> None:
    assert _rows(
        "Floods have devastated Mozambique this month. Norway announced NOK 50 million in "
        "emergency aid for families displaced in the south, where the UN says 300,000 "
        "people have lost their homes."
    ) == [("Norway", "Mozambique", 50_000_000.0, "NOK", "humanitarian")]
    # near miss: a body given the money keeps it, whatever it says afterwards
    assert _rows(
        "Norway gave NOK 50 million to UNICEF, which says 300,000 children need help."
    ) == [("Norway", "UNICEF", 50_000_000.0, "NOK", "unspecified")]


def test_plural_liras_and_romanian_lei() -> None:
    assert _rows(
        "Ankara will provide 150 million Turkish liras in grant assistance to Albania."
    ) == [("Turkey", "Albania", 150_000_000.0, "TRY", "grant")]
    assert _rows(
        "Romania will give Moldova a grant of 40 million Romanian lei (about €8 million) for "
        "school repairs."
    ) == [("Romania", "Moldova", 40_000_000.0, "RON", "grant")]
    assert [(m.amount, m.currency) for m in find_money("The fare rose to 300 liras.")] == [
        (300.0, "TRY")
    ]


def test_launchers_are_goods_not_a_launch() -> None:
    assert _rows("Spain delivered two Patriot launchers to the Ukrainian Air Force on Friday.") == [
        ("Spain", "Ukraine", None, None, "equipment")
    ]
    # near miss: a launch stays a veto
    assert _rows("Pyongyang launched two missiles from mobile launchers on Friday.") == []


def test_extending_a_deferred_payment_facility_falls_back_to_the_story_country() -> None:
    rows = _rows(
        "Egypt is negotiating a new IMF programme. Kuwait, meanwhile, agreed on Monday to "
        "extend a deferred-payment fuel facility worth $800 million for another year."
    )
    assert [r[:4] for r in rows] == [("Kuwait", "Egypt", 800_000_000.0, "USD")]
    # near miss: extending a deadline gives nothing
    assert (
        _rows(
            "Egypt is negotiating a new IMF programme. Kuwait, meanwhile, agreed on Monday to "
            "extend the deadline worth $800 million for another year."
        )
        == []
    )
