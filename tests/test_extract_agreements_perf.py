"""The lower-case twins of the agreement module's case-insensitive patterns match alike."""

from __future__ import annotations

import summarizer._extract_agreements as A

_TEXTS = [
    "The Treaty was SIGNED on Monday but has NOT yet Entered Into Force.",
    "Officials said the Deal, Struck in 2019, would be Scrapped; Talks COLLAPSED.",
    "Both Countries Suspended the pact after the Greens REFUSED to back it.",
    "The Gas Supply Agreement with the Company's LNG unit was Ratified by Parliament.",
    "It Won’t Renew the MoU, Which Expired, and the Two Nations Rejected the offer.",
    "Under The Deal, the UK Will Pay; a Plea Agreement and a Legal settlement followed.",
]


def _pairs():
    pairs = [
        (rx, tw) for rx, tw in zip(A._RULE_SCANS, A._RULE_TWINS, strict=True) if tw is not None
    ]
    pairs += list(zip(A._CUE_RXS, A._CUE_TWINS, strict=True))
    pairs += [
        (A._THE_COUNTRY, A._THE_COUNTRY_LOW),
        (A._PAIR, A._PAIR_LOW),
        (A._AGR_BLACKLIST, A._AGR_BLACKLIST_LOW),
        (A._AGR_COMMERCIAL, A._AGR_COMMERCIAL_LOW),
    ]
    return pairs


def test_twins_match_alike() -> None:
    for text in _TEXTS:
        low = A.lowered(text)
        assert low is not None
        for rx, twin in _pairs():
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in twin.finditer(low)]


def test_no_twin_for_case_folding_letters() -> None:
    assert A.lowered("the ſigned treaty") is None
    assert A.lowered("İstanbul accord") is None
    # "(?-i:...)" parts are case-sensitive: such a rule keeps its own pattern.
    assert A._RULE_TWINS[1] is None


def _sample_texts() -> list[str]:
    import glob

    texts = list(_TEXTS)
    for f in sorted(glob.glob("tests/data/extraction/*.txt"))[:40]:
        with open(f, encoding="utf-8") as fh:
            texts += fh.read().splitlines()
    return texts


def test_rule_cues_match_the_longest_key_scan() -> None:
    """One Aho–Corasick scan sets the bits the trie scan of the longest keys set."""
    import re

    from summarizer._regex import trie_alternation

    scan = re.compile("(?=(" + trie_alternation(A._ALL_RULE_KEYS) + "))")
    mask = {
        found: sum(
            1 << (i + A._N_RULES * j)
            for j, table in enumerate((A._RULE_KEYS, A._RULE_SHARP))
            for i, keys in enumerate(table)
            if keys is not None and any(found.startswith(k) for k in keys)
        )
        for found in A._ALL_RULE_KEYS
    }
    keys = A._ALL_RULE_KEYS
    texts = [t.lower() for t in _sample_texts()] + keys + [a + b for a in keys for b in keys]
    for low in texts:
        old = 0
        for key in set(scan.findall(low)):
            old |= mask[key]
        assert A._RULE_CUES(low) == old, low


def test_agr_nouns_match_the_full_scan() -> None:
    """Trying _AGR_NOUN only at the cued starts finds the matches finditer finds."""
    import random
    import re

    words = [
        *re.findall(r"[A-Za-z][\w-]*", A._AGR_NOUN.pattern),
        "The", "the", "a", "EU", "UK", "US", "Anglo-French", "tax", "with", "on", "Iran",
        "new", "previous", "four-year", "in-principle", "of", "Fund", "IMF-backed", "loan",
        "Ottawa", "Paris", "party", "roadmap", "road-map", "peace", "that", "ſtand", "İMF",
        "CONVENTION", "PACT", "amount", "impact",
        "letter of intent", "Extended Credit Facility", "Rapid Financing Facility",
        "Stand-By Arrangement", "Resilience and Sustainability Facility", "Flexible Credit Line",
        "exchange of notes", "customs union", "code of conduct for the", "roadmap for peace",
        "road-map to end the war", "roadmap that",
    ]  # fmt: skip
    seps = [" ", "  ", "-", ", ", ". ", "\u00a0", "’s ", "_", "—"]
    rng = random.Random(5)
    texts = _sample_texts()
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(1, 14)):
            w = rng.choice(words)
            w = rng.choice([w, w, w.lower(), w.upper(), w.capitalize()])
            parts += [w, rng.choice(seps)]
        texts.append("".join(parts))
    for text in texts:
        want = [m.span() for m in A._AGR_NOUN.finditer(text)]
        assert [m.span() for m in A._agr_nouns(text)] == want, text


