"""Aid commitments: money and in-kind deliveries judged clause by clause.

Step 4 of the approach in :mod:`summarizer.extract`.
"""

from __future__ import annotations

import re
from collections import Counter

from summarizer._extract_common import PARTY_KINDS, Sentence
from summarizer.gazetteer import (
    KIND_BODY,
    KIND_DEMONYM,
    LENDERS,
    Mention,
    is_country,
    normalize,
)
from summarizer.money import Money
from summarizer.records import Aid

# --------------------------------------------------------------------------- #
# Aid
# --------------------------------------------------------------------------- #

_AID_TRIGGER = re.compile(
    r"\b(?:aid|assistance|grant|loan|donat|pledg|contribut|provid|disburs|allocat|fund|"
    r"financ|credit|deliver|hand(?:ed|s|ing)?\s+over|gift|supplied|suppl(?:y|ies)|ship|sent|"
    r"send|relief|package|support|lend|lent|commit)",
    re.I,
)
_AID_VERB = re.compile(
    r"\b(?:provid(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|"
    r"pledg(?:e|es|ed|ing)|grant(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|"
    r"commit(?:s|ted|ting)?|g[ai]ve|giv(?:e|es|en|ing)|sen[dt]s?|sending|deliver(?:s|ed|ing)?|"
    r"approv(?:e|es|ed|ing)|extend(?:s|ed|ing)?|lend(?:s|ing)?|lent|offer(?:s|ed|ing)?|"
    r"earmark(?:s|ed|ing)?|channel(?:l?ed|s)?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|"
    r"releas(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|announc(?:e|es|ed|ing)|rolled\s+out|"
    r"mak(?:e|es|ing)\s+available|made\s+available|set\s+aside|"
    r"hand(?:s|ed|ing)?\s+over|gift(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|"
    r"ship(?:s|ped|ping)?|transferr(?:ed|ing)|receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|"
    r"obtain(?:s|ed|ing)?|g[eo]t(?:s|ten)?|won|pa(?:y|ys|id|ying)(?:\s+out)?|"
    r"confirm(?:s|ed|ing)?|spen[dt]s?|spending|invest(?:s|ed|ing)?\s+in\s+aid|"
    r"unlock(?:s|ed|ing)?|open(?:s|ed|ing)?\s+the\s+(?:way|door)\s+(?:for|to))\b",
    re.I,
)
_RECEIVE_VERB = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|g[eo]t(?:s|ten)?|"
    r"won)\b",
    re.I,
)
_ANNOUNCE_ONLY = re.compile(
    r"^(?:announc|unveil|releas|rolled|approv|won|g[eo]t|pa[yi]|"
    r"confirm)",
    re.I,
)
_AID_NOUN_AFTER = re.compile(
    r"^\s*(?:\)|\s)*(?:[-–]?\s*)?(?:worth\s+of\s+|(?:will\s+(?:come|be\s+provided)\s+)?"
    r"(?:in|as)\s+)?(?:[\w-]+\s+){0,2}?(?:aid|assistance|grants?|loans?|credits?|credit\s+lines?|funding|"
    r"financing|support|relief|donations?|aid\s+package|package|help|contributions?|"
    r"tranche|disbursement|bailout|lending|humanitarian|military|security|development)\b",
    re.I,
)
_AID_NOUN_BEFORE = re.compile(
    r"\b(?:aid|assistance|grant|loan|credit\s+line|funding|financing|package|donation|"
    r"tranche|disbursement|bailout|contribution|support|relief)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+)?"
    r"(?:of|worth|totall?ing|amounting\s+to|valued\s+at|of\s+up\s+to|of\s+about|of\s+some)"
    r"\s*$",
    re.I,
)
_AID_NOUN_ANY = re.compile(
    r"\b(?:aid|assistance|grants?|loans?|donations?|humanitarian|relief|funding)\b", re.I
)
_AID_NEGATIVE = re.compile(
    r"\b(?:rewards?|bount(?:y|ies)|ransom|bail|trade|traded|exports?|imports?|tariffs?|"
    r"commerce|seek(?:s|ing)?|sought|appeal(?:s|ed|ing)?|request(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?\s+for|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|"
    r"needs?|needed|requires?|required|shortfall|gap|revenues?|earn(?:s|ed|ing|ings)?|"
    r"profits?|proceeds|income|generat(?:e|es|ed|ing)|campaign|"
    r"invest(?:s|ed|ing|ment|ments|or|ors)?|stake|acqui(?:re|red|sition)|merger|"
    r"bought|purchas(?:e|es|ed|ing)|sale|sales|sold|sell(?:s|ing)?|fine[ds]?|fining|"
    r"penalt(?:y|ies)|settlement|settle|damages|seiz(?:e|ed|es|ing|ure|ures)|confiscat\w*|"
    r"smuggl\w*|launder\w*|brib\w*|embezzl\w*|stol(?:e|en)|budget(?:s|ed)?(?!\s+support)|"
    r"gdp|deficit|salar(?:y|ies)|wages?|price[ds]?|costs?|costing|losses|valued|valuation|"
    r"market|contract|owe[ds]?|froze|frozen|freez\w*|suspend\w*|halt\w*|cut(?:s|ting)?|"
    r"cancel\w*|withh[eo]ld\w*|block(?:s|ed|ing)?|refus\w*|reject\w*|den(?:y|ied|ies)|"
    r"declin\w*|not|never|no\s+longer|wealth|fortune|net\s+worth|tax(?:es)?|bonds?|"
    r"reserves?|cocaine|drugs|estimated|prize|jackpot|ticket|fee|fees|lawsuit|"
    r"compensation|spent\s+on|spending\s+on|election|elections|withdr[ae]w\w*|"
    r"expected\s+to|considering|could|might|may|pay\s+back|repa(?:y|id)|refund\w*|"
    r"halt\w*|deal|rais(?:e|ed|es|ing)\b(?!\s+(?:its|their)\s+(?:aid|assistance|pledge|contribution)))\b",
)
_AID_NEGATIVE_RIGHT = re.compile(
    r"^\s*(?:\)\s*)?(?:-\s*)?(?:\w+\s+){0,2}?(?:rewards?|bount(?:y|ies)|ransom|bail|fines?|"
    r"penalt(?:y|ies)|settlement|in\s+(?:revenue|revenues|trade|exports|imports|profits?|"
    r"bribes|cash|sales|investment|damages|losses|debt|salaries|wages|campaign)|"
    r"(?:trade|investment|budget(?!\s+support)|deficit|revenue)\b|worth\s+of\s+(?:drugs|cocaine)|"
    r"in\s+(?:\w+\s+){0,2}?(?:\w+['’]s\s+)?budget\b(?!\s+support)|"
    r"a\s+year\s+in\s+(?:revenue|profits))",
    re.I,
)
_AID_AFTER_VERB = re.compile(
    r"^\s*(?:\)\s*)?(?:(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+"
    r"been|to\s+be)\s+)?(?:being\s+)?(?:earmarked|allocated|provided|disbursed|set\s+aside|"
    r"channell?ed|given|granted|committed|pledged|donated|released|approved|transferred|"
    r"(?:will\s+)?go(?:es)?\s+to|(?:will\s+)?come\s+(?:as|in|from)|(?:is|are|will\s+be)\s+"
    r"(?:in|as)\s+(?:grants?|loans?))\b",
    re.I,
)
# Totals and breakdowns that would double count another figure.
_AID_PART = re.compile(
    r"\b(?:including|includes|included|of\s+which|among\s+them|comprising|bringing\s+"
    r"(?:\w+\s+){0,4}?(?:to|total)|total(?:s|ling|ing)?\s+(?:\w+\s+){0,3}?(?:to|of)?|"
    r"so\s+far|since\s+(?:19|20)\d\d|cumulative|in\s+total\s+to)\s*(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r";|:|\s[—–]\s|\b(?:while|whereas|but|after|before|which|who|because|although|though|"
    r"meanwhile|when|if)\b|\balso\s+said\b|,\s+(?:and\s+)?(?:it|he|she|they|the\s+\w+)\s+"
    r"(?:said|added|noted)\b"
)
_SUBJECT_BREAK = re.compile(
    r"\b(?:that|said|says|announced|added|noted|stated)\b|[;:“”\"]|,\s+(?:and|but)\b", re.I
)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_GAP_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bplus|\bwhereas)\s+(?:the\s+)?$")
INKIND_VERB = re.compile(
    r"\b(?:donat(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over|deliver(?:s|ed|ing)?|"
    r"gift(?:s|ed|ing)?|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|sen[dt]s?|sending|"
    r"ship(?:s|ped|ping)?|airlift(?:s|ed|ing)?|transferr(?:ed|ing)|gave|give[sn]?|giving|"
    r"dispatch(?:es|ed|ing)?|unload(?:s|ed|ing)?|hand\s+over|cede[ds]?)\b",
    re.I,
)
_INKIND_GOODS = re.compile(
    r"\b(?:(?:patrol\s+)?(?:vessels?|boats?|ships?)|(?:armou?red\s+|military\s+|patrol\s+)?"
    r"vehicles|trucks|ambulances|helicopters?|aircraft|planes|drones|UAVs|radars?|rifles|"
    r"ammunition|body\s+armou?r|night-vision\s+\w+|equipment|tents|blankets|generators|"
    r"water\s+purification\s+\w+|medical\s+supplies|medicines?|vaccines?|doses|"
    r"(?:tons|tonnes)\s+of\s+\w+|food\s+(?:aid|parcels|supplies|rations)|relief\s+supplies|"
    r"humanitarian\s+(?:aid|supplies|cargo)|hygiene\s+kits|kits|field\s+hospitals?|"
    r"air\s+defen[cs]e\s+systems?|missiles|munitions|weapons|shells|tanks|"
    r"(?:x-ray\s+)?scanners|speedboats|interceptor\s+boats|corvettes?|frigates?|cutters?|"
    r"howitzers|artillery|motorcycles|flour|wheat|rice|grain|fuel|(?:[\w-]+\s+)?ambulances|"
    r"(?:personnel|troop)\s+carriers|minehunters?|minesweepers?|"
    r"(?:interceptor|patrol|landing)\s+craft)\b",
    re.I,
)
_INKIND_NEGATIVE = re.compile(
    r"\b(?:sold|sell|sells|selling|sale|purchas\w+|bought|buy|order(?:ed|s)?|contract|"
    r"manufactur\w+|built|build|produc\w+|troops|soldiers|letter|message|delegation|"
    r"speech|signal|warning|request(?:ed|s)?|asked|seek\w*|sought|appeal\w*|need\w*|"
    r"not|never|refus\w*|block\w*|halt\w*|suspend\w*|seiz\w*|intercept\w*|smuggl\w*|"
    r"stolen|captured|shot\s+down|destroyed|lost|attack\w*|launch\w*|fired)\b",
    re.I,
)
_KIND_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "loan",
        re.compile(
            r"\b(?:loans?|credit|lend\w*|lent|concessional|bailout|"
            r"financing\s+facility|extended\s+fund\s+facility|stand-by)\b",
            re.I,
        ),
    ),
    ("grant", re.compile(r"\b(?:grants?|non-reimbursable)\b", re.I)),
    (
        "equipment",
        re.compile(
            r"\b(?:equipment|vehicles?|UAVs?|drones?|vessels?|boats?|ships?|helicopters?|"
            r"aircraft|planes|radars?|rifles|trucks|ambulances|hardware|scanners|"
            r"unmanned\s+aerial|speedboats|generators|weapons|ammunition|munitions|missiles|"
            r"air\s+defen[cs]e)\b",
            re.I,
        ),
    ),
    (
        "humanitarian",
        re.compile(
            r"\b(?:humanitarian|relief|food|emergency|refugees?|displaced|earthquake|floods?|"
            r"disaster|medical|medicines?|health|vaccines?|hurricane|famine|shelter|drought|"
            r"cyclone|typhoon|cholera|epidemic|hunger|tents|blankets)\b",
            re.I,
        ),
    ),
    (
        "security",
        re.compile(
            r"\b(?:security|military|defen[cs]e|police|policing|counter-?narcotics|"
            r"counternarcotics|drug\s+trafficking|crime|armed\s+forces|army|navy|coast\s+guard|"
            r"border|counter-?terror\w*|law\s+enforcement|anti-drug|troops)\b",
            re.I,
        ),
    ),
]
_TO_PREP = re.compile(
    r"\b(?:to|for|into|towards?|help|helping|support|supporting|benefit)\s+"
    r"(?:the\s+|help\s+|its\s+)?$",
    re.I,
)


