"""The speed-ups in ``summarizer._extract_designations`` agree with what they replace.

Each test would fail if its equivalence claim were false: the keyword scan against
``has_any``, the lower-case twins against their re.I patterns (on whole sentences and on
the slices the rules search), the split "proposal" test, the type scan against the
key-by-key loop and the reordered ``_ACTIVE`` against the original order.
"""

from __future__ import annotations

import random
import re

from summarizer import _extract_designations as ed
from summarizer._extract_common import CASE_FOLDS_TO_ASCII, has_any
from tests.open_sets import open_texts, rough_sentences

_CRAFTED = [
    "The ministers may consider listing the group, officials said in May.",
    "In May 2024 the Treasury designated the network. MAY proposals follow.",
    "The Home Secretary may 2 proscribe X; a proposal to add Y was blocked by Russia.",
    "Rights groups want the EU to add X; critics urged the bloc to list Y.",
    "The council did not designate the cartel and refused to list its leader.",
    "The UN removed two men and one company; the listing of Z was revoked.",
    "OFAC sanctioned three individuals and an entity under the Kingpin Act.",
    "The \u212aingpin Act; ta\u212aen off the list, the firm may be re-listed.",
    "Σ-group ΣΑΣ was designated; İstanbul firm listed; the Kelvin K and ſanctions.",
    "The designation of X was lifted after a push by France to delist the group.",
    "Ankara added two companies to its list of terrorist organisations.",
    "Specially Designated Global Terrorists and Foreign Terrorist Organizations (FTOs).",
    "STATE SPONSORS OF TERRORISM; Terrorism Suppression Act; UAPA; SDN; TCOs.",
    "The Anti-Terrorism Act and the Prevention of Terrorism Act; EU's terrorist list.",
]


_SENTS = [*_CRAFTED, *rough_sentences(open_texts())]


def _twin_ok(s: str, low: str) -> bool:
    return len(low) == len(s) and (s.isascii() or not CASE_FOLDS_TO_ASCII.search(s))


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_low_cues_bits_are_has_any_of_each_group() -> None:
    groups = {
        ed._C_ALIAS_NEXT: ed._ALIAS_NEXT_KEYS,
        ed._C_STRONG: ed._STRONG_KEYS,
        ed._C_SAME: ed._SAME_KEYS,
        ed._C_GATE: ed._gate_keys(),
        ed._C_REPORT_OWN: ed._REPORT_OWN_KEYS,
        ed._C_SIMILAR: ed._SIMILAR_KEYS,
        ed._C_VOCAB: ed._VOCAB_KEYS,
        ed._C_NEG: ed._NEG_KEYS,
        ed._C_REMOVAL: ed._REMOVAL_KEYS,
        ed._C_EXAMPLE: ed._EXAMPLE_KEYS,
        ed._C_UNDO: ed._UNDO_KEYS,
        ed._C_APPLICATION: ed._APPLICATION_KEYS,
        ed._C_PROPOSAL_NOUN: ed._PROPOSAL_NOUNS,
    }
    assert len(set(groups)) == 13
    texts = [s.lower() for s in _SENTS]
    texts += [k for keys in groups.values() for k in keys] + [""]
    for low in texts:
        cue = ed._low_cues(low)
        for bit, keys in groups.items():
            assert bool(cue & bit) == has_any(low, keys), (low, keys)


def test_lower_twins_match_like_their_patterns() -> None:
    pairs = [
        (ed._REVOKE, ed._REVOKE_LOW),
        (ed._OUTSIDER_ASKS, ed._OUTSIDER_ASKS_LOW),
        (ed._NEGATED_DESIG, ed._NEGATED_DESIG_LOW),
        (ed._COUNTED_OBJECT, ed._COUNTED_OBJECT_LOW),
        (ed._NOMINAL, ed._NOMINAL_LOW),
    ]
    pairs += [(rx, tw) for (_l, _k, rx), tw in zip(ed._TYPES, ed._TYPE_TWINS, strict=True)]
    for rx, tw in pairs:
        assert tw is not None and rx.flags & re.I and not tw.flags & re.I
        # Only ASCII (or caseless) letters: re.I compares them with the lower case.
        assert not re.search(r"[^\x00-\x7f’“”—–]", rx.pattern), rx.pattern
    rng = random.Random(5)
    for s in _SENTS:
        low = s.lower()
        if not _twin_ok(s, low):
            continue
        for rx, tw in pairs:
            assert _spans(rx, s) == _spans(tw, low), (rx.pattern[:40], s)
        # The slices _near_action and the counted-object rule search.
        for _ in range(4):
            a = rng.randrange(len(s) + 1)
            b = rng.randrange(a, len(s) + 1)
            for rx, tw in pairs[:4]:
                assert bool(rx.search(s[a:b])) == bool(tw.search(low[a:b])), (s, a, b)