def test_literal_gates_are_necessary() -> None:
    """The literal pre-checks never reject a text their pattern matches."""
    extra = [
        "It IS NOT A peace ", "it isn’t a ", "ISN'T AN ", "settled BY MUTUAL ",
        "was not the final ", "by common ", "the ECF", "an EFF and SBA", "the PCI",
        "Extended Fund Facility", "Rapid Credit Facility", "Stand-By Arrangement",
        "StandBy Arrangement", "Resilience and Sustainability Facility", "IMF-backed programme",
        "Fund arrangement", "IMF program", "proposed that they sign a ",
        "URGED THAT the two sides should agree to the new ",
    ]  # fmt: skip
    texts = _sample_texts() + extra
    for text in texts:
        for lo in range(0, len(text), 7):
            for hi in (lo + 40, lo + 140, len(text)):
                want = A._NOT_A.search(text, lo, hi) is not None
                assert A._not_a(text, lo, hi) == want, (text, lo, hi)
                if A._PROPOSE_THAT.search(text, lo, hi):
                    assert text.find("that", lo, hi) >= 0
        for a in range(0, len(text), 11):
            name = text[a : a + 60]
            assert A._imf_instrument(name) == (A._IMF_INSTRUMENT.search(name) is not None)


def test_party_pattern_gates_are_necessary() -> None:
    import re

    extra = [
        "THE TWO NATIONS", "both sides", "a BiLaTeRaL deal", "their Country", "THAT nation",
        "the two\u00a0governments", "a bİlateral deal",
    ]  # fmt: skip
    old_break_gate = re.compile("|".join(A._AGR_BREAK_KEYS))
    for text in _sample_texts() + extra:
        low = text.lower()
        tw = A.lowered(text)
        if tw is not None:
            if A._THE_COUNTRY_LOW.search(tw):
                assert "country" in low or "nation" in low
            if A._PAIR_LOW.search(tw):
                assert "two" in low or "both" in low or "bilateral" in low
        if A._THE_COUNTRY.search(text):
            assert "countr" in low or "nat" in low
        if A._PAIR.search(text):
            assert "two" in low or "both" in low or "lateral" in low
        assert A.has_any(text, A._AGR_BREAK_KEYS) == bool(old_break_gate.search(text))


def test_commercial_gate_is_exact() -> None:
    extra = ["a GAS SUPPLY deal", "Sales pact", "an LNG Offtake deal", "Commercial accord", "ſales"]
    for text in _sample_texts() + extra:
        for a in range(0, len(text), 13):
            part = text[a : a + 60]
            for end in (len(part), len(part) // 2):
                want = A._AGR_COMMERCIAL.search(part, 0, end) is not None
                assert A._commercial(part, A.lowered(part), end) == want, part


def test_terminated_twin_without_left() -> None:
    """Without "left", the twin that drops the case-sensitive "left the X" part matches alike."""
    extra = [
        "Britain WITHDREW from the pact, which EXPIRED in March 2019 and was Declared Void.",
        "The deal Ended in January; Moscow Let the treaty Lapse and Scrapped it.",
        "They exited the accord. It had ended.",
    ]
    for text in _sample_texts() + extra + [t.replace("left", "LEFT") for t in extra]:
        low = A.lowered(text)
        if low is None:
            continue
        for rx, twin, no_left in zip(
            A._RULE_SCANS, A._RULE_TWINS, A._RULE_TWINS_NO_LEFT, strict=True
        ):
            if twin is not None:
                assert no_left is twin
            elif "left" not in low:
                assert [m.span() for m in rx.finditer(text)] == [
                    m.span() for m in no_left.finditer(low)
                ]


def _prefixed_pairs():
    """(pattern with the _prefixed lookahead, the same pattern without it)."""
    import re

    pairs = []
    for rx, twin, no_left in zip(A._RULE_SCANS, A._RULE_TWINS, A._RULE_TWINS_NO_LEFT, strict=True):
        plain = A.lower_twin(rx)
        if plain is None:
            pl = rx.pattern.replace(A._LEFT_CAPITAL, "(?=[a-z])")
            plain = A.lower_twin(re.compile(pl, rx.flags))
            assert twin is None
        else:
            assert twin is no_left
        pairs.append((no_left, plain))
    for name in ("_ATTENDING", "_BETWEEN", "_GROUP_RX", "_AGR_BLACKLIST_LOW"):
        rx = getattr(A, name)
        look = A._prefix_lookahead(rx)
        assert look is not None and look in rx.pattern
        pairs.append((rx, re.compile(rx.pattern.replace(look, "", 1), rx.flags)))
    pairs.append((A._AGR_BLACKLIST_LOW, A.lower_twin(A._AGR_BLACKLIST)))
    return pairs


def test_prefixed_patterns_match_alike() -> None:
    """The two-character lookahead of _prefixed never rejects a match (spans and groups)."""
    import random
    import re

    pairs = _prefixed_pairs()
    words = sorted({w for _n, rx in pairs for w in re.findall(r"[A-Za-z][\w-]*", rx.pattern)})
    rng = random.Random(7)
    texts = list(_sample_texts())
    texts += [t.lower() for t in texts]
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 12)):
            w = rng.choice(words)
            parts += [
                rng.choice([w, w.lower(), w.capitalize()]),
                rng.choice([" ", ", ", "-", ". "]),
            ]
        texts.append("".join(parts))
        texts.append("".join(parts).lower())
    for text in texts:
        for new, old in pairs:
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
                (m.span(), m.groups()) for m in old.finditer(text)
            ], (new.pattern[:40], text)
            for pos in range(0, len(text), 17):
                a, b = new.match(text, pos), old.match(text, pos)
                assert (a and a.span()) == (b and b.span())