_LENDERS = LENDERS
# "... was approved last week by the Asian Development Bank", "donated by Beijing":
# the agent of a passive giving verb is the donor.
_PASSIVE_AID = re.compile(
    r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|"
    r"being)\s+(?:\w+\s+)?|,\s+)(?:committed|approved|pledged|provided|granted|disbursed|"
    r"allocated|donated|earmarked|extended|offered|announced|released|made\s+available|"
    r"set\s+aside|channell?ed|given|financed|funded|gifted|supplied|paid\s+for)\b"
    r"(?:\s+(?:\w+\s+){0,3}?)?\s*by\s+(?:the\s+)?",
    re.I,
)
# "€120 million came from Germany, £45 million from Britain": a donor per amount.
_FROM_DONOR = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:came\s+)?from\s+(?:the\s+)?")
_AID_CONTEXT = re.compile(
    r"\b(?:pledg\w*|commitments?|contributions?|aid|assistance|donors?|relief|new\s+money|"
    r"funding|support|package)\b",
    re.I,
)
# "a €4 billion second tranche of European Union macro-financial assistance"
_OF_DONOR = re.compile(r"\s*(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?")
_OWN_MONEY = re.compile(
    r"\b(?:its|their)\s+own\s+(?:\w+\s+)?(?:budget|resources|funds|money|revenues?|coffers)\b",
    re.I,
)