def test_twin_guard_rejects_texts_that_fold_to_ascii() -> None:
    for s in ("İstanbul listed", "ſanctions", "dıd not list"):
        assert not _twin_ok(s, s.lower())
    # The Kelvin sign lower-cases to "k", which its re.I match is: the twins agree on it.
    s = "The \u212aingpin Act; ta\u212aen off the list; the \u212aingpin act"
    assert _twin_ok(s, s.lower())
    for rx in (ed._TYPES[4][2], ed._REVOKE):
        assert _spans(rx, s) == _spans(ed.lower_twin(rx), s.lower())


def test_split_propose_is_propose() -> None:
    assert ed._PROPOSE_LOW is not None
    rng = random.Random(7)
    for s in _SENTS:
        low = s.lower()
        if not _twin_ok(s, low):
            continue
        cuts = [(0, len(s))]
        for _ in range(4):
            a = rng.randrange(len(s) + 1)
            cuts.append((a, rng.randrange(a, len(s) + 1)))
        for a, b in cuts:
            want = bool(ed._PROPOSE.search(s[a:b]))
            got = bool(ed._PROPOSE_LOW.search(low[a:b]) or ed._PROPOSE_MAY.search(s[a:b]))
            assert got == want, (s, a, b)


def _types_reference(s: str, low: str) -> list[str]:
    """The key-by-key loop over the re.I patterns that the type scan replaced."""
    out = []
    for label, keys, rx in ed._TYPES:
        if not any(k in low for k in keys):
            continue
        if rx.search(s):
            if (
                label == "EU terrorist list"
                and "terror" not in low
                and ("sanction" in low or "restrictive" in low)
            ):
                continue
            if (
                label == "proscribed under the UK Terrorism Act 2000"
                and not ed._uk_cue(s)
                and (has_any(low, ed._FOREIGN_LAW_KEYS) or ed._other_state_proscribes(s))
            ):
                out.append("proscribed organisation")
                continue
            out.append(label)
    return out


def test_type_scan_is_the_key_loop() -> None:
    for s in [*_SENTS, "Kingpin \u212aingpin Act", "the \u212aingpin act and EU terror list"]:
        low = s.lower()
        assert ed._types_uncached(s, low) == _types_reference(s, low), s


def test_proposal_to_needs_a_proposal_noun() -> None:
    for s in _SENTS:
        if ed._PROPOSAL_TO.search(s):
            assert has_any(s.lower(), ed._PROPOSAL_NOUNS), s


def test_reordered_active_is_the_original() -> None:
    original = re.compile(rf"(?=[rdpblasonctui])\b{ed._DESIG_VERB}(?:\s+|(?=[,.;:!?)\"”]|$))")
    for s in _SENTS:
        assert _spans(ed._ACTIVE, s) == _spans(original, s), s


def test_inverted_list_needs_its_first_letter_or_a_colon() -> None:
    texts = [*_SENTS, "Sanctioned were A and B.", "Also Listed today were A", "x; Named were A"]
    texts += [s[i:] for s in _CRAFTED for i in range(len(s))]
    for s in texts:
        if ed._INVERTED_LIST.search(s):
            assert s[:1] in ed._INVERTED_FIRST or ":" in s or ";" in s, s