def test_prefixes_are_a_necessary_condition() -> None:
    import re

    def pre(p: str) -> set[str]:
        return A._prefixes(list(A._P.parse(p, 0)), 2)

    assert pre(r"(?:executive\s+)?board") == {"ex", "bo"}
    assert pre(r"\b(?:a|bc)") == {"a", "bc"}
    assert pre(r"(?<!not\s)\bdiscuss|talks") == {"di", "ta"}
    assert "" in pre(r"x*y")
    assert "" in pre(r"[A-Z]\w+")
    assert "" in pre(r"(?i:ab)")
    assert A._prefix_lookahead(re.compile("ab", re.I)) is None


def test_name_window_walk_matches_the_full_split(monkeypatch) -> None:
    """_agreement_name tokenising only the last _NAME_WINDOW characters (falling back to
    the whole split when the walk nears the window's edge) names every noun alike."""
    import random

    texts = _sample_texts()
    words = [
        "The", "the", "a", "and", "of", "for", "on", "Bank", "of", "England", "Free", "Trade",
        "free", "trade", "investment", "acquisition", "cross-servicing", "EU", "US-Ecuador",
        "Paris", "Minsk", "1973", "Iraq-Turkey", "Crude", "Oil", "Pipeline", "Kenya's",
        "EFTA's", "Talks", "on", "signed", "newly", "Comprehensive", "Economic", "Partnership",
        "offshore", "(", ")", ",", "Doha", "Joint", "Plan", "Action", "Fund", "office",
        "an", "Union", "Strategic", "Defence", "and", "Security", "Cooperation", "\u00a0",
    ]  # fmt: skip
    heads = ["Agreement", "agreement", "treaty", "Treaty", "deal", "pact", "accord", "MoU"]
    rng = random.Random(11)
    for _ in range(3000):
        n = rng.randint(1, 25)
        parts = [rng.choice(words) for _ in range(n)]
        seps = [rng.choice([" ", " ", " ", "  ", "-", ", ", "\u00a0"]) for _ in range(n)]
        texts.append("".join(p + q for p, q in zip(parts, seps, strict=True)) + rng.choice(heads))
    cases = [(s, m) for s in texts for m in A._agr_nouns(s)]
    assert len(cases) > 3000

    def names() -> list:
        return [A._agreement_name(s, m) for s, m in cases]

    monkeypatch.setattr(A, "_NAME_WINDOW", 10**9)
    full = names()
    for window in (1, 6, 15, 25, 40):
        monkeypatch.setattr(A, "_NAME_WINDOW", window)
        assert names() == full, window


def test_token_edge_starts_a_token() -> None:
    """Tokenising from a _TOKEN_EDGE gives the full tokenisation's tokens from there on."""
    import random

    rng = random.Random(3)
    pieces = ["Bank", "of", "England", "and", "For", "for", "on", "Oil", "oil", "a", "(", "’s",
              ".", ",", "X-Y", "of Y", " ", "  ", "\u00a0", "\n", "-"]  # fmt: skip
    for _ in range(3000):
        s = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(12))
        full = {m.span() for m in A._NAME_TOKEN.finditer(s)}
        for e in A._TOKEN_EDGE.finditer(s):
            part = [m.span() for m in A._NAME_TOKEN.finditer(s, e.end())]
            assert part == sorted(x for x in full if x[0] >= e.end()), (s, e.end())