_CUMULATIVE_AFTER = re.compile(r"[^;:]{0,80}?\bsince\b", re.I)
_PERFECT_GIVE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:committed|provided|given|"
    r"pledged|sent|delivered|spent|disbursed|contributed|allocated)\b",
    re.I,
)
_THE_FUND = re.compile(r"\bthe\s+Fund(?:['’]s)?\b")


def _lender_in(s: str, mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.canonical in _LENDERS:
            return m.canonical
    if _THE_FUND.search(s):
        return "International Monetary Fund"
    return None


def _focus(salience: Counter[str], state: dict, exclude: set[str | None]) -> str | None:
    """The article's focus country (recipient of last resort)."""
    last = state.get("recipient")
    if last and last not in exclude and last not in _LENDERS:
        return last
    for canonical, _ in salience.most_common(4):
        if canonical not in exclude:
            return canonical
    return None


def _mention_at(mentions: list[Mention], pos: int, slack: int = 0) -> Mention | None:
    for m in mentions:
        if pos <= m.start <= pos + slack and m.kind in (*PARTY_KINDS, KIND_DEMONYM):
            return m
    return None


def _clause_bounds(breaks: list[tuple[int, int]], n: int, start: int, end: int) -> tuple[int, int]:
    """Clause around [start, end): from the last break before to the next after."""
    left, right = 0, n
    for b0, b1 in breaks:
        if b1 <= start:
            left = b1
        elif b0 >= end:
            right = b0
            break
    return left, right


def _kind_of(clause: str, after_money: str, before_money: str = "") -> str:
    # "twelve police vehicles worth about 8 million yuan": the money values goods.
    if re.search(r"\bworth\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$", before_money[-30:]):
        gm = _INKIND_GOODS.search(before_money[-80:])
        if gm:
            return "equipment"
    for kind, rx in _KIND_RULES:
        if kind == "equipment":
            # Equipment only when the money is *in* goods or no money at all.
            if rx.search(after_money[:60]) and re.match(
                r"^\s*(?:\)|\s)*(?:worth\s+of\s+|in\s+)", after_money
            ):
                return kind
            continue
        if rx.search(clause):
            return kind
    return "unspecified"


def _party_mentions(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in mentions if lo <= m.start and m.end <= hi and m.kind in PARTY_KINDS]


def _demonym_unit(s: str, m: Mention) -> bool:
    """'Ecuadorian Navy', 'Ukrainian forces' — a demonym naming a beneficiary."""
    follow = s[m.end : m.end + 40]
    return bool(
        re.match(
            r"\s+(?:[A-Z][\w-]+|(?:[a-z-]+\s+)?(?:armed\s+forces|military|army|navy|police|"
            r"coast\s*guard|government|ministry|agency)|"
            r"forces|authorities|troops|people|refugees|farmers|border)",
            follow,
        )
    )


def _pick_donor(
    s: str,
    mentions: list[Mention],
    verb_start: int,
    money: Money,
    sent_start: int,
    clause_lo: int = 0,
) -> str | None:
    if clause_lo and any(
        clause_lo <= m.start - sent_start < verb_start and m.kind in PARTY_KINDS for m in mentions
    ):
        # "..., while Saudi Arabia's KSrelief committed $100 million": the subject
        # of this clause, not of the sentence.
        s = " " * clause_lo + s[clause_lo:]
        mentions = [m for m in mentions if m.start - sent_start >= clause_lo]
    seg_lo = prev_lo = 0
    seg_brk = verb_start
    for m in _SUBJECT_BREAK.finditer(s, 0, verb_start):
        prev_lo, seg_lo, seg_brk = seg_lo, m.end(), m.start()
    cands = [
        m
        for m in mentions
        if seg_lo <= m.start - sent_start < verb_start
        and (
            m.kind in PARTY_KINDS
            or (
                m.kind == KIND_DEMONYM
                and re.match(
                    r"\s+(?:government|authorities|officials|ministry|embassy|agency|military|"
                    r"navy|president|prime\s+minister|defen[cs]e|foreign)",
                    s[m.end - sent_start :],
                    re.I,
                )
            )
        )
    ]
    if cands:
        return cands[0].canonical
    if seg_lo and re.match(r"\s*(?:it|they)\b", s[seg_lo:verb_start]):
        # "..., and the European Investment Bank said it would lend": the subject
        # of the reporting verb, not the first place of the sentence.
        prior = [
            m
            for m in mentions
            if prev_lo <= m.start - sent_start < seg_brk and m.kind in PARTY_KINDS
        ]
        if prior:
            return prior[0].canonical
    early = [m for m in mentions if m.start - sent_start < verb_start and m.kind in PARTY_KINDS]
    if early:
        return early[0].canonical  # "The European Union, once ..., said it would provide"
    # Passive / "from X": "$10 million from Japan", "loan from the IMF".
    after = s[money.end - sent_start :]
    # "a loan from Korea's Economic Development Cooperation Fund": the agency.
    fm = re.search(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?", after[:80])
    if fm:
        pos = money.end + fm.end()
        for m in mentions:
            if m.start == pos and m.kind in PARTY_KINDS:
                return m.canonical
    return None


def _pick_recipient(
    s: str,
    mentions: list[Mention],
    sent_start: int,
    verb_end: int,
    money_start: int,
    money_end: int,
    stop: int,
    donor: str | None,
    salience: Counter[str],
    last_recipient: str | None = None,
) -> tuple[str | None, str | None]:
    """Return (recipient, beneficiary phrase)."""

    def ok(m: Mention) -> bool:
        return (
            m.canonical != donor
            and m.canonical not in _LENDERS
            and (m.kind in PARTY_KINDS or m.kind == KIND_DEMONYM)
        )

    after = [m for m in mentions if money_end <= m.start < stop and ok(m)]
    # Prefer countries reached through "to/for/help"; bodies only as a fallback.
    for group in (
        [m for m in after if m.kind != KIND_BODY],
        [
            m
            for m in mentions
            if verb_end <= m.start < money_start and ok(m) and m.kind != KIND_BODY
        ],
        [m for m in after if m.kind == KIND_BODY],
    ):
        for m in group:
            if m.kind == KIND_DEMONYM and not _demonym_unit(s, _rel(m, sent_start)):
                continue
            unit = None
            if m.kind == KIND_DEMONYM or s[m.end - sent_start : m.end - sent_start + 2] in (
                "’s",
                "'s",
            ):
                rel = m.end - sent_start
                um = re.match(
                    r"(?:[’']s)?\s+((?:[A-Z][\w-]+|armed\s+forces|military|army|navy|police|"
                    r"coast\s+guard|forces|health\s+ministry|border\s+guards?)"
                    r"(?:\s+[A-Z][\w-]+){0,3})",
                    s[rel:],
                )
                if um:
                    unit = s[m.start - sent_start : rel + um.end()].strip()
            return m.canonical, unit
    if not re.search(
        r"\b(?:aid|assistance|grants?|loans?|credit|donation|support|funding|"
        r"financing|relief|package|help|to\s+the\s+country|its\s+\w+|pledg\w+|"
        r"donat\w+|contribut\w+|disburs\w+|lend|lent|provid\w+|g[ai]ve|"
        r"handed|deliver\w*|approv\w+|unlock\w*|access|opens?\s+the\s+way)\b",
        s,
        re.I,
    ):
        return None, None
    if last_recipient and last_recipient != donor and last_recipient not in _LENDERS:
        return last_recipient, None
    for canonical, _ in salience.most_common(3):
        if canonical != donor:
            return canonical, None
    return None, None


def _rel(m: Mention, off: int) -> Mention:
    return Mention(m.start - off, m.end - off, m.surface, m.canonical, m.kind)


def _purpose(s: str, money_end: int, stop: int) -> str | None:
    tail = s[money_end:stop].strip(" ,.;")
    tail = re.sub(r"^\s*\)", "", tail).strip()
    if not tail:
        return None
    return tail[:200]


def extract_aid(sent: Sentence, salience: Counter[str], state: dict) -> list[Aid]:
    s = sent.text
    off = sent.start
    out: list[Aid] = []
    monies = sent.money
    prev_end = 0
    accepted_spans: list[tuple[int, int]] = []
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(s)] if monies else []
    # Distractor cues inside a named body ("Asian Infrastructure Investment Bank",
    # "International Trade Centre") are part of a name, not of the clause: mask them.
    masked = s
    for m in sent.mentions:
        if m.kind == KIND_BODY:
            a, b = m.start - off, m.end - off
            masked = masked[:a] + "x" * (b - a) + masked[b:]
    # Gapped coordination: "Germany pledged €125 million and the United Kingdom
    # £120 million" — a party directly before an amount is that amount's donor
    # (the verb is shared) and never a recipient.
    gapped: dict[int, Mention] = {}
    if len(monies) > 1:
        for i, mo in enumerate(monies):
            pos = mo.start - off
            for m in sent.mentions:
                a, b = m.start - off, m.end - off
                if (
                    b <= pos
                    and m.kind in PARTY_KINDS
                    and not s[b:pos].strip()
                    and _GAP_BEFORE.search(s[max(0, a - 12) : a])
                ):
                    gapped[i] = m
    rec_mentions = (
        [m for m in sent.mentions if all(m is not g for g in gapped.values())]
        if gapped
        else sent.mentions
    )
    for idx, money in enumerate(monies):
        ms, me = money.start - off, money.end - off
        lo, hi = _clause_bounds(breaks, len(s), ms, me)
        lo = max(lo, prev_end)
        prev_end = me
        nxt = monies[idx + 1].start - off if idx + 1 < len(monies) else len(s)
        left = s[lo:ms]
        right = s[me : min(hi, nxt)]
        # Distractor cues close to the amount ("a deal that would unlock" IMF money is
        # still a loan when a lender is named).
        mleft = masked[lo:ms][-100:].lower()
        neg = _AID_NEGATIVE.search(mleft)
        if neg and neg.group(0) == "deal" and _lender_in(s, sent.mentions):
            neg = _AID_NEGATIVE.search(mleft, mleft.find("deal") + 4)
        if neg or _AID_NEGATIVE_RIGHT.match(masked[me : min(hi, nxt)]):
            continue
        if accepted_spans and _AID_PART.search(s[max(0, ms - 40) : ms]):
            continue  # part of a total already counted, or a cumulative figure
        if " own " in s and _OWN_MONEY.search(s, lo):
            continue  # a government paying for its own project or defence
        if _CUMULATIVE_AFTER.match(right) and _PERFECT_GIVE.search(left):
            continue  # "has committed more than 100 billion kronor ... since 2022"
        verb = None
        for vm in _AID_VERB.finditer(left):
            verb = vm
        noun_after = _AID_NOUN_AFTER.match(right)
        noun_before = _AID_NOUN_BEFORE.search(left)
        verb_after = _AID_AFTER_VERB.match(right)
        # Donor named around the amount: passive agent, "from X", "of X assistance".
        agent = None
        pm = _PASSIVE_AID.search(right, 0, 160)
        if pm:
            agent = _mention_at(sent.mentions, off + me + pm.end(), 60)
            if agent is not None and agent.kind == KIND_DEMONYM:
                agent = None
        from_agent = None
        fm = _FROM_DONOR.match(right)
        if fm and (_AID_CONTEXT.search(s) or state.get("recipient")):
            from_agent = _mention_at(sent.mentions, off + me + fm.end())
            if from_agent is not None and from_agent.kind == KIND_DEMONYM:
                from_agent = None
        of_agent = None
        om = _OF_DONOR.match(right)
        if om and _AID_NOUN_ANY.search(right, om.end(), om.end() + 60):
            of_agent = _mention_at(sent.mentions, off + me + om.end())
            if (
                of_agent is not None
                and of_agent.kind == KIND_DEMONYM
                and not re.match(
                    r"[\w-]*\s+(?:aid|assistance|support|funding|money)", s[of_agent.end - off :]
                )
            ):
                of_agent = None
        named_donor = agent or from_agent or of_agent
        shared = bool(accepted_spans) and re.search(
            r"(?:\band|\bwhile|\bplus|as\s+well\s+as|,)\s*(?:another|a\s+further|"
            r"an\s+additional)?\s*$",
            s[max(0, ms - 30) : ms],
        )
        gap = gapped.get(idx) if verb is None else None
        if gap is not None and not _AID_VERB.search(s, 0, ms):
            gap = None
        if verb is None and not (
            noun_after or noun_before or verb_after or shared or agent or from_agent or gap
        ):
            continue
        if (
            verb is not None
            and _ANNOUNCE_ONLY.match(verb.group(0))
            and not (
                noun_after
                or noun_before
                or verb_after
                or _AID_NOUN_ANY.search(right[:60])
                or re.match(r"\s*(?:\)\s*)?(?:\w+\s+){0,3}?(?:to|for)\b", right)
            )
        ):
            continue
        if (
            verb is not None
            and re.match(r"(?:pa[yi]|spen|confirm)", verb.group(0), re.I)
            and not (
                noun_after
                or re.search(
                    r"\b(?:to\s+(?:fund|help|support|finance|train|equip|build|"
                    r"expand|strengthen)|for)\b",
                    right[:120],
                )
            )
        ):
            continue
        verb_txt = verb.group(0).lower() if verb else ""
        verb_start = lo + (verb.start() if verb else len(left))
        verb_end = lo + (verb.end() if verb else len(left))
        if from_agent is not None:
            # "€120 million came from Germany, £45 million from Britain ...": the
            # recipient is the one named with "to/for", else the article's focus.
            donor, beneficiary = from_agent.canonical, None
            recipient = None
            tm = re.search(r"\b(?:to|for)\s+(?:the\s+)?", right)
            if tm:
                hit = _mention_at(sent.mentions, off + me + tm.end())
                if hit is not None and hit.canonical not in _LENDERS:
                    recipient = hit.canonical
            if recipient is None:
                sources = {
                    m.canonical
                    for m in sent.mentions
                    if re.search(
                        r"\bfrom\s+(?:the\s+)?$", s[max(0, m.start - off - 10) : m.start - off]
                    )
                }
                recipient = _focus(salience, state, sources | {donor})
        elif gap is not None:
            donor, beneficiary = gap.canonical, None
            recipient = out[-1].recipient if out else state.get("recipient")
            if recipient is None or recipient == donor:
                recipient = _focus(
                    salience, state, {donor, *(g.canonical for g in gapped.values())}
                )
        elif verb is None and shared and out:
            donor, recipient, beneficiary = out[-1].donor, out[-1].recipient, None
        elif verb is not None and _RECEIVE_VERB.match(verb.group(0)):
            # "Ecuador will receive $10 million from Japan"
            subj = [
                m
                for m in sent.mentions
                if lo <= m.start - off < verb_start and m.kind in PARTY_KINDS
            ]
            recipient = subj[-1].canonical if subj else None
            donor = None
            fm = re.search(r"\bfrom\s+(?:the\s+)?", s[me:])
            if fm:
                for m in sent.mentions:
                    if m.start - off == me + fm.end() and m.kind in PARTY_KINDS:
                        donor = m.canonical
            if recipient is None:
                continue
            beneficiary = None
        else:
            donor = _pick_donor(s, sent.mentions, verb_start, money, off, lo)
            if named_donor is not None:
                donor = named_donor.canonical
            elif donor is not None and donor not in _LENDERS:
                lender = _lender_in(s, sent.mentions)
                if lender and (
                    re.search(
                        r"\b(?:reach\w*|secur\w*|agree\w*|sign\w*|negotiat\w*|obtain\w*|"
                        r"won|receiv\w*)\b",
                        s,
                        re.I,
                    )
                    and not re.match(r"(?:provid|pledg|donat|lend|lent|contribut)", verb_txt)
                ):
                    donor = lender  # "Egypt reached a staff-level agreement with the IMF ..."
            if donor is None:
                donor = _lender_in(s, sent.mentions) or state.get("donor")
            recipient, beneficiary = _pick_recipient(
                s,
                rec_mentions,
                off,
                off + verb_end,
                money.start,
                money.end,
                off + (hi if gapped else len(s)),
                donor,
                salience,
                state.get("recipient"),
            )
        if recipient in _LENDERS:
            if donor is None or donor not in _LENDERS:
                recipient, donor = (
                    donor if donor and is_country(donor) else _focus(salience, state, {recipient}),
                    recipient,
                )
            else:
                recipient = _focus(salience, state, {recipient, donor})
        if recipient is None or recipient == donor:
            continue
        if donor:
            state["donor"] = donor
        if recipient:
            state["recipient"] = recipient
        kind = _kind_of(s[lo:hi], s[me:], left)
        purpose = _purpose(s, me, len(s))
        if beneficiary and (not purpose or beneficiary not in purpose):
            purpose = f"{purpose} ({beneficiary})" if purpose else beneficiary
        out.append(
            Aid(
                donor,
                recipient,
                money.amount,
                money.currency,
                kind,
                purpose,
                s,
                sent.start,
                sent.end,
            )
        )
        accepted_spans.append((ms, me))
    if not monies or not out:
        out.extend(_extract_inkind(sent, salience, state))
    elif accepted_spans:
        # "... €60 million for X was approved ..., and Italy handed over three patrol
        # boats to the Libyan coast guard": a separate in-kind clause after the money.
        out.extend(_extract_inkind(sent, salience, state, accepted_spans[-1][1] + 20))
    return out


_INKIND_PASSIVE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|are|is)\s+"
    r"(?:also\s+|now\s+|formally\s+|officially\s+)?(?:handed\s+over|delivered|donated|"
    r"gifted|supplied|transferred|provided|shipped|sent)\s+"
    r"(?:by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?to\s+(?:the\s+)?",
    re.I,
)