def test_name_run_first_letters_keep_its_matches() -> None:
    original = re.compile(
        rf"(?<![\w'’-])(?:[Tt]he\s+)?{ed._NAME_TOKEN}(?:\s++(?:{ed._CONNECTOR}\s++)*"
        rf"{ed._NAME_TOKEN})*"
    )
    extra = ["al-Shabaab and d'Orient", "l’Unité, ibn-Saud, ul-Haq", "Łódź Œuvre Škoda Ž"]
    for s in [*_SENTS, *extra]:
        assert _spans(ed._NAME_RUN, s) == _spans(original, s), s
        for i in range(0, len(s), 7):
            a, b = ed._NAME_RUN.match(s, i), original.match(s, i)
            assert (a and a.span()) == (b and b.span()), (s, i)


# Every form of every _DESIG_VERB alternative (and a few near misses), for the _ACTIVE tests.
_VERB_FORMS = re.findall(
    r"\S+",
    "designate designates designated designating redesignated re-designates "
    "proscribe proscribes proscribed proscribing reproscribed re-proscribing relists "
    "re-listed relisting reblacklisted re-sanctioned resanctions blacklist blacklists "
    "blacklisted blacklisting delist delists delisted delisting de-list de-listed "
    "de-listing list lists listed listing add adds added adding sanction sanctions "
    "sanctioned sanctioning outlaw outlaws outlawed outlawing remove removes removed "
    "removing name names named naming revoke revokes revoked revoking rescind rescinds "
    "rescinded rescinding label labels labelled labeled labelling place places placed "
    "placing declare declares declared declaring classify classifies classified "
    "classifying assign assigns assigned assigning put puts putting deproscribe "
    "deproscribed deproscribing unban unbans unbanned unbanning target targets targeted "
    "targeting banned banning bans recognise recognize recognised recognizing brand "
    "brands branded branding include includes included including adder listen placid "
    "namely labels bandit banner putty Designated Listed",
)


def test_active_second_letter_lookahead_keeps_every_match() -> None:
    assert ed._ACTIVE_VERB != ed._DESIG_VERB and "(?:re-?)?designat" not in ed._ACTIVE_VERB
    assert r"taken\s+off|took\s+off|struck\s+off" in ed._ACTIVE_VERB
    original = re.compile(rf"\b(?=[rdpblasonctui]){ed._DESIG_VERB}(?:\s+|(?=[,.;:!?)\"”]|$))")
    crafted = [f"They {v} X." for v in _VERB_FORMS] + [f"{v}, {v}" for v in _VERB_FORMS]
    crafted += ["It was taken off, then took  off and struck off the list.", "ban X as a terrorist"]
    crafted += ["to ban the group as an extremist outfit; bans; re-list"]
    for s in [*_SENTS, *_CRAFTED, *crafted]:
        assert _spans(ed._ACTIVE, s) == _spans(original, s), s
    # Each form's second letter is in the lookahead's second class.
    second = re.compile(r"[adeilnorstu]")
    for v in (*_VERB_FORMS[:-8], "taken", "took", "struck", "ban"):
        if original.match(v + " "):
            assert second.match(v, 1), v


def test_org_with_and_gate_is_necessary() -> None:
    texts = [
        "Al-Hijra Relief and Development Organization",
        "Al Noor Trading and Exchange",
        "Hamas and the Relief Fund",
        "The Bank of Hope and Charity",
        "al-Haramain and Islamic Foundation",
        "Global Relief and Trust  ",
        "Éclair and Company",
    ]
    for s in [*_SENTS, *texts]:
        for part in re.split(r",\s|\s[—–]\s|;", s):
            flat = part.rstrip()
            if ed._ORG_WITH_AND.fullmatch(flat):
                assert "and" in flat and flat[:1] in ed._ASCII_UPPER, flat
                assert flat.endswith(ed._ORG_WITH_AND_TAILS), flat
    tails = re.findall(r"[A-Z][a-z]+", ed._ORG_WITH_AND.pattern.rsplit("{0,3}", 1)[1])
    alts = {t.replace("Organi", "Organis") for t in tails} | {"Organization"}
    assert {"Organisation", "Organization"} <= set(ed._ORG_WITH_AND_TAILS)
    assert alts - {"Organis"} <= set(ed._ORG_WITH_AND_TAILS) | {"Organisation"}