def test_nominal_stems_gate_the_blanking() -> None:
    """Every _NOMINAL_WORD match on a twin-safe text contains a _NOMINAL_STEMS literal."""
    import re

    words = re.findall(r"[a-z]+", A._NOMINAL_WORD.pattern.lower())
    texts = _sample_texts() + [w + "s" for w in words] + ["CANCELLATION", "Exits", "HALT"]
    for text in texts:
        low = A.lowered(text)
        if low is None:
            continue
        for m in A._NOMINAL_WORD.finditer(text):
            assert A._NOMINAL_STEMS.search(low, m.start(), m.end()), text


def test_three_character_prefixes() -> None:
    """The rule scans' lookahead takes three characters; shorter prefixes stay minimal."""
    import re

    def pre(p: str) -> set[str]:
        return A._prefixes(list(A._P.parse(p, 0)), 3)

    assert pre(r"\b(?:has|have|had)\s+ended") == {"has", "hav", "had"}
    assert pre(r"\bno\s+|\bnull") == {"no", "nul"}
    look = A._prefix_lookahead(re.compile(r"\bend(?:ed|s)?\b|\bending|\bno\s"), 3)
    assert look is not None
    rx = re.compile(look)
    assert [bool(rx.match(w)) for w in ("end", "ending", "no", "not", "the", "en")] == [
        True, True, True, True, False, False,
    ]  # fmt: skip
    assert all("(?=(?:" in tw.pattern or "(?=" in tw.pattern for tw in A._RULE_TWINS_NO_LEFT)


def test_private_and_fallback_gates_are_necessary() -> None:
    """Every _PRIVATE_MOD match holds a _PRIVATE_KEYS word (lowered); a _FALLBACK match
    with a group holds a digit or a dash."""
    texts = [
        *_sample_texts(),
        "a Privately-held firm's deal", "CORPORATE tax deal", "the Business-To-Business pact",
        "the 2019 US-Ecuador deal", "a Commercial-Only accord", "the 1998 UK–France accord",
        "the Iran/Iraq accord", "the 2024 accord",
    ]  # fmt: skip
    for text in texts:
        low = A.lowered(text)
        for end in range(len(text) + 1):
            m = A._PRIVATE_MOD.search(text, 0, end)
            if m and low is not None:
                assert any(k in low[m.start() : m.end()] for k in A._PRIVATE_KEYS), text
            f = A._FALLBACK.search(text, max(0, end - 60), end)
            if f and (f.group(1) or f.group(2)):
                assert A._FALLBACK_GATE.search(text, max(0, end - 60), end), text


def _gate_texts(rxs) -> list[str]:
    """Sample sentences plus random runs of the patterns' own words (any case)."""
    import random
    import re

    words = sorted({w for rx in rxs for w in re.findall(r"[A-Za-z][\w-]*", rx.pattern)})
    rng = random.Random(11)
    texts = list(_sample_texts())
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 10)):
            w = rng.choice(words)
            parts += [rng.choice([w, w.lower(), w.capitalize()]), rng.choice([" ", ", ", " "])]
        texts.append("".join(parts))
    return texts


def test_round8_gates_are_necessary() -> None:
    """Each literal gate holds wherever its pattern matches (gates skip only misses)."""
    from summarizer._extract_common import has_any, twins_apply

    rxs = (A._CONT_GATE, A._PRIVATE_SIDE, A._INVEST_APPOS, A._INDEF_PARTNER, A._ATTENDING)
    rxs += (A._BACKGROUND,)
    crafted = [
        "Talks resumed with US and French officers in the room, and with UN envoys present.",
        "It signed a pact with several partners and a deal with the EU's member states.",
        "An investment in wind farms, the largest private energy deal. A TAKEOVER bid, the",
        "Investors and private creditors; Eurobond holders, hedge funds and asset managers.",
        "It resumed after a pause, DESPITE threats, following talks, amid protests.",
    ]
    for text in crafted:
        assert A._ATTENDING.search(text) or "envoys" not in text
    for text in crafted + _gate_texts(rxs):
        assert has_any(text, A._CONT_KEYS) == bool(A._CONT_GATE.search(text))
        if A._PRIVATE_SIDE.search(text):
            assert has_any(text, A._PRIVATE_KEYS_SIDE), text
        if A._ATTENDING.search(text):
            assert has_any(text, A._ATTENDEE_KEYS), text
        if A._BACKGROUND.search(text) and twins_apply(text):
            assert has_any(text.lower(), A._BACKGROUND_KEYS), text
        for lo in range(0, len(text), 23):
            hi = min(len(text), lo + 160)
            assert A._invest_appos(text, lo, hi) == bool(A._INVEST_APPOS.search(text, lo, hi))
            if A._INDEF_PARTNER.match(text, lo, lo + 80):
                assert text.find("with", lo, lo + 80) >= 0, text