_INKIND_PASSIVE_KEYS = (
    "handed over to",
    "delivered to",
    "donated to",
    "gifted to",
    "supplied to",
    "transferred to",
    "provided to",
    "shipped to",
    "sent to",
    "handed over by",
    "delivered by",
    "donated by",
    "gifted by",
    "supplied by",
    "transferred by",
)


def _extract_inkind_passive(sent: Sentence, salience: Counter[str], state: dict) -> list[Aid]:
    """'Two Japanese-built radars were handed over to the Sri Lanka Navy'."""
    s = sent.text
    off = sent.start
    for pm in _INKIND_PASSIVE.finditer(s):
        pre_lo = max(0, pm.start() - 110)
        gm = None
        for g in _INKIND_GOODS.finditer(s, pre_lo, pm.start()):
            gm = g
        if gm is None or _INKIND_NEGATIVE.search(re.sub(r"-built\b", "", s[pre_lo : pm.start()])):
            continue
        if sent.money and any(pre_lo <= mo.start - off < pm.start() for mo in sent.money):
            continue  # valued goods are handled as money
        recipient = None
        for m in sent.mentions:
            rel = m.start - off
            if pm.end() <= rel <= pm.end() + 80 and m.kind in (*PARTY_KINDS, KIND_DEMONYM):
                recipient = m.canonical
                break
        if recipient is None or recipient in _LENDERS:
            continue
        donor = None
        bm = re.search(r"\bby\s+(?:the\s+)?", s[pre_lo : pm.end() + 60])
        if bm:
            hit = _mention_at(sent.mentions, off + pre_lo + bm.end())
            donor = hit.canonical if hit else None
        if donor is None:
            for m in sent.mentions:
                if pre_lo <= m.start - off < pm.start() and m.canonical != recipient:
                    donor = m.canonical  # "Japanese-built radars"
                    break
        if donor is None:
            dm = re.search(r"\b([A-Z][\w]+)-(?:built|made|supplied|donated|funded)\b", s[pre_lo:])
            donor = normalize(dm.group(1)) if dm else state.get("donor")
        if donor == recipient:
            continue
        if donor:
            state["donor"] = donor
        purpose = s[gm.start() :].strip(" .")[:200]
        return [Aid(donor, recipient, None, None, "equipment", purpose, s, sent.start, sent.end)]
    return []