def test_possessive_gate_is_necessary() -> None:
    nouns = "designations proscription listings delisting blacklisting removal revocation"
    crafted = [f"the group’s {n} and Hamas' recent {n}" for n in nouns.split()]
    crafted += ["the EU's addition of X", "its de-proscription", "X's deproscription, "]
    for s in [*_SENTS, *_CRAFTED, *crafted]:
        low = s.lower()
        if ed._POSSESSIVE.search(s) and _twin_ok(s, low):
            assert "'" in s or "’" in s, s
            assert has_any(low, ed._DESIG_NOUN_KEYS), s
    for noun in re.findall(r"[a-z-]+", ed._DESIG_NOUN.replace("?", " ")):
        if len(noun) > 4 and ed._POSSESSIVE.search(f"X's {noun}s"):
            assert has_any(noun, ed._DESIG_NOUN_KEYS), noun


def _search_from_each_space(rx: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    out: list[tuple[int, int] | None] = []
    for i in [0, *(i for i, c in enumerate(text) if c in " ,")]:
        m = rx.search(text, i)
        out.append(m.span() if m else None)
    return out


def test_grouped_object_stop_is_the_original() -> None:
    original = re.compile(f'(?=[\\s;:.?!,“"])(?:{ed._OBJECT_STOP_SOURCE})')
    extra = [
        "X, known as Y, a trader from Timbuktu, and Z — the same week; to the list, who said",
        "A to Russia's list, the Gen. B.  C which  D\tthat E - F – G, and Kremlin's H “I”",
    ]
    for s in [*_SENTS, *extra]:
        assert _search_from_each_space(ed._OBJECT_STOP, s) == _search_from_each_space(
            original, s
        ), s


def test_vocab_and_listish_find_what_their_written_forms_find() -> None:
    vocab = re.compile(rf"\b(?:re|de-?|un-?)?(?:{ed._VOCAB_CORES})")
    listish = re.compile(
        r"\b(?:re-?)?list(?:s|ed|ing)?\b|registry|blacklist|\bbans?\b|\bschedule\b|"
        r"\bannex(?:es)?\b|\boutlaw(?:s|ed|ing)?\b|\bbann(?:ed|ing)\b"
    )
    words = ["re", "de", "de-", "un", "un-", "x", "-", " ", "list", "ban", "name", "add", "named"]
    words += ["designat", "blacklist", "de-list", "registry", "annexes", "outlawed", "banning"]
    rng = random.Random(7)
    extra = ["".join(rng.choice(words) for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    for s in [*_SENTS, *extra]:
        low = s.lower()
        assert bool(ed._VOCAB.search(low)) == bool(vocab.search(low)), s
        assert bool(ed._LISTISH.search(low)) == bool(listish.search(low)), s


def _is_place_reference(s: str, entity: str) -> bool:
    if ed._MODIFIER_COMPOUND.match(entity) or ed.is_subdivision(entity):
        return True
    seen = False
    org = bool(ed._ORG_WORD.search(entity))
    for m in re.finditer(re.escape(entity), s):
        seen = True
        if ed._DESCRIBED_AFTER.match(s, m.end()) or not (
            (not org and ed._LOCATIVE_BEFORE.search(s, max(0, m.start() - 160), m.start()))
            or ed._INSTRUMENT_AFTER.match(s, m.end())
        ):
            return False
    return seen


def test_is_place_find_loop_is_finditer() -> None:
    cases = [("based in aa aaa and aa", "aa"), ("aaaa in Kent", "aa"), ("x", ""), ("", "")]
    for s in _SENTS[:1500]:
        for r in ed._NAME_RUN.finditer(s):
            cases.append((s, r.group(0)))
            cases.append((s, r.group(0)[:3]))
    for s, entity in cases:
        assert ed._is_place(s, entity) == _is_place_reference(s, entity), (s, entity)


def test_org_word_finds_what_its_written_form_finds() -> None:
    written = re.compile(rf"\b(?:{ed._ORG_WORDS})\b|^(?:al|el|Al|El)-|\b[A-Z]{{2,6}}\b")
    first = {w.lstrip('\n r"')[:1] for w in ed._ORG_WORDS.split("|")}
    assert all("A" <= c <= "Z" for c in first), first
    extra = ["al-Shabaab", "El-X", "a Group", "xGroup", "Ejército", "ejército", "Facção", "UN x"]
    for s in [*_SENTS, *extra]:
        for r in [s, *(m.group(0) for m in ed._NAME_RUN.finditer(s))]:
            assert bool(ed._ORG_WORD.search(r)) == bool(written.search(r)), r


def test_first_letter_lookaheads_keep_every_match() -> None:
    pairs = [
        (ed._RECOMMEND_THAT, re.compile(ed._RECOMMEND_THAT.pattern.split("(?:", 1)[1][:-1])),
        (ed._OMIT_NAME, re.compile(ed._OMIT_NAME.pattern.split("(?:", 1)[1][:-1], re.I)),
    ]
    extra = ["ſtruck off the names of X", "The court Removed the name of Y", "asks that The Z be"]
    for fast, written in pairs:
        assert fast.pattern.endswith(f"(?:{written.pattern})")
        for s in [*_SENTS, *extra]:
            assert _spans(fast, s) == _spans(written, s), s


def test_aux_before_lookahead_keeps_every_match() -> None:
    written = re.compile(ed._AUX_BEFORE.pattern.split("(?:", 1)[1][:-1])
    assert ed._AUX_BEFORE.pattern.endswith(f"(?:{written.pattern})")
    extra = ["X has been ", "Y would remain ", "Z to stay ", "W is to remain also ", "V must be "]
    for s in [*_SENTS, *extra]:
        for m in ed._ACTIVE.finditer(s):
            lo = max(0, m.start() - 30)
            a = ed._AUX_BEFORE.search(s, lo, m.start())
            b = written.search(s, lo, m.start())
            assert (a and a.span()) == (b and b.span()), s
        for hi in range(0, len(s), 7):
            a = ed._AUX_BEFORE.search(s, max(0, hi - 30), hi)
            b = written.search(s, max(0, hi - 30), hi)
            assert (a and a.span()) == (b and b.span()), s


def test_nominal_second_letter_lookahead_keeps_every_match() -> None:
    written = re.compile(ed._NOMINAL.pattern.replace("(?=[dplbra][erild])", "", 1), re.I)
    assert written.pattern != ed._NOMINAL.pattern
    extra = ["the REMOVAL of X", "De-proscription of Y", "the ADDITION OF Z", "delistings of W"]
    for s in [*_SENTS, *extra]:
        assert _spans(ed._NOMINAL, s) == _spans(written, s), s


def test_round8_lookaheads_keep_every_match() -> None:
    """Each lookahead only restates the first character(s) its pattern can match."""
    cuts = {
        "_AND_MORE": ("(?=[,\\s]),?\\s++(?=[at])", ",?\\s++"),
        "_ON_LIST": ("\\s++(?=[hiawrsf])", "\\s++"),
        "_PROPOSAL_TO": ("(?=[pbmeairdl])\\b", "\\b"),
        "_BOTH_AGAIN": ("(?=[pailbsdnotr])\\b", "\\b"),
    }
    extra = [
        "X, and its treasurer Y; Z together with the firm's chief W, and Along with V",
        "The group HAS long been on the UN list; ſat on the register; İs in the schedule",
        "A Proposal by France to add X; the bill would list Y; Motions to ban Z",
        "The UK Placed both of them on the list. BOTH were listed. ſanctioned them all too",
    ]
    rng = random.Random(8)
    for name, (fast_head, head) in cuts.items():
        fast = getattr(ed, name)
        assert fast.pattern.count(fast_head) == 1, name
        written = re.compile(fast.pattern.replace(fast_head, head, 1), fast.flags)
        for s in [*_SENTS, *extra]:
            assert _spans(fast, s) == _spans(written, s), (name, s)
            pos = rng.randrange(len(s) + 1)
            a, b = fast.search(s, pos), written.search(s, pos)
            assert (a and a.span()) == (b and b.span()), (name, s, pos)
