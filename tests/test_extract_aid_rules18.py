"""Aid rules, round 18: a currency name qualified by its country is not re-coded, bare
"kroner" follows the story's country, and money paying for a regional mission's work
in a named country goes to that country."""

from summarizer.extract import extract


def _rows(text: str) -> list[tuple]:
    return [(a.donor, a.recipient, a.amount, a.currency, a.kind) for a in extract(text).aid]


def test_qualified_currency_name_is_not_recoded_by_the_recipient() -> None:
    assert _rows(
        "The Arab Fund for Economic and Social Development will provide a grant of 3.5 "
        "million Kuwaiti dinars to Jordan for water pipes in Irbid."
    ) == [("Arab Fund for Economic and Social Development", "Jordan", 3_500_000.0, "KWD", "grant")]
    # near miss: a bare name still belongs to the recipient's country
    rows = _rows("Kuwait will give Jordan a grant of 3.5 million dinars to replace water pipes.")
    assert [r[:4] for r in rows] == [("Kuwait", "Jordan", 3_500_000.0, "KWD")]


def test_bare_kroner_follow_the_story_country() -> None:
    rows = _rows(
        "COPENHAGEN, 3 March 2026 — The government will provide 900 million kroner for "
        "artillery shells for Ukraine, the defence minister said."
    )
    assert [(r[1], r[2], r[3]) for r in rows] == [("Ukraine", 900_000_000.0, "DKK")]
    # near miss: a qualified name keeps its own country
    rows = _rows(
        "COPENHAGEN, 3 March 2026 — The fund will provide 900 million Norwegian kroner for "
        "artillery shells for Ukraine, the defence minister said."
    )
    assert [r[3] for r in rows] == ["NOK"]


def test_money_paying_for_a_regional_mission_in_a_country_goes_to_the_country() -> None:
    assert _rows(
        "The European Union pledged €25 million for the African Union mission in Somalia on Monday."
    ) == [("European Union", "Somalia", 25_000_000.0, "EUR", "security")]
    assert [
        r[:3]
        for r in _rows(
            "Germany will provide €9 million to pay troop allowances for the ECOWAS "
            "stabilisation mission in Guinea-Bissau."
        )
    ] == [("Germany", "Guinea-Bissau", 9_000_000.0)]
    # near misses: money given to the body, or to support its mission, stays with the body
    assert [
        r[:2]
        for r in _rows(
            "The European Union pledged €25 million to the African Union for its mission in "
            "Somalia on Monday."
        )
    ] == [("European Union", "African Union")]
    assert [
        r[:2]
        for r in _rows(
            "The European Union will provide €25 million to support the African Union "
            "mission in Somalia."
        )
    ] == [("European Union", "African Union")]
    assert [
        r[:2] for r in _rows("Britain pledged £7 million for the African Union mission last week.")
    ] == [("United Kingdom", "African Union")]


def test_fronted_side_of_a_border_is_not_the_giver() -> None:
    assert _rows(
        "On the Ugandan side, the European Union gave €4 million to the border police for "
        "new scanners."
    ) == [("European Union", "Uganda", 4_000_000.0, "EUR", "security")]
    assert [
        r[:2]
        for r in _rows(
            "On the Ugandan side of the border, Denmark gave €4 million for the border police."
        )
    ] == [("Denmark", "Uganda")]


def test_capital_where_talks_were_held_is_not_the_borrower() -> None:
    assert _rows(
        "In Washington on Friday, IMF staff and the Ghanaian authorities reached a "
        "staff-level agreement on a $750 million loan."
    ) == [("IMF", "Ghana", 750_000_000.0, "USD", "loan")]
    # near miss: a capital that is the party stays the borrower
    assert [
        r[:2]
        for r in _rows(
            "Accra and IMF staff reached a staff-level agreement on a $750 million loan."
        )
    ] == [("IMF", "Ghana")]


def test_a_channel_named_twice_or_coordinated_is_not_the_recipient() -> None:
    assert _rows(
        "Cyclone Freddy flattened southern Malawi. Ireland pledged €3m in emergency aid, to "
        "be delivered through the World Food Programme (WFP)."
    ) == [("Ireland", "Malawi", 3_000_000.0, "EUR", "humanitarian")]
    assert [
        r[:2]
        for r in _rows(
            "Cyclone Freddy flattened southern Malawi. Sweden committed SEK 40 million on "
            "Friday for relief in Chikwawa, to be channelled through the Swedish Red Cross "
            "and UN agencies."
        )
    ] == [("Sweden", "Malawi")]
    # near miss: money given to the agency keeps it as the recipient
    assert [
        r[:2] for r in _rows("Ireland gave €3m to the World Food Programme (WFP) on Friday.")
    ] == [("Ireland", "World Food Programme")]


def test_lender_named_only_in_a_later_clause_is_not_the_giver() -> None:
    assert _rows(
        "Egypt expects the IMF board to meet in May. The minister also said Kuwait had "
        "agreed to extend a deferred fuel payment facility of $900 million for another "
        "year, which he called vital while the IMF programme was being finalised."
    ) == [("Kuwait", "Egypt", 900_000_000.0, "USD", "loan")]
    # near miss: the lender named before the amount keeps its programme
    assert _rows("The IMF board approved a $3 billion arrangement for Egypt, the largest yet.") == [
        ("IMF", "Egypt", 3_000_000_000.0, "USD", "loan")
    ]


def test_igad_is_a_recipient_body() -> None:
    assert [
        r[:4]
        for r in _rows(
            "Sweden will give 12 million euros to IGAD for its drought early-warning unit."
        )
    ] == [("Sweden", "IGAD", 12_000_000.0, "EUR")]


def test_a_qualified_krone_keeps_its_country() -> None:
    # The story's donor decides a bare "kroner", but not "Norwegian kroner" given by Denmark.
    assert [
        r[3]
        for r in _rows("Denmark will give 300 million Norwegian kroner to Ukraine for demining.")
    ] == ["NOK"]
    assert [
        r[3] for r in _rows("Denmark will give 300 million kroner to Ukraine for demining.")
    ] == ["DKK"]