def _extract_inkind(
    sent: Sentence, salience: Counter[str], state: dict, min_pos: int = 0
) -> list[Aid]:
    s = sent.text
    off = sent.start
    out: list[Aid] = []
    low = s.lower()
    if min_pos == 0 and any(k in low for k in _INKIND_PASSIVE_KEYS):
        got = _extract_inkind_passive(sent, salience, state)
        if got:
            return got
    for vm in INKIND_VERB.finditer(low, min_pos):
        gm = _INKIND_GOODS.search(s, vm.end(), vm.end() + 90)
        if not gm:
            continue
        if _INKIND_NEGATIVE.search(s, max(0, vm.start() - 40), gm.end() + 10):
            continue
        between = s[vm.end() : gm.end()]
        weak = re.match(
            r"(?:sen[dt]|ship|transfer|giv|gave|provid|suppl|unload)", vm.group(0), re.I
        )
        if (
            weak
            and not re.search(
                r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                r"hundreds?|thousands?|several|batch|fleet|humanitarian|medical|relief|food|"
                r"emergency)\b",
                between,
                re.I,
            )
            and not re.search(
                r"\bas\s+(?:humanitarian\s+)?aid\b|\bfree\s+of\s+charge\b|"
                r"\bdonat",
                s[vm.start() :],
                re.I,
            )
        ):
            continue
        donor = _pick_donor(
            s, sent.mentions, vm.start(), Money(off + gm.end(), off + gm.end(), None, "", ""), off
        )
        if donor is None:
            donor = state.get("donor")
        # Recipient right after the verb ("supplied Niger with ...") or after the goods.
        recipient = None
        for m in sent.mentions:
            rel = m.start - off
            if m.canonical == donor or m.kind not in (*PARTY_KINDS, KIND_DEMONYM):
                continue
            if (
                vm.end() <= rel < gm.start()
                and re.match(r"\s*(?:with|a|an)?\b", s[m.end - off :])
                and (m.kind != KIND_DEMONYM or _demonym_unit(s, _rel(m, off)))
            ):
                recipient = m.canonical
                break
        if recipient is None:
            recipient, _beneficiary = _pick_recipient(
                s,
                sent.mentions,
                off,
                off + vm.end(),
                off + gm.start(),
                off + gm.end(),
                off + len(s),
                donor,
                salience,
                state.get("recipient"),
            )
        if recipient is None or recipient == donor:
            continue
        if donor:
            state["donor"] = donor
        kind = (
            "humanitarian"
            if _KIND_RULES[3][1].search(s, vm.start())
            and not re.search(
                r"vehicles|boats|drones|helicopters|equipment|weapons|howitzers|corvette",
                between,
                re.I,
            )
            else "equipment"
        )
        purpose = s[vm.end() :].strip(" .")[:200]
        out.append(Aid(donor, recipient, None, None, kind, purpose, s, sent.start, sent.end))
    return out


KRONE = {
    "Denmark": "DKK",
    "Norway": "NOK",
    "Sweden": "SEK",
    "Greenland": "DKK",
    "Faroe Islands": "DKK",
}


def replace_broken_down_totals(aid: list[Aid]) -> list[Aid]:
    """A total later split into parts ("Of the total, ...") is reported as its parts."""
    drop: set[int] = set()
    for i, total in enumerate(aid):
        if total.amount is None:
            continue
        parts = [
            a
            for j, a in enumerate(aid)
            if j != i
            and a.start >= total.start
            and a.amount is not None
            and a.currency == total.currency
            and a.amount < total.amount
            and a.recipient == total.recipient
        ]
        for k in range(2, min(len(parts), 5) + 1):
            window = parts[:k]
            if abs(sum(a.amount for a in window) - total.amount) <= 0.02 * total.amount:
                drop.add(i)
                break
    return [a for i, a in enumerate(aid) if i not in drop]
