"""Rule-based extraction of aid, designations and agreements from news text.

Approach
========
No model: deterministic rules over sentences, a gazetteer and a money parser.
The pipeline for one article is

1. **One pass over the whole text** for gazetteer mentions
   (:mod:`summarizer.gazetteer`: countries, demonyms, capitals-as-metonyms,
   international bodies) and money expressions (:mod:`summarizer.money`).
   Both are single precompiled regular expressions, so the cost is linear in
   the text.  Mentions give each article a *salience* ranking of countries,
   used to resolve "the country", "the two countries" and implicit parties.
2. **Headline.** A first line without final punctuation followed by a blank
   line is skipped (headlinese like "US lists Kashmir front as terrorist
   group" misleads sentence rules, and the body restates it).
   **Sentences** come from :func:`summarizer.sentences.split_sentences`; each
   is located in the text with ``str.find`` from a running offset so records
   carry character spans.
3. **Cheap gating.** Each sentence is tested against three keyword triggers
   (money/in-kind delivery, designation vocabulary, agreement nouns); only
   sentences that fire get the detailed rules, which keeps a 1,000-word
   article at about a millisecond.
4. **Aid.** Every money expression is judged in its own clause: it needs an
   aid cue (a giving verb before it — *provide, pledge, donate, disburse,
   approve a loan* — or an aid noun next to it — *in aid, grant, loan,
   assistance*) and no distractor cue (reward, bounty, trade, revenue,
   campaign spending, investment, fine, seized cash, budget, an appeal that
   *seeks* money, a suspension or cut).  The donor is the first place or body
   in the clause before the giving verb (or after *from*); the recipient is
   the first other place after the amount, then between verb and amount,
   then the article's most salient other country.  A beneficiary unit written
   with a demonym ("the Ecuadorian Navy") yields the country as ``recipient``
   and stays verbatim in ``purpose``.  A restatement in a second currency is
   folded into one amount by the money parser.  In-kind deliveries without a
   value ("handed over five patrol vessels") give ``amount=None``.  A total
   that the article later breaks down completely ("Of the total, €1.5 billion
   in loans ... €385 million in grants") is replaced by its parts, so one
   commitment is never counted twice; "kroner" follows the donor (DKK/NOK/SEK).
   The donor may also be named around the amount: the agent of a passive
   giving verb ("... was approved by the Asian Development Bank", "donated by
   Beijing"), "from X" per amount ("€120m came from Germany, £45m from
   Britain"), or "a tranche of EU assistance".  Multilateral lenders
   (``gazetteer.LENDERS``) are never recipients and are the donor of money a
   country "reached a staff-level agreement" on.  A government's money for its
   own budget, money a group raised, and cumulative "has provided ... since
   2022" totals are not aid.  Passive handovers ("radars were handed over to
   the Sri Lanka Navy") are in-kind records.
5. **Designations.** A sentence must carry designation vocabulary
   (*designate, proscribe, blacklist, delist, list as*) *and* either a
   designation type (Foreign Terrorist Organization, SDGT, OFAC/SDN, UK
   Terrorism Act, EU terrorist list, UN sanctions list...) or an article-level
   designation context set by an earlier sentence; "designated polling
   stations/successor/hitter/marine reserve" never pass.  Entities are
   capitalised name runs in the object of the verb or noun ("designations of
   the gangs, Los Lobos and Los Choneros" -> two records), the subject of a
   passive, or a possessive; aliases come from "also known as"/parenthesised
   acronyms.  The action is ``revoked`` on removal cues, ``proposed`` on
   intention/consideration cues, otherwise ``designated``; negated
   designations are dropped.  Type and authority carry over from the
   article context when a sentence refers back.  Entity *lists* are parsed
   item by item after a colon ("..., the minister said: A, B and C"), after
   "Those named are A, a trader ...; B; and C", and as a passive subject after
   a fronted phrase ("Under the order, A (also known as X), B and C were
   proscribed"); descriptors are skipped ("the Montreal street gang Zone
   Rouge", "Sahel-based"), courts are never entities, "it" resolves to the
   group named earlier in the same sentence, and the predicate after a nominal
   ("the designation of X ... was revoked", "... is under review") decides
   the action.
6. **Agreements.** Agreement nouns (agreement, treaty, accord, pact, deal,
   memorandum of understanding, IMF programme/facility) are named from
   capitalised names ("Safe Third Country Agreement"), lower-case modifiers
   ("extradition treaty") or complements ("memorandum of understanding on
   security cooperation").  Bare indefinite mentions ("an agreement") are
   not records; definite anaphora ("the deal") attach to the latest named
   agreement and contribute its status.  Parties are gazetteer mentions in
   the sentence; when fewer than two are found they are completed from the
   preceding sentences or the article's salient countries, and deals that
   still lack two parties (domestic, company, court) are dropped, as are
   blacklisted kinds (plea, merger, wage, debate rules...).  The status is
   decided by ordered cue lists with modality: *no plans / ruled out* ->
   ruled_out, *withdrew from* -> terminated, *suspended* -> suspended,
   *ratified / entered into force* -> in_force, *signed* -> signed unless
   under a future/negated modal (then negotiating), *final stages / not 100
   percent finished / working to update* -> negotiating, *proposed / offered*
   -> proposed.  Mentions of one agreement in an article are merged; the
   merged status is the most advanced explicit statement, except that an
   explicit renegotiation wins over signed/in-force background.  Among the
   weak cues (negotiating vs proposed) the one nearest the mention wins, and
   "expired ... will not be renewed" is terminated, not ruled out.  Truces and
   ceasefires ("a truce between the army and the RSF") count as agreements;
   the "between X and Y" phrase after the noun names the parties (non-state
   parties kept verbatim), and an indefinite truce with no parties ("talks on a
   permanent ceasefire") is not a record.  Named instruments without
   "agreement" count (arrangements, protocols, exchanges of notes, "X
   Framework", "X Convention", customs union); a state leaving or ratifying a
   named convention may be its only party; the main predicate after a long
   subject ("The MoU under which ..., signed in 2024, has been shelved")
   decides the status; cues after the next agreement noun belong to it; "is
   not a peace deal", "commercial deals" and "by mutual agreement" are not
   records.
7. **Spanish.** A function-word vote sends Spanish articles to
   :mod:`summarizer._extract_es` (Spanish Punkt sentences, Spanish cue
   lexicons); the gazetteer and the money parser are shared and bilingual
   (ISO 3166 Spanish names from pycountry, Spanish demonyms and bodies;
   "4,5 millones de dólares", "US$ 150 millones", "mil millones").
8. **Structural patterns added for unseen phrasings.**  Designations: an
   inverted copula ("Sanctioned were A, a trader; B; and C"), bulletin labels
   ("Added: A (alias X), who ...", "Removed: B"), a removal verb around its
   object ("took X off the list"), "lifted its ban on X", "added X to the
   First Schedule", "declared X a specified entity" (a declare-verb counts only
   with a designation type after it), alias appositions ("A, formally called
   B" is one entity), a spaced dash inside one name, "and" inside an
   organisation name, non-ASCII capitals and "ul-/ur-" particles in names, and
   a government authority from "the Australian government" / "Canada's list".
   Agreements: negated entry into force caps ratification cues at signed;
   "hope to sign" is negotiating; the main predicate after a relative clause
   decides the status; "the UK–France agreement" is an anaphor; a generic
   mention ("their new defence pact") folds into the named agreement with the
   same parties whose name contains its modifiers; hypothetical ("no
   negotiations on a successor treaty", "any future agreement") and class
   mentions (bare plurals) are not records; a small table of non-state parties
   (Houthis, Hamas, ELN, ...) and "between the government and X" resolve
   parties.  National aid agencies (Saudi Fund for Development, JICA, EDCF,
   ...) are gazetteer metonyms of their state, so donors resolve to it.
9. **Dateline.** The dateline city ("NAIROBI, ... —") adds its country to the
   salience ranking, a tie-breaker for implicit recipients and parties.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from summarizer import _extract_es as _es
from summarizer.gazetteer import (
    KIND_BODY,
    KIND_DEMONYM,
    LENDERS,
    Mention,
    find_mentions,
    is_country,
    normalize,
)
from summarizer.money import Money, find_money
from summarizer.records import Agreement, Aid, Designation, Records
from summarizer.sentences import split_sentences

# --------------------------------------------------------------------------- #
# Sentences
# --------------------------------------------------------------------------- #

_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)
_ABBREV_END = re.compile(
    r"(?:\b(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|No|Inc|Co|"
    r"Corp|Ltd|Jr|Sr|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|approx)\.)$"
)


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)


def _locate(
    text: str, offset: int, language: str = "english", sentences: list[str] | None = None
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = offset
    if sentences is None:
        sentences = split_sentences(text[offset:], language)
    for sent in sentences:
        i = text.find(sent, pos)
        if i < 0:
            head = sent[:24]
            i = text.find(head, pos)
            if i < 0:
                continue
            # Whitespace was normalised by the splitter: walk to the last word.
            tail = sent[-12:]
            j = text.find(tail, i)
            end = j + len(tail) if j >= 0 else i + len(sent)
        else:
            end = i + len(sent)
        spans.append((i, end))
        pos = end
    # Re-join splits after abbreviations such as "U.S." or "Gen.".
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if (
            merged
            and text[merged[-1][1] - 1] == "."
            and _ABBREV_END.search(text, max(merged[-1][0], merged[-1][1] - 8), merged[-1][1])
        ):
            nxt = text[s : s + 1]
            if nxt and not nxt.isspace() and "\n\n" not in text[merged[-1][1] : s]:
                merged[-1] = (merged[-1][0], e)
                continue
        merged.append((s, e))
    return merged


# --------------------------------------------------------------------------- #
# Shared helpers
# --------------------------------------------------------------------------- #

_PARTY_KINDS = ("country", "metonym", "body")


def _salience(mentions: list[Mention]) -> Counter[str]:
    c: Counter[str] = Counter()
    for m in mentions:
        if m.kind in ("country", "metonym"):
            c[m.canonical] += 2
        elif m.kind == KIND_DEMONYM:
            c[m.canonical] += 1
    return c


def _first(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    return rx.search(s)


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
_INKIND_VERB = re.compile(
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
        if pos <= m.start <= pos + slack and m.kind in (*_PARTY_KINDS, KIND_DEMONYM):
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
    return [m for m in mentions if lo <= m.start and m.end <= hi and m.kind in _PARTY_KINDS]


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
        clause_lo <= m.start - sent_start < verb_start and m.kind in _PARTY_KINDS for m in mentions
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
            m.kind in _PARTY_KINDS
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
            if prev_lo <= m.start - sent_start < seg_brk and m.kind in _PARTY_KINDS
        ]
        if prior:
            return prior[0].canonical
    early = [m for m in mentions if m.start - sent_start < verb_start and m.kind in _PARTY_KINDS]
    if early:
        return early[0].canonical  # "The European Union, once ..., said it would provide"
    # Passive / "from X": "$10 million from Japan", "loan from the IMF".
    after = s[money.end - sent_start :]
    # "a loan from Korea's Economic Development Cooperation Fund": the agency.
    fm = re.search(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?", after[:80])
    if fm:
        pos = money.end + fm.end()
        for m in mentions:
            if m.start == pos and m.kind in _PARTY_KINDS:
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
            and (m.kind in _PARTY_KINDS or m.kind == KIND_DEMONYM)
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


def _extract_aid(sent: _Sentence, salience: Counter[str], state: dict) -> list[Aid]:
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
                    and m.kind in _PARTY_KINDS
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
                if lo <= m.start - off < verb_start and m.kind in _PARTY_KINDS
            ]
            recipient = subj[-1].canonical if subj else None
            donor = None
            fm = re.search(r"\bfrom\s+(?:the\s+)?", s[me:])
            if fm:
                for m in sent.mentions:
                    if m.start - off == me + fm.end() and m.kind in _PARTY_KINDS:
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


def _extract_inkind_passive(sent: _Sentence, salience: Counter[str], state: dict) -> list[Aid]:
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
            if pm.end() <= rel <= pm.end() + 80 and m.kind in (*_PARTY_KINDS, KIND_DEMONYM):
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
    sent: _Sentence, salience: Counter[str], state: dict, min_pos: int = 0
) -> list[Aid]:
    s = sent.text
    off = sent.start
    out: list[Aid] = []
    low = s.lower()
    if min_pos == 0 and any(k in low for k in _INKIND_PASSIVE_KEYS):
        got = _extract_inkind_passive(sent, salience, state)
        if got:
            return got
    for vm in _INKIND_VERB.finditer(low, min_pos):
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
            if m.canonical == donor or m.kind not in (*_PARTY_KINDS, KIND_DEMONYM):
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


# --------------------------------------------------------------------------- #
# Designations
# --------------------------------------------------------------------------- #

_DESIG_TRIGGER = re.compile(
    r"designat|proscri|blacklist|delist|de-list|terrorist|sanction|SDGT|\bFTOs?\b|"
    r"\blist(?:s|ed|ing)?\b|Kingpin|registry|\bban\b|Foreign\s+Assets|OFAC",
    re.I,
)
# (label, cheap lower-case keys, pattern)
_TYPES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    (
        "Foreign Terrorist Organization",
        ("terrorist organ", "fto"),
        re.compile(r"foreign\s+terrorist\s+organi[sz]ations?|\bFTOs?\b", re.I),
    ),
    (
        "Specially Designated Global Terrorist",
        ("global terror", "sdgt"),
        re.compile(r"specially\s+designated\s+global\s+terrorists?|\bSDGTs?\b", re.I),
    ),
    (
        "State Sponsor of Terrorism",
        ("state sponsor",),
        re.compile(r"state\s+sponsors?\s+of\s+terror", re.I),
    ),
    (
        "Foreign Narcotics Kingpin",
        ("kingpin",),
        re.compile(r"Kingpin\s+Act|narcotics\s+kingpin", re.I),
    ),
    (
        "EU terrorist list",
        ("eu", "european union", "bloc"),
        re.compile(
            r"\b(?:EU|European\s+Union|bloc)(?:['’]s)?\s+(?:terrorist|terror)\s+list|"
            r"\b(?:EU|European\s+Union|bloc)(?:['’]s)?\s+list\s+of\s+(?:terrorist|persons)|"
            r"Council\s+of\s+the\s+(?:EU|European\s+Union)",
            re.I,
        ),
    ),
    (
        "proscribed under the UK Terrorism Act 2000",
        ("terrorism act", "proscri"),
        re.compile(r"(?<!Prevention of )(?<!Anti-)Terrorism\s+Act(?:\s+2000)?|\bproscri\w+", re.I),
    ),
    (
        "OFAC SDN sanctions",
        ("specially designated national", "sdn", "ofac", "foreign assets"),
        re.compile(
            r"specially\s+designated\s+nationals?|\bSDN\b|\bOFAC\b|Office\s+of\s+Foreign\s+"
            r"Assets\s+Control",
            re.I,
        ),
    ),
    (
        "sanctions list",
        ("sanction",),
        re.compile(
            r"sanctions?\s+(?:list|blacklist|regime|committee)|\bsanction(?:s|ed|ing)?\b", re.I
        ),
    ),
    (
        "listed terrorist entity",
        ("listed terrorist", "criminal code", "specified"),
        re.compile(
            r"listed\s+terrorist\s+(?:entit(?:y|ies)|organi[sz]ations?)|Criminal\s+Code|"
            r"specified\s+(?:terrorist\s+)?entit(?:y|ies)",
            re.I,
        ),
    ),
    (
        "terrorist organization",
        ("terror", "banned organi", "extremist"),
        re.compile(
            r"terrorist\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|list)|"
            r"\bterrorists?\b|\bterrorism\b|banned\s+organi[sz]ations|extremist\s+"
            r"organi[sz]ations",
            re.I,
        ),
    ),
]
_SPECIFIC = {t[0] for t in _TYPES} - {
    "terrorist organization",
    "sanctions list",
    "listed terrorist entity",
}
_AUTHORITIES: list[tuple[str, re.Pattern[str]]] = [
    (
        "US Treasury (OFAC)",
        re.compile(r"\bTreasury\b|\bOFAC\b|Office\s+of\s+Foreign\s+Assets\s+Control"),
    ),
    (
        "US State Department",
        re.compile(
            r"State\s+Department|Department\s+of\s+State|Secretary\s+of\s+State|\bRubio\b|"
            r"\bBlinken\b|\bPompeo\b"
        ),
    ),
    ("UN Security Council", re.compile(r"Security\s+Council|\bUN\b|U\.N\.|United\s+Nations")),
    (
        "Council of the EU",
        re.compile(
            r"Council\s+of\s+the\s+(?:EU|European\s+Union)|\bEU\b|European\s+Union|\bbloc['’]s\b"
        ),
    ),
    (
        "UK Home Office",
        re.compile(
            r"Home\s+Office|Home\s+Secretary|\bUK\b|U\.K\.|\bBritain\b|\bBritish\b|\bLondon\b"
        ),
    ),
]
# Cheap substring gates for the authority patterns (each pattern needs one).
_AUTHORITY_KEYS = {
    "US Treasury (OFAC)": ("Treasury", "OFAC", "Office of Foreign"),
    "US State Department": ("State", "Rubio", "Blinken", "Pompeo"),
    "UN Security Council": ("Security Council", "UN", "U.N.", "United Nations"),
    "Council of the EU": ("Council of the", "EU", "European Union", "bloc"),
    "UK Home Office": (
        "Home Office",
        "Home Secretary",
        "UK",
        "U.K.",
        "Britain",
        "British",
        "London",
    ),
}
_TYPE_DEFAULT_AUTHORITY = {
    "Foreign Terrorist Organization": "US State Department",
    "Specially Designated Global Terrorist": "US State Department",
    "State Sponsor of Terrorism": "US State Department",
    "Foreign Narcotics Kingpin": "US Treasury (OFAC)",
    "OFAC SDN sanctions": "US Treasury (OFAC)",
    "proscribed under the UK Terrorism Act 2000": "UK Home Office",
    "EU terrorist list": "Council of the EU",
    "UN sanctions list": "UN Security Council",
}
_SANCTIONS_BY_AUTHORITY = {
    "US Treasury (OFAC)": "OFAC SDN sanctions",
    "US State Department": "OFAC SDN sanctions",
    "UN Security Council": "UN sanctions list",
    "Council of the EU": "EU sanctions list",
    "UK Home Office": "UK sanctions list",
}
_DESIG_VERB = (
    r"(?:designat(?:e|es|ed|ing)|proscrib(?:e|es|ed|ing)|blacklist(?:s|ed|ing)?|"
    r"delist(?:s|ed|ing)?|de-list(?:s|ed|ing)?|list(?:s|ed|ing)?|add(?:s|ed|ing)?|"
    r"sanction(?:s|ed|ing)?|outlaw(?:s|ed|ing)?|remov(?:e|es|ed|ing)|nam(?:e|es|ed|ing)|"
    r"revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|label(?:s|led|ed|ling)?|plac(?:e|es|ed|ing)|"
    r"declar(?:e|es|ed|ing)|classif(?:y|ies|ied|ying)|assign(?:s|ed|ing)?|put(?:s|ting)?|"
    r"deproscrib(?:e|es|ed|ing)|unban(?:s|ned|ning)?|target(?:s|ed|ing)?|"
    r"(?:taken|took|struck)\s+off)"
)
_STRONG_VERB = re.compile(r"^(?:designat|proscrib|blacklist|delist|de-list|deproscrib)", re.I)
_DESIG_NOUN = (
    r"(?:designations?|proscriptions?|listings?|delistings?|blacklisting|removal|revocation|"
    r"de-?proscription)"
)
_ACTIVE = re.compile(rf"\b{_DESIG_VERB}\s+")
_AUX_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+been|(?:will|would|could|should|must|to)\s+be|was|were|is|are|"
    r"being|been)\s+(?:formally\s+|officially\s+|also\s+|now\s+|"
    r"first\s+|previously\s+|already\s+)?$"
)
_NOMINAL = re.compile(
    rf"\b{_DESIG_NOUN}\s+(?:from\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?list\s+)?of\s+",
    re.I,
)
_BAN_ON = re.compile(r"\b(?:ban|sanctions)\s+on\s+", re.I)
_PASSIVE = re.compile(
    rf"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|would\s+be|to\s+be|"
    rf"be|being|could\s+be|should\s+be|must\s+be)\s+"
    rf"(?:formally\s+|officially\s+|also\s+|now\s+|first\s+|previously\s+|already\s+)?"
    rf"{_DESIG_VERB}\b",
    re.I,
)
_POSSESSIVE = re.compile(rf"['’]s?\s+(?:\w+\s+)?{_DESIG_NOUN}\b", re.I)
_NAME_TOKEN = (
    r"(?:[A-Z0-9À-ÖØ-ÞŁŒŠŽ][\w'’&.\-]*|"
    r"(?:al|el|ad|an|as|ash|at|az|wal|bin|ibn|ul|ur|us|e|i)-[A-Z]?[\w'’\-]*)"
)
_CONNECTOR = (
    r"(?:de|del|de\s+la|de\s+los|de\s+las|la|las|los|el|al|of|the|for|y|e|bin|ibn|"
    r"da|do|dos|das|du|van|von|ul|wal|fi|min)"
)
_NAME_RUN = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he\s+)?{_NAME_TOKEN}(?:\s+(?:{_CONNECTOR}\s+)*{_NAME_TOKEN})*"
)
_OBJECT_STOP = re.compile(
    r"\s(?:as|under|from|after|because|since|until|following|over|amid|for\s+(?:allegedly|"
    r"their|its|his|her|providing|supporting))\s|\sto\s(?:the|its|their|his|her|a|an|"
    r"[A-Z]\w+['’]s)\s|;|:|[.?!](?:\s|$)|,\s+(?:who|which|whom|whose|that|saying|said|"
    r"accusing|citing|according|freezing|marking|becoming|bringing|lifting|in\s+a|the\s+"
    r"latest|a\s+(?:move|step|decision|proposal|request|measure))\b|,\s+and\s+(?=[A-Z][\w-]*['’]s\s)|"
    r"\s(?:the\s+same|last|this|next)\s+(?:week|month|year|day)\b|\s(?:who|which|whom|that)\s|\s[—–]\s|,\s+(?:on|"
    r"last|this|earlier)\s|[“\"]|,\s+(?!(?:and|or|also|known|a\.?k\.?a|formerly|the|a|an|"
    r"together|along|alongside|as|its|his|her|their|two|three|four|five|both|who|which|whom|"
    r"whose|leader|head|chief|officially|otherwise|better|widely)\b)[a-z]+\b"
)
_AND_MORE = re.compile(
    r",?\s+(?:and|together\s+with|along\s+with|alongside|as\s+well\s+as)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*-based\s+)?(?=[A-Z]|(?:al|el)-)"
)
_ALIAS = re.compile(
    r"\s*(?:,|\(|—|–)\s*(?:also\s+|otherwise\s+|formerly\s+|better\s+|widely\s+|formally\s+|"
    r"officially\s+|locally\s+|sometimes\s+)?"
    r"(?:known\s+as|called|a\.?k\.?a\.?|alias|(?:who|which)\s+(?:also\s+)?calls?\s+"
    r"(?:themselves|itself))\s+[“\"]?(?:the\s+)?",
    re.I,
)
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z\-]{1,12})\)")
_TITLES = {
    "Interior",
    "Foreign",
    "Defence",
    "Defense",
    "Finance",
    "Minister",
    "President",
    "Vice",
    "Prime",
    "Commander",
    "General",
    "Gen.",
    "Colonel",
    "Col.",
    "Sheikh",
    "Emir",
    "Leader",
    "Deputy",
    "Chief",
    "Secretary",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Dr",
    "Dr.",
    "Governor",
    "Senator",
    "Ambassador",
    "King",
    "Prince",
    "Crown",
    "Supreme",
    "Lt.",
    "Major",
    "Maj.",
    "Brigadier",
    "Admiral",
    "Cleric",
    "Imam",
    "Mullah",
    "Commissioner",
    "Director",
    "Sen.",
}
_NOT_ENTITY = re.compile(
    r"^(?:The|A|An|It|He|She|They|We|This|That|These|Those|On|In|At|Earlier|Later|But|And|"
    r"All|Both|Each|Some|Several|Two|Three|Four|Five|Its|Their|His|Her|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d.*|Europeans?|Westerners?|Americans?|Africans?|Asians?|Allies|"
    r"State\s+Department|Department\s+of\s+State|Treasury(?:\s+Department)?|"
    r"Department\s+of\s+(?:the\s+)?Treasury|OFAC|Office\s+of\s+Foreign\s+Assets\s+Control|"
    r"Home\s+Office|Home\s+Secretary|Secretary|Secretary\s+of\s+State|Council|"
    r"Security\s+Council|Foreign\s+Terrorist\s+Organi[sz]ations?|FTOs?|SDGTs?|SDN|"
    r"Specially\s+Designated.*|.*Terrorists?|.*Nationals|Terrorism\s+Act.*|Government|"
    r"Parliament|Congress|Senate|Federal\s+Register|Criminal\s+Code|Kingpin\s+Act|President|"
    r"Prime\s+Minister|Minister|Ministry|Justice|Homeland\s+Security|Supreme\s+Court|"
    r"Court|Commission|Committee|Cabinet|Administration|Trump|Biden|[IVX]+|\d+.*|"
    r"(?:(?:Foreign|Terrorist|Terror|Criminal|Transnational|Extremist|International|Armed|"
    r"Banned|Designated|Proscribed|Listed|Specially|Global|Violent|Militant|Islamist)\s+)*"
    r"Organi[sz]ations?|.*\b(?:Terrorist|Criminal|Extremist)\s+Organi[sz]ations?|.*['’]s\b.*|Western|Eastern|Northern|Southern|Arab|Islamic|Muslim|"
    r"Christian|Sunni|Shia|Shiite|Kurdish|Gulf|Nazi|Communist|.*\bCourt|"
    r"[\w'’-]+-(?:based|linked|backed|born|registered|led|aligned|affiliated|run|owned))$"
)
_DISTRACTOR_AFTER = re.compile(
    r"^\s*(?:polling|successor|hitter|driver|marine|heritage|area|areas|zone|zones|site|"
    r"sites|survivor|spokes\w*|representative|hospital|shelter|route|lane|reserve|park|"
    r"hotline|hub|port|official|officials|agent|smoking|parking|landing|spot|place|venue|"
    r"crossing|corridor|safe|funds?|beneficiar\w+|emergency|disaster|priority|time|date|"
    r"day|player|hitters|for\b)",
    re.I,
)
_REVOKE = re.compile(
    r"\b(?:revok\w*|revocation|rescind\w*|delist\w*|de-list\w*|remov(?:e|es|ed|ing|al)|"
    r"lift(?:s|ed|ing)?|unban\w*|deproscri\w*|de-proscri\w*|took\s+\w+\s+off|taken\s+off|"
    r"no\s+longer\s+(?:designated|listed|proscribed)|suspend(?:s|ed|ing)?\s+the\s+ban)\b",
    re.I,
)
_PROPOSE = re.compile(
    r"\b(?:consider\w*|plan(?:s|ned|ning)?\s+to|propos\w*|intend\w*|intent(?:ion)?|would\s+\w+|"
    r"could\s+\w+|(?-i:may)\s+(?!\d)\w+|might|mov(?:e|es|ing)\s+to|seek\w*\s+to|bill|"
    r"weigh\w*|expected\s+to|will\s+(?:designate|proscribe|list|add|formally)|set\s+to|"
    r"review\w*|threaten\w*|draft\w*|prepar\w*\s+to|aim\w*\s+to|evaluat\w*|whether\s+to|"
    r"want\w*\s+to|pending|recommend\w*|ask\w*\s+(?:\S+\s+){1,6}?to|request\w*|"
    r"lay\s+(?:an?\s+)?order|process\s+of|begun|began|intends|defer(?:s|red|ring)?|"
    r"under\s+(?:review|consideration)|on\s+hold|remains?\s+blocked|held\s+up)\b",
    re.I,
)
_PRESSURE = re.compile(
    r"\b(?:pressure\s+to|calls?\s+(?:from\s+\w+\s+)?(?:for|to)|called\s+(?:on\s+\w+\s+)?(?:for|to)|"
    r"urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|campaign(?:ers|ing)?\s+(?:for|to)|"
    r"petition\w*)\b",
    re.I,
)
_NEGATED_DESIG = re.compile(
    r"\b(?:not|never|declined\s+to|refused\s+to|no\s+plans\s+to|stopped\s+short\s+of|"
    r"rejected\s+(?:calls|demands|a\s+request)\s+to|without)\s+(?:\w+\s+){0,2}?"
    r"(?:designat|proscrib|blacklist)\w*",
    re.I,
)
_COREF = re.compile(
    r"^(?:the|this|that)\s+(?:group|cartel|gang|organi[sz]ation|movement|militia|network|"
    r"outfit|faction|alliance|company|firm|man|individual)(?:['’]s)?\b|^(?:it|them)\b",
    re.I,
)
_AFFILIATE = re.compile(r"\s+(?:affiliate|branch|province|chapter)\s+in\s+", re.I)
# One leading \b lets the regex engine skip non-word-start positions quickly.
_VOCAB = re.compile(
    r"\b(?:re)?(?:designat|proscri|blacklist|delist|de-list|sanction|list(?:s|ed|ing)?\b|ban\b|"
    r"outlaw|label|registry|nam(?:ed|es|ing)\b|add(?:s|ed|ing)?\b|remov|plac|declar|took|taken)"
)


# "the designation of X, in place since 2010, was revoked" / "the listing of X ... is
# under review": the predicate after a nominal designation decides the action.
_NOMINAL_PREDICATE = re.compile(
    r"[^;:.]{0,80}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remains?|"
    r"would\s+be|will\s+be)\s+(?:still\s+|now\s+|formally\s+|also\s+)?(?:"
    r"(revoked|lifted|rescinded|removed|annulled|overturned|withdrawn|cancelled|quashed|"
    r"struck\s+down|set\s+aside)|"
    r"(under\s+review|under\s+consideration|deferred|pending|on\s+hold|blocked|being\s+"
    r"considered|being\s+reviewed|expected|planned|proposed))\b"
)


_STRONG_KEYS = ("designat", "proscri", "blacklist", "delist", "de-list")
_DESIGNATED_WORD = re.compile(r"\bdesignated\b")
_LISTISH = re.compile(r"\blist(?:s|ed|ing)?\b|registry|blacklist|\bban\b|\bschedule\b")
_DECLARE = re.compile(r"\b(?:declar|label|classif)")


@dataclass(slots=True)
class _DesigCtx:
    designation: str | None = None
    authority: str | None = None
    active: bool = False
    last_entity: str | None = None
    upcoming: str | None = None
    text: str = ""
    # "OFAC designated three leaders ... as SDGTs. They are A; B; and C.": the action of a
    # designation sentence that named no entity, carried to the next sentence's list.
    pending: str | None = None


def _types_of(s: str, low: str) -> list[str]:
    hit = _TYPES_CACHE.get(s)
    if hit is not None:
        return hit
    out = _types_uncached(s, low)
    if len(_TYPES_CACHE) > 256:
        _TYPES_CACHE.clear()
    _TYPES_CACHE[s] = out
    return out


_TYPES_CACHE: dict[str, list[str]] = {}


def _types_uncached(s: str, low: str) -> list[str]:
    out = []
    for label, keys, rx in _TYPES:
        if any(k in low for k in keys) and rx.search(s):
            out.append(label)
    return out


def _authority_of(
    s: str, mentions: list[Mention], trigger_pos: int, designation: str | None, off: int
) -> str | None:
    for label, rx in _AUTHORITIES:
        if not any(k in s for k in _AUTHORITY_KEYS[label]):
            continue
        m = rx.search(s)
        if m is None:
            continue
        if label == "UK Home Office" and designation not in (
            "proscribed under the UK Terrorism Act 2000",
            None,
            "terrorist organization",
            "sanctions list",
            "UK sanctions list",
        ):
            continue
        if label == "Council of the EU" and designation not in (
            "EU terrorist list",
            None,
            "terrorist organization",
            "sanctions list",
        ):
            continue
        if label == "UN Security Council" and designation not in (
            "UN sanctions list",
            "sanctions list",
        ):
            continue
        if label in ("US State Department", "US Treasury (OFAC)") and designation in (
            "proscribed under the UK Terrorism Act 2000",
            "EU terrorist list",
        ):
            continue
        return label
    if designation in _TYPE_DEFAULT_AUTHORITY:
        return _TYPE_DEFAULT_AUTHORITY[designation]
    before = [
        m for m in mentions if m.start - off < trigger_pos and m.kind in ("country", "metonym")
    ]
    if before:
        return f"Government of {before[0].canonical}"
    # "the Australian government listed ...", "added to Canada's list of ...".
    for m in mentions:
        rel = m.start - off
        if (m.kind == KIND_DEMONYM and rel < trigger_pos and _GOV_AFTER.match(s, m.end - off)) or (
            m.kind == "country" and rel >= trigger_pos and _LIST_OF.match(s, m.end - off)
        ):
            return f"Government of {m.canonical}"
    return None


_GOV_AFTER = re.compile(
    r"\s+(?:government|authorities|cabinet|parliament|(?:interior|home\s+affairs|justice|"
    r"security)\s+(?:ministry|minister|department))\b",
    re.I,
)
_LIST_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:list|register|registry|schedule)\b")


def _clean_entity(name: str) -> str:
    name = re.sub(r"^[Tt]he\s+", "", name.strip())
    name = re.sub(r"^[A-Z][\w-]*-(?:based|born|registered|linked|backed)\s+", "", name)
    name = re.sub(r"\s*\([A-Z][\w\-]{1,12}\)$", "", name)
    words = name.split()
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return " ".join(words).strip(" ,.'’\"“”")


def _entity_ok(name: str, allow_country: bool) -> bool:
    if not name or len(name) < 2 or _NOT_ENTITY.match(name):
        return False
    if not allow_country:
        # "U.S" loses its final stop to the sentence splitter; test it with the stop back.
        for candidate in (name, f"{name}."):
            ms = find_mentions(candidate)
            if ms and ms[0].start == 0 and ms[0].end >= len(candidate) - 2:
                return False
    return not all(w in ("Los", "Las", "El", "La", "Al") for w in name.split())


def _runs(
    s: str, lo: int, hi: int, skip_prep: bool = True
) -> list[tuple[str, int, int, list[str]]]:
    """Capitalised name runs in s[lo:hi] that look like designated entities."""
    out: list[tuple[str, int, int, list[str]]] = []
    pos = lo
    last_skip = -1
    while pos < hi:
        m = _NAME_RUN.search(s, pos, hi)
        if not m:
            break
        start, end = m.start(), m.end()
        name = m.group(0)
        pos = end
        if _DESCRIPTOR_AFTER.match(s, end, hi):
            continue  # "the Montreal street gang Zone Rouge": "Montreal" describes
        before = s[max(lo, start - 16) : start]
        if (
            skip_prep
            and last_skip >= 0
            and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", s[last_skip:start])
        ):
            last_skip = end
            continue
        if (
            skip_prep
            and re.search(
                r"\b(?:in|of|for|from|by|at|on|near|into|through|against|"
                r"over|a|an|to|than|between)\s+$",
                before,
            )
            and not re.search(r"(?:together|along)\s+with\s+$", before)
        ) and not (start - lo <= 3):
            last_skip = end
            continue
        aliases: list[str] = []
        am = _ALIAS.match(s, end)
        if am:
            an = _NAME_RUN.match(s, am.end())
            if an:
                aliases.append(_clean_entity(an.group(0)))
                pos = an.end()
        else:
            ac = _ACRONYM.match(s, end)
            if ac:
                aliases.append(ac.group(1))
                pos = end + ac.end() - 0
        aff = _AFFILIATE.match(s, end)
        if aff:
            cm = re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", s[aff.end() :])
            if cm:
                name = f"{name} {cm.group(0)}"
                pos = aff.end() + cm.end()
        out.append((name, start, end, aliases))
    return out


# A capitalised token followed by a lower-case descriptor and then the name:
# "the Montreal street gang Zone Rouge", "the Turkish national Erol Aksu".
_DESCRIPTOR_NOUNS = (
    r"(?:group|gang|ring|network|collective|faction|organi[sz]ation|movement|militia|cartel|"
    r"charity|company|firm|trader|businessman|businesswoman|national|citizen|cleric|"
    r"financier|operative|outfit|crew|syndicate|wing|affiliate|branch|cell|club|"
    r"brotherhood|front|association|foundation|exchange|business|smuggler|trafficker)"
)
_DESCRIPTOR_AFTER = re.compile(
    rf"\s+(?:(?!(?:and|or|as|of|on|in|to|for|from|by|with|at|the|a|an|its|their|his|her|"
    rf"was|were|is|are|has|have|had|be|been|which|who|that|known|called|leader|chief|head|"
    rf"founder)\b)[a-z][\w-]*\s+){{0,2}}{_DESCRIPTOR_NOUNS}s?\s+(?:the\s+)?[A-Z]"
)
_GENERIC_NAME_TAIL = re.compile(
    r"\s+(?:gang|cartel|crew|group|network|militia|ring|organi[sz]ation|movement|front|"
    r"faction|collective)\b"
)
_APPOSITION_START = re.compile(
    r"(?:a|an|which|who|whose|whom|based|registered|operating|accused|described|"
    r"known|also|its|his|her|their|one|two|both|in|on|at|said|according)\b"
)


def _item_entity(s: str, lo: int, hi: int) -> tuple[str, int, int, list[str]] | None:
    """The entity named by one list element s[lo:hi].

    Descriptors are skipped ("the Sinaloa-linked trafficking network Los
    Halcones del Norte"), "known as" introduces the name ("the extortion ring
    known as the Dhillon crew"), parentheses and "also known as" give aliases,
    and an apposition after the first comma is ignored.
    """
    lead = re.match(r"\s*(?:and\s+|or\s+)?(?:the\s+|a\s+|an\s+)?", s[lo:hi])
    start = lo + (lead.end() if lead else 0)
    cut = re.search(r",\s|\s[—–]\s", s[start:hi])
    head_end = start + cut.start() if cut else hi
    head = s[start:head_end]
    aliases: list[str] = []
    for pm in re.finditer(r"\(([^()]*)\)", head):
        inner = re.sub(
            r"^\s*(?:also\s+|formerly\s+|otherwise\s+)?(?:known\s+as|a\.?k\.?a\.?|called|alias)\s+",
            "",
            pm.group(1),
        )
        inner = re.sub(r"^(?:the|The)\s+", "", inner).strip(" \"“”'")
        if inner and inner[0].isupper():
            aliases.append(inner)
    flat = re.sub(r"\([^()]*\)", lambda x: " " * len(x.group(0)), head)
    am = re.search(
        r"\b(?:also\s+|widely\s+|better\s+)?(?:known(?:\s+to\s+\w+)?\s+as|called|dubbed|"
        r"a\.?k\.?a\.?)\s+[“\"]?(?:the\s+)?",
        flat,
    )
    whole = _ORG_WITH_AND.fullmatch(flat.rstrip())
    if whole and not am:
        return whole.group(0), start, start + whole.end(), aliases
    runs = list(_NAME_RUN.finditer(flat))
    pick = None
    if am:
        before = [r for r in runs if r.end() <= am.start()]
        after = [r for r in runs if r.end() > am.end()]
        if not before and after:
            pick = after[0]  # "the extortion ring known as the Dhillon crew"
        elif after:
            aliases.append(_clean_entity(after[0].group(0)))
        runs = before
    if pick is None:
        for r in reversed(runs):
            rest = flat[r.end() :]
            if re.fullmatch(rf"(?:{_GENERIC_NAME_TAIL.pattern})?[\s\"”'’]*", rest) or (
                am and r.end() <= am.start()
            ):
                pick = r
                break
    if pick is None:
        return None
    name = pick.group(0)
    end = pick.end()
    tail = _GENERIC_NAME_TAIL.match(flat, pick.end())
    if tail and " " not in re.sub(r"^[Tt]he\s+", "", name.strip()):
        name += tail.group(0)
        end = tail.end()
    return name, start + pick.start(), start + end, aliases


# "Al-Hijra Relief and Development Organization": "and" inside one organisation name.
_AND_IN_NAME = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Organi[sz]ation|Foundation|Society|Association|Trust|Fund|"
    r"Company|Services|Trading|Holdings|Institute|Agency|Bureau|Charity|Exchange)"
    r"(?=\s*(?:[,;(.]|$))"
)


_ORG_WITH_AND = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and|&))*?\s+and\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Organi[sz]ation|Foundation|Society|Association|Trust|Fund|"
    r"Company|Services|Trading|Holdings|Institute|Agency|Bureau|Charity|Exchange)"
)


def _list_entities(s: str, lo: int, hi: int) -> list[tuple[str, int, int, list[str]]]:
    """Entities in a list "A, a trader; B; C and D" or "A (also known as X), B and C"."""
    region = s[lo:hi]
    spans: list[tuple[int, int]] = []
    if ";" in region:
        pos = lo
        for part in region.split(";"):
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
    else:
        depth = 0
        cuts = [lo]
        i = lo
        while i < hi:
            ch = s[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and ch == ",":
                nxt = re.match(r",\s*(?:and\s+|or\s+)?", s[i:hi])
                if nxt and not _APPOSITION_START.match(s, i + nxt.end()):
                    cuts.append(i)
            elif (
                depth == 0
                and s.startswith(" and ", i)
                and s[i - 1 : i] != ","
                and not _AND_IN_NAME.match(s, i + 5, hi)
            ):
                cuts.append(i)
            i += 1
        cuts.append(hi)
        spans = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    out = []
    for a, b in spans:
        a = a + (1 if s[a : a + 1] == "," else 0)
        got = _item_entity(s, a, b)
        if got:
            out.append(got)
    return out


_COPULAR_LIST = re.compile(
    r"\b(?:Those|The\s+(?:\w+\s+){0,2}?(?:groups|entities|individuals|people|persons|"
    r"companies|firms|organi[sz]ations|men|networks|targets))\s+(?:named|designated|listed|"
    r"sanctioned|added|targeted|proscribed)(?:\s+\w+){0,3}?\s+(?:are|were|include[ds]?)\s+"
)
# Inverted copula: "Sanctioned were A, a trader; B; and C".
_INVERTED_LIST = re.compile(
    r"(?:^|[:;]\s*)(?:Also\s+|Separately\s+|Today\s+)?(?:Sanctioned|Designated|Listed|Named|"
    r"Targeted|Proscribed|Blacklisted)\s+(?:(?:today|on\s+\w+|this\s+week|alongside\s+them)\s+)?"
    r"(?:were|are)\s+"
)
# Bulletin labels: "- Added: A (alias X), who ...", "Also added: B", "Removed: C".
_LABEL_LIST = re.compile(
    r"^\W{0,3}(?:Also\s+)?(added|listed|designated|sanctioned|proscribed|removed|delisted|"
    r"de-listed|revoked)\s*:\s+",
    re.I,
)
# "took the ... movement Free Life Front off the list": a removal around its object.
_TOOK_OFF = re.compile(
    r"\b(?:took|taken|take|takes|taking|struck|strikes|striking)\s+(?=\S)(.{2,90}?)\s+off\s+"
    r"(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:list|register|registry|blacklist|roster)",
)
# "struck A, a trader, from the list" / "excluded B from its register": removal verbs
# whose object sits between the verb and "from/off the ... list".
_STRUCK_FROM = re.compile(
    r"\b(?:struck|strikes|striking|strike|excluded|excludes|excluding|exclude|deleted|deletes|"
    r"expunged|erased|dropped|drops)\s+(?=[A-Z\"“]|the\s)(.{2,120}?)\s+(?:off|from)\s+"
    r"(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,6}?(?:list|register|registry|blacklist|"
    r"roster)\b"
)
# "... is excluded from the unified list", "were taken off the list": passive removals.
_PASSIVE_REMOVAL = re.compile(
    r"\b(?:is|was|were|are|has\s+been|have\s+been|had\s+been|will\s+be|to\s+be|being)\s+"
    r"(?:formally\s+|officially\s+|also\s+|now\s+)?(?:excluded|struck|taken|dropped|deleted|"
    r"expunged|erased)\s+(?:off|from)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:list|register|registry|blacklist|roster)\b"
)
# A designation sentence whose object is only counted or generic ("three of the group's
# leaders and one money transfer business"), so its names follow in the next sentence.
_COUNTED_OBJECT = re.compile(
    r"\b(?:designat|sanction|list|add|proscrib|blacklist|delist|de-list|remov|nam)\w*\s+"
    r"(?:(?:also|today|on\s+\w+)\s+)?(?:an?\s+(?:further|additional)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|multiple)\b",
    re.I,
)
_REMOVAL_KEYS = (
    "struck",
    "strike",
    "exclud",
    "delet",
    "expung",
    "erased",
    "dropped",
    "drops",
    "taken",
)
_EXAMPLE_KEYS = (
    "including",
    "such as",
    "among them",
    "affiliate",
    "members of",
    "branches of",
    "offshoots of",
    "factions of",
    "allies of",
)
_THEY_LIST = re.compile(
    r"^\W{0,3}(?:They|These|Those(?:\s+(?:named|designated|listed|sanctioned|targeted))?|"
    r"The\s+(?:individuals|entities|men|persons|people|companies|groups|targets)\s+"
    r"(?:named|designated|listed|sanctioned|targeted))\s+(?:are|were|include[ds]?|comprise)"
    r"\s*:?\s+"
)
# "has designated several groups in the past, including affiliates of al-Qaeda": a
# background mention of earlier listings; the examples it cites are not records.
_GENERIC_PAST = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:designated|listed|proscribed|sanctioned|"
    r"blacklisted|banned)\s+(?:several|many|numerous|dozens\s+of|scores\s+of|hundreds\s+of|"
    r"a\s+number\s+of|various|multiple|other|a\s+string\s+of|a\s+series\s+of)\b"
    r"|\b(?:in\s+the\s+past(?:\s+(?:decade|years?))?|over\s+the\s+(?:past\s+|last\s+)?"
    r"(?:years|decades?)|in\s+previous\s+years|in\s+recent\s+years)\b",
    re.I,
)
_EXAMPLE_CUE = re.compile(
    r"\b(?:including|such\s+as|among\s+them|(?:affiliates?|members?|branches|offshoots|"
    r"factions|allies)\s+of)\s+",
    re.I,
)
_LIST_ITEM_END = re.compile(
    r",\s+(?:who|which|whom|whose|that|said|described)\b|\.\s|\.$|"
    r"\s(?:was|were|is|are|has|have|had|remains?|will)\s"
)
# "A, formally called B", "A (alias B)": the item after an alias cue names the same entity.
_ALIAS_GAP = re.compile(
    r"\s*[,(—–]\s*(?:also\s+|otherwise\s+|formerly\s+|better\s+|widely\s+|formally\s+|"
    r"officially\s+|locally\s+|sometimes\s+)?(?:known\s+as|called|a\.?k\.?a\.?|alias|"
    r"(?:who|which)\s+(?:also\s+)?calls?\s+(?:themselves|itself))\s+[“\"]?(?:the\s+)?$"
)
_DECLARE_TYPE_AFTER = re.compile(
    r"\b(?:terrorist|terror|proscribed|specified|banned|extremist|sanction\w*|designated)\b",
    re.I,
)

_FRONTED = re.compile(
    r"\s*(?:(?:Under|In|On|At|With|After|Following|By|Through|As\s+part\s+of)\b[^,]{0,60},\s+|"
    r"(?:Earlier|Separately|Meanwhile|Also|Additionally|Conversely|Today|Yesterday|"
    r"Similarly|Likewise|However)\s*,\s+)"
)


def _inline_antecedent(s: str, pos: int) -> str | None:
    """'a second group, the ... ring Los Zopilotes, ... to add it': the group named here."""
    best = None
    for m in re.finditer(rf"\b{_DESCRIPTOR_NOUNS}\s+((?:the\s+)?[A-Z])", s[:pos]):
        r = _NAME_RUN.match(s, m.start(1))
        if r:
            best = r.group(0)
    return best


def _object_names(s: str, start: int, ctx: _DesigCtx) -> list[tuple[str, int, int, list[str]]]:
    stop = _OBJECT_STOP.search(s, start)
    end = stop.start() if stop else len(s)
    cm = _COREF.match(s[start:end])
    names = []
    if cm:
        ante = _inline_antecedent(s, start) if cm.group(0).lower() in ("it", "them") else None
        if ante or ctx.last_entity:
            names.append((ante or ctx.last_entity, start, start + cm.end(), []))
    names += _runs(s, start, end)
    # "Cártel Jalisco Nueva Generación – Grupo Élite, an armed wing ...": a dash
    # joining two capitalised runs inside one name (not a parenthetical dash).
    if stop and names and s[stop.start() : stop.end()].strip() in ("–", "—"):
        last = names[-1]
        tail = _NAME_RUN.match(s, stop.end())
        if (
            last[2] == stop.start()
            and tail
            and not tail.group(0).startswith(("The ", "the "))
            and re.match(r"\s*(?:,|\(|as\b|$)", s[tail.end() :])
        ):
            names[-1] = (s[last[1] : tail.end()], last[1], tail.end(), last[3])
    # ", alongside the Tren de Aragua gang" / ", and Hafsa Money Transfer" after a stop.
    if stop:
        for more in _AND_MORE.finditer(s, end):
            if more.group(0).lstrip(" ,").startswith("and") and _PREP_NAME_BEFORE.search(
                s, max(0, more.start() - 60), more.start()
            ):
                continue  # "attacks on police posts in Kilifi and Kwale"
            nxt = _OBJECT_STOP.search(s, more.end())
            names += _runs(s, more.end(), nxt.start() if nxt else len(s), skip_prep=False)[:1]
    return names


_LEAD_DESCRIPTOR = re.compile(
    r"\s*(?:and\s+)?(?:the|its|his|her|their|a|an)\s+[a-z][a-z'’\s-]*?,\s+"
)
_ALIAS_CUE = re.compile(r",?\s*(?:also\s+|otherwise\s+)?(?:known\s+as|a\.?k\.?a\.?|alias)\s+")


def _they_items(s: str, lo: int, hi: int) -> list[tuple[str, int, int, list[str]]]:
    """Items of "They are the emir, A, also known as B; a commander, C; and D, a firm"."""
    if ";" not in s[lo:hi]:
        return _list_entities(s, lo, hi)
    out = []
    pos = lo
    for part in s[lo:hi].split(";"):
        a, b = pos, pos + len(part)
        pos = b + 1
        lead = _LEAD_DESCRIPTOR.match(s, a, b)
        got = _item_entity(s, lead.end() if lead else a, b)
        if not got:
            continue
        aliases = list(got[3])
        cue = _ALIAS_CUE.match(s, got[2], b)
        if cue:
            stop = re.search(r",\s+(?:an?|the|who|which|whose|its|his|her)\b", s[cue.end() : b])
            region = s[cue.end() : cue.end() + stop.start() if stop else b]
            for al in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", region):
                al = _clean_entity(al.strip(' "“”'))
                if al and _NAME_RUN.fullmatch(al):
                    aliases.append(al)
        out.append((got[0], got[1], got[2], aliases))
    return out


_PREP_NAME_BEFORE = re.compile(
    r"\b(?:in|at|on|near|from|into|across|between|around|outside|to)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$"
)


def _subject_names(s: str, aux_start: int) -> list[tuple[str, int, int, list[str]]]:
    seg = s[:aux_start]
    # "The Houthis, who call themselves Ansar Allah, have been designated"
    rel = re.search(
        r"(?:^|[,;:]\s*|\bthat\s+)((?:[Tt]he\s+)?[A-Z][^,]*?),\s+(?:who|which)\s+"
        r"[^,]*,\s*$",
        seg,
    )
    if rel:
        return _runs(s, rel.start(1), rel.end(1) + 0, skip_prep=False)[:1] and [
            (
                r[0],
                r[1],
                r[2],
                r[3]
                + [
                    _clean_entity(a.group(0))
                    for a in [
                        re.search(r"(?:themselves|itself|as)\s+(.+?),\s*$", seg[rel.end(1) :])
                    ]
                    if a
                ],
            )
            for r in _runs(s, rel.start(1), rel.end(1), skip_prep=False)[:1]
        ]
    # "Under the order, A (also known as X), B and C were proscribed": a list subject.
    base = 0
    for m in re.finditer(r"[;:]|\s[—–]\s|\b(?:that|said|after|when|while|but)\b", seg):
        base = m.end()
    fr = _FRONTED.match(seg, base)
    if fr:
        base = fr.end()
    region = seg[base:]
    if (fr or re.search(r",\s|\sand\s", region)) and not re.search(
        r"\b(?:was|were|is|are|has|have|had|said|says|who|which|would|will)\b", region
    ):
        items = _list_entities(s, base, aux_start)
        if items and (len(items) >= 2 or fr):
            return items
    lo = 0
    for m in re.finditer(
        r"(?:^|[;:]|\b(?:that|said|after|when|as|while|but)\b|,\s+(?=[a-z]))", seg
    ):
        lo = m.end()
    names = _runs(s, lo, aux_start, skip_prep=True)
    if names and s[names[-1][2] : aux_start].strip(" ,)") == "":
        return names
    return []


def _fix_alias(aliases: list[str]) -> list[str]:
    out = []
    for a in aliases:
        a = re.sub(r"^.*?(?:themselves|itself)\s+", "", a).strip(' ,"“”')
        if a:
            out.append(a)
    return out


_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}$")


def _fuller_name(text: str, entity: str, end: int) -> str | None:
    """First earlier mention of a one-word entity with 1-3 capitalised words before it."""
    i = text.find(entity, 0, end)
    while i >= 0:
        j = i + len(entity)
        if j >= len(text) or not (text[j].isalnum() or text[j] == "_"):
            mm = _CAPS_BEFORE.search(text, max(0, i - 80), i)
            if mm:
                return text[mm.start() : j]
        i = text.find(entity, i + 1, end)
    return None


def _extract_designations(sent: _Sentence, ctx: _DesigCtx) -> list[Designation]:
    s = sent.text
    low = s.lower()
    pending, ctx.pending = ctx.pending, None
    if pending and ctx.designation:
        they = _THEY_LIST.match(s)
        if they:
            return _pending_list(sent, ctx, pending, they.end())
    types = _types_of(s, low)
    specific = [t for t in types if t in _SPECIFIC]
    generic = [t for t in types if t not in _SPECIFIC]
    has_vocab = any(k in low for k in _VOCAB_KEYS) and _VOCAB.search(low)
    if not has_vocab:
        if specific:
            ctx.designation, ctx.active = specific[0], True
        return []
    strong = any(k in low for k in _STRONG_KEYS)
    if not types and not ctx.active and not (ctx.upcoming and strong):
        return []
    if "designated" in low and not specific:
        for m in _DESIGNATED_WORD.finditer(low):
            if _DISTRACTOR_AFTER.match(s[m.end() :]):
                return []
    if any(k in low for k in _NEG_KEYS) and _NEGATED_DESIG.search(s):
        return []
    copular = (
        (_COPULAR_LIST.search(s) or _INVERTED_LIST.search(s))
        if (ctx.active or types) and (" are " in low or " were " in low or " include" in low)
        else None
    )
    label = _LABEL_LIST.match(s) if ":" in s[:30] and (ctx.active or types) else None
    took_off = _TOOK_OFF.search(s) if " off " in low else None
    struck = (
        (_STRUCK_FROM.search(s) or _PASSIVE_REMOVAL.search(s))
        if (" from " in low or " off " in low)
        and (types or ctx.active)
        and any(k in low for k in _REMOVAL_KEYS)
        else None
    )
    listish = (
        "list" in low or "registry" in low or "ban" in low or "schedule" in low
    ) and _LISTISH.search(low)
    if (
        not specific
        and not strong
        and not (listish and (generic or ctx.active))
        and not (generic and _DECLARE.search(low))
        and not copular
        and not label
        and not (took_off and (types or ctx.active))
        and not struck
    ):
        return []

    found: list[tuple[str, int, int, list[str], int, str]] = []
    for m in _NOMINAL.finditer(s) if " of " in low else ():
        for n in _object_names(s, m.end(), ctx):
            found.append((*n, m.start(), "noun"))
    actives = list(_ACTIVE.finditer(s))
    for m in actives:
        verb = m.group(0).strip().lower()
        if verb.startswith(("declar", "label", "classif")) and not _DECLARE_TYPE_AFTER.search(
            s, m.end(), m.end() + 160
        ):
            continue  # "Tehran declared that the deal had terminated"
        if verb.startswith(("took", "taken")):
            continue
        if not _STRONG_VERB.match(verb):
            if verb.startswith(("lift",)):
                continue
            if not (listish or specific or generic):
                continue
            if verb.startswith(("nam", "target", "sanction")) and not (
                specific or "sanction" in low
            ):
                continue
        if (
            verb.startswith(("add", "remov", "plac", "put"))
            and not re.search(
                r"\b(?:to|on|from|onto)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,6}?"
                r"(?:list|registry|register|roster|blacklist|schedule)",
                s[m.end() :],
                re.I,
            )
            and not (ctx.active and re.search(r"\blist\b", low))
        ):
            continue
        for n in _object_names(s, m.end(), ctx):
            found.append((*n, m.start(), verb))
    for m in _BAN_ON.finditer(s) if ("ban on" in low or "sanctions on" in low) else ():
        if (
            re.search(
                r"(?:lift|suspend|overturn|end|scrap)\w*\s+(?:the\s+|its\s+)?$",
                s[max(0, m.start() - 25) : m.start()],
                re.I,
            )
            or specific
            or generic
        ):
            for n in _object_names(s, m.end(), ctx)[:2]:
                found.append((*n, m.start(), "ban"))
    for m in actives:
        aux = _AUX_BEFORE.search(s, max(0, m.start() - 30), m.start())
        if aux:
            for n in _subject_names(s, aux.start()):
                found.append((*n, m.start(), "passive"))
    # "... were designated ..., the ministry said: the white supremacist A and B"
    colon = s.find(":")
    if colon > 0 and (specific or generic or listish or strong):
        trig = next(
            (
                m
                for m in actives
                if m.start() < colon
                and (
                    _STRONG_VERB.match(m.group(0))
                    or m.group(0).lower().startswith(("add", "list", "sanction"))
                )
            ),
            None,
        )
        if trig is not None:
            end = len(s.rstrip(" ."))
            for n in _list_entities(s, colon + 1, end):
                found.append((*n, trig.start(), "colon"))
    if copular:
        for n in _list_entities(s, copular.end(), len(s.rstrip(" ."))):
            found.append((*n, copular.start(), "copular"))
    if label:
        stop = _LIST_ITEM_END.search(s, label.end())
        word = label.group(1).lower()
        mark = (
            "!revoked"
            if word.startswith(("remov", "delist", "de-list", "revok"))
            else "!designated"
        )
        for n in _list_entities(s, label.end(), stop.start() if stop else len(s.rstrip(" ."))):
            found.append((*n, label.start(), mark))
    if took_off:
        for n in _runs(s, took_off.start(1), took_off.end(1), skip_prep=False):
            found.append((*n, took_off.start(), "!revoked"))
    if struck:
        if struck.re is _STRUCK_FROM:
            items = _list_entities(s, struck.start(1), struck.end(1))
        else:
            items = _subject_names(s, struck.start())
            q = None if items else re.search(r"[“\"]([^\"“”]{2,80})[”\"]\s*$", s[: struck.start()])
            if q:
                items = [(q.group(1), q.start(1), q.end(1), [])]
        known = {f[0] for f in found}
        for n in items:
            if n[0] not in known:
                found.append((*n, struck.start(), "!revoked"))
            else:
                found = [(*f[:5], "!revoked") if f[0] == n[0] else f for f in found]
    if found and any(k in low for k in _EXAMPLE_KEYS) and _GENERIC_PAST.search(s):
        cue = _EXAMPLE_CUE.search(s)
        if cue:
            found = [f for f in found if f[1] < cue.start()]
    for m in _POSSESSIVE.finditer(s):
        pre = s[: m.start()]
        cm = re.search(
            r"\b(?:the|its)\s+(?:group|cartel|gang|organi[sz]ation|movement|"
            r"militia|network)$",
            pre,
            re.I,
        )
        if cm and ctx.last_entity:
            found.append((ctx.last_entity, cm.start(), m.start(), [], m.start(), "poss"))
            continue
        run = None
        for r in _NAME_RUN.finditer(s, 0, m.start()):
            if r.end() == m.start():
                run = r
        if run:
            found.append((run.group(0), run.start(), run.end(), [], m.start(), "poss"))

    # "Ismail and Yunus Patel": a bare given name shares the next item's surname.
    for i in range(len(found) - 1):
        name, st, en, al, trig, verb = found[i]
        nxt = found[i + 1]
        if (
            " " not in name.strip()
            and len(nxt[0].split()) == 2
            and re.fullmatch(r"\s+and\s+", s[en : nxt[1]])
        ):
            found[i] = (f"{name} {nxt[0].split()[-1]}", st, en, al, trig, verb)
    # "The Houthi movement, formally called Ansar Allah, was designated": one entity.
    merged: list[tuple[str, int, int, list[str], int, str]] = []
    for item in sorted(found, key=lambda f: f[1]):
        if merged and merged[-1][2] < item[1] and _ALIAS_GAP.fullmatch(s, merged[-1][2], item[1]):
            head = merged[-1]
            alias = _clean_entity(item[0])
            if alias and alias not in head[3]:
                merged[-1] = (head[0], head[1], head[2], [*head[3], alias], head[4], head[5])
            continue
        merged.append(item)
    if len(merged) < len(found):
        found = merged
    if specific:
        ctx.designation, ctx.active = specific[0], True
    elif generic:
        ctx.active = True
    out: list[Designation] = []
    seen: set[str] = set()
    for name, _start, _end, aliases, trig, _verb in found:
        entity = _clean_entity(name)
        if " " not in entity and ctx.text:
            full = _fuller_name(ctx.text, entity, sent.start)
            if full and not _NOT_ENTITY.match(full.split()[0]):
                entity = _clean_entity(full)
        allow_country = "State Sponsor of Terrorism" in specific
        if not _entity_ok(entity, allow_country) or entity.lower() in seen:
            continue
        seen.add(entity.lower())
        near = s[max(0, trig - 80) : trig + 12]
        pred = _NOMINAL_PREDICATE.match(s, _end) if _verb == "noun" else None
        if _verb.startswith("!"):
            action = _verb[1:]
        elif pred and pred.group(1):
            action = "revoked"
        elif pred and pred.group(2):
            action = "proposed"
        elif _REVOKE.search(s[max(0, trig - 60) : trig + 30]):
            action = "revoked"
        elif _PRESSURE.search(near) and not re.search(r"\bask\w*\b|request", near, re.I):
            continue
        elif _PROPOSE.search(near):
            action = "proposed"
        else:
            action = "designated"
        if specific:
            labels = list(specific)
        elif "sanctions list" in generic or "listed terrorist entity" in generic:
            labels = [g for g in generic if g != "terrorist organization"]
        else:
            labels = [ctx.designation or ctx.upcoming or (generic[0] if generic else None)]
        # FTO + SDGT stated together are two listings; otherwise one record.
        if not (
            set(labels)
            >= {"Foreign Terrorist Organization", "Specially Designated Global Terrorist"}
        ):
            labels = labels[:1]
        for label in labels:
            authority = _authority_of(s, sent.mentions, trig, label, sent.start)
            if authority is None and ctx.authority:
                authority = ctx.authority
            if label == "sanctions list":
                label = _SANCTIONS_BY_AUTHORITY.get(authority or "", "sanctions list")
            out.append(
                Designation(
                    entity,
                    label,
                    authority,
                    action,
                    _fix_alias([a for a in aliases if a and a.lower() != entity.lower()]),
                    s,
                    sent.start,
                    sent.end,
                )
            )
        ctx.last_entity = entity
    if out:
        ctx.authority = out[-1].authority
    else:
        auth = _authority_of(
            s, sent.mentions, len(s), specific[0] if specific else None, sent.start
        )
        if auth and not auth.startswith("Government of"):
            ctx.authority = auth
        counted = _COUNTED_OBJECT.search(s) if (strong or specific) else None
        if counted and not _GENERIC_PAST.search(s):
            near = s[max(0, counted.start() - 60) : counted.end()]
            if _REVOKE.search(near) or counted.group(0).lower().startswith(
                ("delist", "de-list", "remov")
            ):
                ctx.pending = "revoked"
            elif _PROPOSE.search(near):
                ctx.pending = "proposed"
            else:
                ctx.pending = "designated"
    return out


def _pending_list(sent: _Sentence, ctx: _DesigCtx, action: str, lo: int) -> list[Designation]:
    """Records for the names listed after a designation sentence that named none."""
    s = sent.text
    out: list[Designation] = []
    seen: set[str] = set()
    for name, _a, _b, aliases in _they_items(s, lo, len(s.rstrip(" ."))):
        entity = _clean_entity(name)
        if not _entity_ok(entity, False) or entity.lower() in seen:
            continue
        seen.add(entity.lower())
        out.append(
            Designation(
                entity,
                ctx.designation,
                ctx.authority,
                action,
                _fix_alias([a for a in aliases if a and a.lower() != entity.lower()]),
                s,
                sent.start,
                sent.end,
            )
        )
        ctx.last_entity = entity
    return out


# --------------------------------------------------------------------------- #
# Agreements
# --------------------------------------------------------------------------- #

_AGR_NOUN = re.compile(
    r"\b(?:(?i:agreements?|treat(?:y|ies)|accords?|pacts?|deals?|memorand(?:um|a)\s+of\s+"
    r"understanding)|MoUs?|MOUs?|(?:Extended|Rapid)\s+(?:Fund|Credit|Financing)\s+Facility|"
    r"Stand-?By\s+Arrangement|Resilience\s+and\s+Sustainability\s+Facility|"
    r"Flexible\s+Credit\s+Line|(?:IMF|Fund)(?:-backed|-supported)?\s+(?:loan\s+)?"
    r"(?:programmes?|programs?|bailout|arrangement|facility)|bailout|"
    r"[A-Z][\w-]*\s+(?:Convention|Protocol|Compact|Charter|Partnership|Framework)|"
    r"Convention(?=\s+on\s+[A-Z])|(?i:exchange\s+of\s+notes|customs\s+union)|"
    r"(?i:arrangement|protocols?)|"
    r"(?i:cease-?fires?|truces?|armistices?)|Plan\s+of\s+Action|"
    r"(?i:road-?map)(?=\s+(?:for|to|on|towards?)\s+(?:peace|a\s+settlement|normali[sz]ation)|"
    r"\s+(?:that|which)\b|\s+(?:has|had|was|is)\b))\b",
)
_AGR_TRIGGER = re.compile(
    r"agreement|treat|accord|pact|deal|memorand|\bMoU|Facility|Arrangement|programme|"
    r"program|bailout|Convention|Protocol|Compact|Charter|Framework|Partnership|exchange\s+of\s+notes|"
    r"customs\s+union",
    re.I,
)
_AGR_BLACKLIST = re.compile(
    r"\b(?:plea|merger|acquisition|takeover|buyout|licen[cs]ing|sponsorship|wage|pay|salary|"
    r"collective|bargaining|settlement|coalition|debate|debates|prenuptial|"
    r"lease|record|book|tv|broadcast|streaming|transfer\s+fee|non-disclosure|confidentiality|"
    r"shareholder|bonus|severance|franchise|sponsor|rights|"
    r"distribution|content|publishing|endorsement|power-sharing|budget|spending|"
    r"cooperation\s+agreement\s+between\s+the\s+(?:departments|ministries|agencies)|"
    r"customer|client|vendor|procurement|contract|settlement|custody|divorce|loan\s+agreement"
    r"\s+with\s+(?:a|the)\s+bank|stock|share|gas\s+supply|oil\s+supply|energy\s+supply|"
    r"streaming|catering|immunity|cooperation\s+deal\s+with\s+prosecutors|"
    r"tacit|verbal|gentleman['’]s|in\s+agreement|commercial|mutual\s+agreement|"
    r"security\s+arrangements|financing\s+arrangements|customs\s+arrangements)\b",
    re.I,
)
_AGR_DOMESTIC = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:\w+\s+){0,5}?(?:Departments?|Ministr(?:y|ies)|agencies|agency|"
    r"departments|Office|police|army|prosecutors|provinces|states|parties|campaigns|unions|"
    r"companies|firms)\b|\binter-?agency\b|\bcompan(?:y|ies)\b|\bfirms?\b|\bcorporation\b|"
    r"\b(?:Inc|Corp|Ltd|LLC|PLC|AG|GmbH)\b|\bshareholders\b|\bprosecutors\b|\bcourt\b|"
    r"\bjudge\b|\bdefendant\b|\bcampaigns?\b|\bcandidates?\b|\bunions?\b|\bstrikers\b",
)
_GENERIC_MOD = {
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "any",
    "such",
    "similar",
    "possible",
    "potential",
    "proposed",
    "new",
    "so-called",
    "final",
    "historic",
    "landmark",
    "long-awaited",
    "controversial",
    "existing",
    "formal",
    "broader",
    "broad",
    "comprehensive",
    "draft",
    "bilateral",
    "first",
    "second",
    "major",
    "key",
    "planned",
    "eventual",
    "initial",
    "preliminary",
    "tentative",
    "revised",
    "updated",
    "current",
    "previous",
    "former",
    "interim",
    "original",
    "one",
    "two",
    "same",
    "other",
    "another",
    "no",
    "big",
    "larger",
    "wider",
    "separate",
    "fresh",
    "signed",
    "much-anticipated",
    "anticipated",
    "binding",
    "non-binding",
    "legally",
    "reported",
    "informal",
    "expanded",
    "amended",
    "10-year",
    "five-year",
    "three-year",
    "year",
    "old",
    "decades-old",
    "-",
    "and",
    "or",
    "of",
    "to",
    "with",
    "on",
    "for",
    "in",
    "reach",
    "sign",
    "signing",
    "what",
    "which",
    "every",
    "each",
    "whole",
    "entire",
    "said",
    "agreed",
    "struck",
    "reached",
    "negotiated",
    "is",
    "was",
    "be",
    "as",
    "by",
    "under",
    "at",
    "from",
    "about",
    "over",
    "whose",
    "could",
    "would",
    "will",
    "not",
    "s",
    "recent",
    "latest",
    "last",
    "next",
    "upcoming",
    "multibillion-dollar",
    "billion-dollar",
    "billion",
    "million",
    "trillion",
    "worth",
    "renewed",
}
_NAME_STOP = re.compile(
    r"\b(?:that|which|who|with|between|and|by|in|at|as|from|after|before|signed|was|were|is|"
    r"are|would|will|could|has|had|have|but|while|under|since|until|because|if|when|amid|"
    r"during|for|remains?|remained|expired|lapsed|entered|took|came|may|might|must|can|"
    r"should)\b|[,.;:()“”\"—–]",
    re.I,
)
_STATUS_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "ruled_out",
        re.compile(
            r"\bno\s+(?:current\s+|immediate\s+|concrete\s+|such\s+)?plans?\b|\bruled?\s+out\b|"
            r"\bruling\s+out\b|\breject(?:s|ed|ing)?\b(?!\s+(?:asylum|applicants|claims|migrants))|\brefus(?:e|es|ed|ing)\b|"
            r"\bdeclin(?:e|es|ed|ing)\s+to\b|\bwill\s+not\s+(?:sign|join|negotiate|pursue|seek)|"
            r"\bwon['’]t\s+(?:sign|join|negotiate|pursue|seek)|\bnot\s+(?:seeking|pursuing|"
            r"interested|considering)|\bno\s+intention\b|\bdismiss(?:ed|es)?\b|"
            r"\boff\s+the\s+table\b|\bnot\s+on\s+the\s+table\b|"
            r"\bwould\s+not\s+(?:sign|join|negotiate|pursue|seek)|\bwouldn['’]t\s+sign|\bno\s+(?:such\s+)?(?:deal|"
            r"agreement)\s+(?:is|was)\s+(?:planned|envisaged)|\bnot\s+(?:be\s+)?(?:part\s+of|"
            r"join)",
            re.I,
        ),
    ),
    (
        "terminated",
        re.compile(
            r"\bwithdr[ae]w\w*\s+from|\bwithdraw(?:s|ing|al)?\s+from|\bpull(?:ed|s|ing)?\s+out\s+of|"
            r"\bexit(?:ed|s|ing)?\b|\bquit\b|\bterminat\w+|\bscrap(?:s|ped|ping)?\b|"
            r"\btore\s+up|\btear(?:s|ing)?\s+up|\bannul\w*|\babrogat\w+|\bcancel\w*|"
            r"\bexpired\b|\blaps(?:ed|e)\b|\bnull\s+and\s+void\b|\babandon\w*|\bleft\s+(?:the\s+)?(?=[A-Z])|\brenounc\w+|\bdenounc\w+|\bno\s+longer\s+in\s+"
            r"(?:force|effect)",
            re.I,
        ),
    ),
    (
        "suspended",
        re.compile(
            r"\bsuspend\w*|\bsuspension\b|\bpaus(?:e|ed|es|ing)\b|\bon\s+hold\b|\bfro(?:ze|zen)\b|"
            r"\bon\s+ice\b|\bshelv(?:e|ed|es|ing)\b|"
            r"\bfreez\w+|\bhalt(?:s|ed|ing)?\b|"
            r"\bresum(?:e|es|ed|ing|ption)\s+(?:of\s+)?(?:implement\w*|(?:the\s+)?implementation)",
            re.I,
        ),
    ),
    (
        "in_force",
        re.compile(
            r"\bratif\w+|\b(?:enter(?:ed|s)?|came|come|comes|coming|went|go|goes|put)\s+into\s+"
            r"(?:force|effect)|\btook\s+effect|\btakes?\s+effect|\bin\s+(?:force|effect)\b|"
            r"\bimplement(?:ed|ing|ation)\b|\bexisting\b|\bcurrently\s+in\s+place|"
            r"\bhas\s+been\s+in\s+place|\bremains\s+in\s+place|\bunder\s+the\s+(?:terms\s+of\s+)?",
            re.I,
        ),
    ),
    (
        "signed",
        re.compile(
            r"\bsign(?:s|ed|ing)?\b(?!\s+up)|\binked\b|\bseal(?:s|ed)\b|\bclinch(?:ed|es)\b|"
            r"\bconclud(?:ed|es)\b|\bstruck\b|\breach(?:ed|es)\b|\bfinali[sz]ed\b|"
            r"\bagreed\s+(?:on|to|a|an|the)\b|\b(?:has|have)\s+agreed|\bapprov(?:ed|es)\b|"
            r"\bendors(?:ed|es)\b|\badopted\b",
            re.I,
        ),
    ),
    (
        "negotiating",
        re.compile(
            r"\bnegotiat\w+|\btalks\b|\bfinal\s+stages?|\bnot\s+(?:yet\s+)?(?:\d+\s+percent\s+|"
            r"fully\s+|quite\s+)?(?:finished|final|complete|completed|done|finali[sz]ed)|"
            r"\bworking\s+(?:to|on|toward|towards)\b|\bupdat\w+|\brenegotiat\w+|\brevis(?:e|ing)\b|"
            r"\bamend(?:ing)?\b|\bdiscuss\w*|\bnear(?:ing|ly)?\b|\bclose\s+to\b|"
            r"\bhammer\w*\s+out|\bfinali[sz](?:e|ing)\b|\bin\s+the\s+works|\bprogress\b|"
            r"\bbargain\w*|\bmoderni[sz]\w+|\bestablish(?:ing)?\b|\bpursu(?:e|ing)\b|"
            r"\bwork(?:s|ed)?\s+out|\bstaff-level\b|\bdraft(?:ing)?\b|\bround\s+of\b|"
            r"\bexpected\s+to\s+(?:be\s+)?sign|\bset\s+to\s+sign|"
            r"\byet\s+to\s+be\s+(?:finali[sz]ed|agreed|concluded)|\bfinal\s+(?:form|text|draft)\b|"
            r"\ball\s+but\s+(?:\w+\s+){0,2}(?:chapters?|issues?|points?|clauses?)\b|"
            r"\boutstanding\s+(?:issues|points|chapters|differences)\b|\bsticking\s+points?\b",
            re.I,
        ),
    ),
    (
        "proposed",
        re.compile(
            r"\bpropos\w+|\boffer(?:s|ed|ing)?\b|\bfloat(?:s|ed|ing)?\b|\bsuggest\w*|"
            r"\bcall(?:s|ed|ing)?\s+for\b|\bseek(?:s|ing)?\b|\bsought\b|\bpush(?:es|ed|ing)?\s+for|"
            r"\bplan(?:s|ned)?\b|\bconsider\w*|\bidea\b|\bpossible\b|\bpotential\b|\benvisag\w+|"
            r"\bwants?\b(?!\s+to\s+(?:sign|conclude|finali\w+|seal|complete))|"
            r"\bhop(?:e|es|ed|ing)\b(?!\s+to\s+(?:sign|conclude|finali\w+|seal|complete|wrap))|"
            r"\bpitch(?:ed|es)?\b|\bput\s+forward",
            re.I,
        ),
    ),
]
_SIGN_MODAL = re.compile(
    r"\b(?:will|would|shall|expected\s+to|set\s+to|plan(?:s|ned)?\s+to|hope(?:s|d)?\s+to|"
    r"aim(?:s|ed)?\s+to|ready\s+to|close\s+to|near(?:ing)?|could|may|might|to\s+be|yet\s+to|"
    r"not\s+yet|has\s+not|have\s+not|hasn['’]t|haven['’]t|did\s+not|didn['’]t|not|before|once|"
    r"if|until|want(?:s|ed)?\s+to|seek(?:s|ing)?\s+to|intend(?:s|ed)?\s+to|must|needs?\s+to|"
    r"pending|awaiting|awaits|in\s+order\s+to|would\s+be|is\s+to|are\s+to|to)\s+"
    r"(?:(?:\w+\s+){0,2}?)$",
    re.I,
)
_NOT_YET = re.compile(
    r"\b(?:not\s+yet|yet\s+to|has\s+not|have\s+not|hasn['’]t|haven['’]t|never|not)\s+"
    r"(?:\w+\s+){0,2}?$",
    re.I,
)
_RANK = {
    "proposed": 1,
    "negotiating": 2,
    "ruled_out": 3,
    "signed": 4,
    "in_force": 5,
    "suspended": 6,
    "terminated": 7,
}
_RENEGOTIATE = re.compile(
    r"\b(?:updat\w+|renegotiat\w+|revis(?:e|ing)|amend(?:ing)?|"
    r"moderni[sz]\w+|overhaul\w*)\b",
    re.I,
)
_PAIR = re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|nations|governments|sides|"
    r"neighbou?rs|states|capitals|allies)\b|\bbilateral\b",
    re.I,
)
_TRUCE_HEAD = re.compile(r"(?i:cease-?fires?|truces?|armistices?)$")
_BETWEEN = re.compile(
    r"\bbetween\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?:\s*\([^()]{1,15}\))?"
    r"\s+and\s+"
    r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_BETWEEN_GOV = re.compile(r"between\s+the\s+government\s+and\s+((?:the\s+)?[A-Z][\w'’-]*)")
_THE_COUNTRY = re.compile(r"\b(?:the|that)\s+(?:country|nation)\b(?!['’]s\s+capital)", re.I)
_ANAPHOR = re.compile(
    r"\b(?:the|this|that)\s+(?:[A-Z][\w.]*(?:\s*[–/-]\s*[A-Z][\w.]*)+\s+)?"
    r"(?:agreement|deal|treaty|accord|pact|MoU|"
    r"memorandum|arrangement|programme|program)\b(?!\s+(?:on|to|for)\s)",
    re.I,
)


# Substrings without which a rule cannot match (cheap gates; None = always run).
_STATUS_KEYS: dict[str, tuple[str, ...]] = {
    "ruled_out": (
        "no ",
        "rul",
        "reject",
        "refus",
        "declin",
        "not ",
        "won",
        "dismiss",
        "off the",
        "wouldn",
    ),
    "terminated": (
        "withdr",
        "pull",
        "exit",
        "quit",
        "terminat",
        "scrap",
        "tore",
        "tear",
        "annul",
        "abrogat",
        "cancel",
        "expired",
        "lapsed",
        "abandon",
        "renounc",
        "denounc",
        "no longer",
        "left",
        "lapse",
        "void",
    ),
    "suspended": ("suspen", "paus", "hold", "froze", "freez", "halt", "on ice", "shelv", "resum"),
    "in_force": (
        "ratif",
        "into",
        "effect",
        "force",
        "implement",
        "existing",
        "in place",
        "under",
    ),
}
_RULE_ORDER = {name: i for i, (name, _rx) in enumerate(_STATUS_RULES)}


def _status_of(clause: str, rel: int, length: int = 0) -> str | None:
    """Status cue in ``clause``; ``rel`` is the agreement mention's offset in it.

    Every cue is judged under its own modality (a future or negated "sign" is
    still negotiating); among the cues found, the one closest to the agreement
    mention wins ("proposed a truce ..., to be followed by talks" -> proposed),
    ties going to the earlier rule.  An agreement that expired and "will not
    be renewed" is terminated, not ruled out.
    """
    found: list[tuple[int, int, str]] = []
    end = rel + length
    low = clause.lower()
    not_in_force = False
    for order, (status, rx) in enumerate(_STATUS_RULES):
        if found and order >= 2 and any(f[2] not in ("negotiating", "proposed") for f in found):
            break  # a strong cue is already decided by rule order
        keys = _STATUS_KEYS.get(status)
        if keys is not None and not any(k in low for k in keys):
            continue
        for m in rx.finditer(clause):
            got = status
            if status == "signed":
                before = clause[max(0, m.start() - 40) : m.start()]
                if _SIGN_MODAL.search(before):
                    got = "negotiating"
            if status == "in_force":
                before = clause[max(0, m.start() - 40) : m.start()]
                if re.search(r"\bnever\s+(?:been\s+)?$", before):
                    got = "signed"  # "signed in 2009, were never ratified"
                    not_in_force = True
                elif _SIGN_MODAL.search(before) and not re.search(
                    r"\bhas\s+been\s+in|\bunder", m.group(0)
                ):
                    got = "signed"
                    if _NOT_YET.search(before):
                        not_in_force = True
                if m.group(0).lower().startswith("under") and not (0 <= rel - m.end() <= 40):
                    continue
            # "rejected the idea" only when the agreement is what is rejected.
            if (
                status == "ruled_out"
                and m.group(0).lower().startswith(("reject", "refus", "declin", "dismiss"))
                and abs(m.start() - rel) > 120
            ):
                continue
            if m.end() <= rel:
                dist = rel - m.end()
            elif m.start() >= end:
                dist = m.start() - end
            else:
                dist = 0
            found.append((dist, order, got))
    if not found:
        return None
    if not_in_force:
        # "ratified by two parliaments but has not yet entered into force": signed.
        found = [(d, o, "signed" if g == "in_force" else g) for d, o, g in found]
    statuses = {f[2] for f in found}
    if "terminated" in statuses and "ruled_out" in statuses:
        return "terminated"
    # Rule order decides; only between the two weak cues (negotiating vs
    # proposed) does proximity to the mention decide.
    first = min(found, key=lambda f: (f[1], f[0]))
    if first[2] in ("negotiating", "proposed"):
        weak = [f for f in found if f[2] in ("negotiating", "proposed") and _RULE_ORDER[f[2]] >= 5]
        if weak:
            return min(weak)[2]
    return first[2]


# The complement that completes a generic name ("memorandum of understanding ...
# on sea access"), possibly after the parties ("with Somaliland", "between the
# two countries") and a date ("on Wednesday", "in 2001"), which are not part of it.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NAME_COMPLEMENT = re.compile(
    r"(?:\s+between\s+(?:the\s+two\s+(?:countries|sides|governments|nations|neighbours)\b|"
    r"[^,;]{3,60}?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?"
    r"(?:\s+with\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)?"
    rf"(?:\s+(?:on|last|this)\s+(?:{_WEEKDAY}|week|month|year))?"
    rf"\s+(?:on|to|over|covering|regarding)\s+(?!{_WEEKDAY}\b|(?:the\s+)?(?:project|plan|"
    r"issue|matter|deal|agreement|sidelines|same\s+day|day)\b)"
)
_SPONSOR_MOD = re.compile(r"-(?:backed|brokered|mediated|sponsored|led|supported|drafted)$")


def _agreement_name(s: str, noun: re.Match[str]) -> tuple[str | None, bool]:
    """Return (name, is_named) for the agreement noun match in sentence ``s``."""
    head = noun.group(0)
    start = noun.start()
    sof = re.search(
        r"\b((?:status|exchange)\s+of\s+(?:visiting\s+)?(?:forces|notes))\s+$", s[:start], re.I
    )
    if sof and head[0].islower():
        return f"{sof.group(1)} {head}", False
    s = re.sub(r"[“”\"]", " ", s)  # 'a "return hub" arrangement'
    tokens = list(re.finditer(r"[\w'’.-]+(?:\s+(?:of|and|for|on)\s+(?=[A-Z]))?|\S", s[:start]))
    pre: list[str] = []
    named = head[0].isupper() and not head.startswith(("MoU", "MOU", "IMF", "Fund"))
    # Walk back over modifiers.
    for t in reversed(tokens):
        w = t.group(0)
        wl = w.lower().strip()
        if re.match(r"(?:Talks|Negotiations|Discussions)\b", w):
            break  # "Talks on Turkey's customs union": not part of the name
        if named or (w[:1].isupper() and len(pre) < 6):
            if re.fullmatch(r"[A-Z0-9][\w'’.-]*(?:\s+(?:of|and|for|on)\s+)?", w) and not re.match(
                r"(?:The|A|An|This|That|Its|His|Her|Their|On|In|Under)\b", w
            ):
                pre.insert(0, w.strip())
                named = True
                continue
            if named:
                break
        if wl in _GENERIC_MOD or not re.fullmatch(r"[a-z][a-z-]*", wl) or len(pre) >= 4:
            break
        if wl.endswith(("ly",)) or wl in {"said", "says", "would", "could"}:
            break
        pre.insert(0, w)
    # Drop leading party names: "US-Ecuador extradition treaty" -> "extradition treaty",
    # but keep a place that *is* the name ("Paris Agreement", "Minsk agreements").
    while (
        len(pre) > (1 if head[0].isupper() else 0)
        and find_mentions(pre[0])
        and all(
            find_mentions(part) and find_mentions(part)[0].kind != KIND_BODY
            for part in re.split(r"[-–/]", pre[0])
            if part
        )
    ):
        pre.pop(0)
        named = any(p[:1].isupper() for p in pre)
    # "the United Nations-backed roadmap", "a Qatar-mediated truce": the sponsor is
    # not part of the name.
    for i, p in enumerate(pre):
        if _SPONSOR_MOD.search(p):
            pre = pre[i + 1 :]
            named = any(q[:1].isupper() for q in pre) or head[0].isupper()
            break
    if named and pre and all(p[:1].isupper() for p in pre):
        name = " ".join([*pre, head])
        return re.sub(r"\s+", " ", name), True
    post = ""
    pm = _NAME_COMPLEMENT.match(s, noun.end())
    if pm:
        rest = s[pm.end() :]
        stop = _NAME_STOP.search(rest)
        words = rest[: stop.start() if stop else len(rest)].split()[:8]
        prep = pm.group(0).split()[-1]
        if words and (prep != "to" or len(words) >= 2):
            post = prep + " " + " ".join(words)
    pre_l = [p for p in pre if p.lower() not in _GENERIC_MOD]
    if not pre and not post and re.fullmatch(r"[A-Z][\w-]+\s+[A-Z]\w+", head):
        return head, True  # "Ottawa Convention", "Istanbul Convention"
    if not pre_l and not post:
        if head.lower().startswith(
            (
                "memorand",
                "mou",
                "imf",
                "fund",
                "extended",
                "stand",
                "rapid",
                "resilience",
                "flexible",
                "bailout",
                "ceasefire",
                "cease-fire",
                "truce",
                "armistice",
                "customs",
            )
        ):
            return head, True
        return None, False
    name = " ".join([*pre_l, head] + ([post] if post else []))
    return re.sub(r"\s+", " ", name).strip(), False


def _norm_key(name: str) -> str:
    from summarizer.consolidate import agreement_key

    return agreement_key(name)


@dataclass(slots=True)
class _AgrState:
    name: str
    parties: list[str]
    status: str | None
    renegotiating: bool
    evidence: str
    start: int
    end: int
    named: bool
    last_sentence: int = 0


# Non-state parties to truces, roadmaps and talks (agreement parties only; they are
# not places, so the gazetteer does not carry them).
_GROUPS = (
    ("Houthis", r"Houthis|Houthi\s+movement|Houthi\s+rebels|Ansar\s+Allah"),
    ("Hamas", r"Hamas"),
    ("Hezbollah", r"Hezbollah|Hizbollah"),
    ("Taliban", r"(?:the\s+)?Taliban"),
    ("ELN", r"ELN|Ejército\s+de\s+Liberación\s+Nacional|National\s+Liberation\s+Army"),
    ("FARC", r"FARC"),
    ("M23", r"M23"),
    ("Rapid Support Forces", r"Rapid\s+Support\s+Forces|RSF"),
    ("PKK", r"PKK|Kurdistan\s+Workers['’]?\s+Party"),
    ("Syrian Democratic Forces", r"Syrian\s+Democratic\s+Forces|SDF"),
    ("Polisario Front", r"Polisario(?:\s+Front)?"),
)
_GROUP_RX = re.compile(
    r"\b(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (_n, rx) in enumerate(_GROUPS)) + r")\b"
)
_THE_GOVERNMENT = re.compile(r"\b(?:the|its)\s+government\b", re.I)


_GROUP_KEYS = (
    "Houthi",
    "Ansar",
    "Hamas",
    "Hezbollah",
    "Hizbollah",
    "Taliban",
    "ELN",
    "Ejército",
    "Liberation",
    "FARC",
    "M23",
    "Rapid Support",
    "RSF",
    "PKK",
    "Kurdistan",
    "SDF",
    "Syrian Democratic",
    "Polisario",
)


def _group_parties(s: str, lo: int, hi: int) -> list[str]:
    out: list[str] = []
    if not any(k in s for k in _GROUP_KEYS):
        return out
    for m in _GROUP_RX.finditer(s, lo, hi):
        name = _GROUPS[int(m.lastgroup[1:])][0]
        if name not in out:
            out.append(name)
    return out


def _resolve_parties(
    sent: _Sentence,
    idx: int,
    sentences: list[_Sentence],
    salience: Counter[str],
    clause_lo: int,
    clause_hi: int,
) -> list[str]:
    s = sent.text
    off = sent.start
    parties: list[str] = []
    for m in sent.mentions:
        if (
            m.kind in _PARTY_KINDS
            and clause_lo <= m.start - off <= clause_hi
            and m.canonical not in parties
        ):
            parties.append(m.canonical)
    groups = _group_parties(s, clause_lo, clause_hi)
    if groups:
        # "the government and the Houthis": the government is the article's focus state.
        if _THE_GOVERNMENT.search(s) and not any(
            m.kind in ("country", "metonym") for m in sent.mentions
        ):
            for c, _ in salience.most_common(1):
                parties.insert(0, c)
        for g in groups:
            if g not in parties:
                parties.append(g)
    if len(parties) < 2:
        bm = _BETWEEN.search(s, clause_lo, clause_hi)
        if bm:
            for raw in (bm.group(1), bm.group(2)):
                name = re.sub(r"^[Tt]he\s+", "", raw.strip())
                canon = normalize(name) if find_mentions(name) else None
                name = canon or name
                if name not in parties:
                    parties.append(name)
    if _THE_COUNTRY.search(s) or _PAIR.search(s):
        recent: Counter[str] = Counter()
        for j in range(max(0, idx - 3), idx + 1):
            for m in sentences[j].mentions:
                if m.kind in ("country", "metonym"):
                    recent[m.canonical] += salience[m.canonical]
        ranked = [c for c, _ in recent.most_common()]
        want = 2 if _PAIR.search(s) else 1
        for c in ranked[:want]:
            if c not in parties:
                parties.append(c)
    return parties


def _extract_agreements(
    sentences: list[_Sentence], salience: Counter[str], trigger_idx: list[int]
) -> list[Agreement]:
    states: dict[str, _AgrState] = {}
    order: list[str] = []
    last_named: str | None = None
    last_pair: list[str] = []
    for idx, sent in enumerate(sentences):
        countries = []
        for m in sent.mentions:
            if m.kind in ("country", "metonym") and m.canonical not in countries:
                countries.append(m.canonical)
        if idx not in trigger_idx:
            if len(countries) >= 2:
                last_pair = countries[:2]
            continue
        s = sent.text
        handled_anaphor = False
        prev_noun_end = -1
        nouns = list(_AGR_NOUN.finditer(s))
        for ni, noun in enumerate(nouns):
            if prev_noun_end >= 0 and not s[prev_noun_end : noun.start()].strip():
                continue  # "Extended Credit Facility arrangement": one name
            if _NOT_A.search(s, max(0, noun.start() - 40), noun.start()):
                prev_noun_end = noun.end()
                continue  # "the document is not a peace deal"
            name, named = _agreement_name(s, noun)
            lo, hi = _clause_bounds_agr(s, noun.start())
            lo, hi = max(lo, noun.start() - 110), min(hi, noun.end() + 110)
            if ni + 1 < len(nouns) and nouns[ni + 1].start() > noun.end() + 1:
                # Cues after the next agreement noun are that agreement's own.
                hi = min(hi, nouns[ni + 1].start())
            clause = s[lo:hi]
            status = _status_of(clause, noun.start() - lo, noun.end() - noun.start())
            # "The MoU under which ..., signed in 2024 ..., has been shelved": the main
            # predicate after a long subject decides.
            pm = _PREDICATE.search(s, noun.end(), noun.end() + 260)
            if pm and ";" not in s[noun.end() : pm.start()]:
                pred_status = _status_of(pm.group(0), 0)
                if pred_status is not None:
                    status = pred_status
            if prev_noun_end >= 0 and re.fullmatch(
                r",\s+(?:an?|the)\s+[^,;]{0,50}", s[prev_noun_end : noun.start()]
            ):
                prev_noun_end = noun.end()
                continue  # appositive restating the agreement just named
            prev_noun_end = noun.end()
            if name is None:
                # Definite anaphor: "the deal" -> latest named agreement.
                am = _ANAPHOR.search(s, max(0, noun.start() - 40), noun.end())
                if am and am.end() != noun.end():
                    am = None
                if (
                    am
                    and last_named
                    and last_named in states
                    and not handled_anaphor
                    and (idx - states[last_named].last_sentence <= 3)
                ):
                    handled_anaphor = True
                    st = states[last_named]
                    _merge_status(st, status, clause)
                    st.last_sentence = idx
                continue
            if _AGR_BLACKLIST.search(name) or _AGR_BLACKLIST.search(
                s[max(0, noun.start() - 30) : noun.start()]
            ):
                continue
            if (
                not named
                and ("any " in s or "no " in s or "No " in s)
                and _HYPOTHETICAL.search(s, max(0, noun.start() - 70), noun.start())
            ):
                continue  # "No negotiations on a successor treaty", "any future agreement"
            if (
                not named
                and noun.group(0)[-1:] == "s"
                and not noun.group(0).lower().endswith(("ss", "us"))
                and not _PLURAL_DET.search(s, max(0, noun.start() - 60), noun.start())
                and status != "ruled_out"
            ):
                continue  # "Arms control treaties provided predictability": a class
            bm = (
                _BETWEEN.match(s, noun.end() + 1) if s[noun.end() : noun.end() + 1] == " " else None
            )
            if (
                not bm
                and _TRUCE_HEAD.match(noun.group(0))
                and re.search(
                    r"\b(?:an?|any|no)\s+(?:[\w-]+\s+){0,2}$",
                    s[max(0, noun.start() - 30) : noun.start()],
                )
            ):
                continue  # "talks on a permanent ceasefire": no specific truce yet
            parties = _resolve_parties(sent, idx, sentences, salience, 0, len(s))
            if bm is None and s[noun.end() : noun.end() + 1] == " ":
                gm = _BETWEEN_GOV.match(s, noun.end() + 1)
                if gm and salience:
                    parties = [salience.most_common(1)[0][0]]
                    for g in _group_parties(s, gm.start(1), gm.end(1)):
                        if g not in parties:
                            parties.append(g)
            if bm:
                # "a truce between the army and the RSF": the parties are named right here.
                parties = []
                for raw in (bm.group(1), bm.group(2)):
                    nm = re.sub(r"^[Tt]he\s+", "", raw.strip())
                    nm = (normalize(nm) if find_mentions(nm) else None) or nm
                    if nm not in parties:
                        parties.append(nm)
            if _AGR_DOMESTIC.search(s) and len(parties) < 2:
                continue
            if _BETWEEN_FIRMS.match(s, noun.end()):
                continue  # "a deal between the petroleum ministry and a state company"
            # A place inside the name is not a party ("Ottawa Convention").
            inside = [
                m.canonical
                for m in sent.mentions
                if noun.start() - len(name) <= m.start - sent.start < noun.end()
                and m.surface in name
                and s[m.end - sent.start : m.end - sent.start + 1] not in ("'", "’")
            ]
            if inside and not bm:
                others = [
                    m.canonical
                    for m in sent.mentions
                    if m.surface not in name and m.kind in _PARTY_KINDS
                ]
                parties = [p for p in parties if p not in inside or p in others]
            if len(parties) == 1 and named and status in ("terminated", "in_force", "signed"):
                parties = parties  # a state joining or leaving a multilateral convention
            if len(parties) < 2:
                with_m = re.search(r"\bwith\s+(?:the\s+)?[A-Z]", s)
                if len(parties) == 1 and (
                    with_m
                    or re.search(
                        r"\b(?:his|her|its|their)\s+$", s[max(0, noun.start() - 60) : noun.start()]
                    )
                ):
                    for c, _ in salience.most_common():
                        if c not in parties:
                            parties.append(c)
                            break
                elif len(parties) <= 1 and last_pair:
                    for c in last_pair:
                        if c not in parties:
                            parties.append(c)
            if len(parties) < 2 and not (
                len(parties) == 1
                and named
                and status in ("terminated", "in_force", "signed")
                and re.search(r"Convention|Treaty|Protocol|Charter|Statute", name)
            ):
                continue
            key = _norm_key(name)
            if (
                key in states
                and not named
                and len(set(states[key].parties) & set(parties)) < min(2, len(parties))
            ):
                key = key + "|" + "|".join(sorted(parties))
            if key in states:
                st = states[key]
                _merge_status(st, status, clause)
                for p in parties:
                    if p not in st.parties:
                        st.parties.append(p)
                st.last_sentence = idx
                if named and not st.named:
                    st.name, st.named = name, True
            else:
                st = _AgrState(name, parties, None, False, s, sent.start, sent.end, named, idx)
                _merge_status(st, status, clause)
                states[key] = st
                order.append(key)
            last_named = key
        if len(countries) >= 2:
            last_pair = countries[:2]
    order = _merge_coreferent(states, order)
    out = []
    for key in order:
        st = states[key]
        status = st.status or (
            "in_force"
            if st.named and not st.name.lower().startswith(("memorand", "mou"))
            else "proposed"
        )
        if st.renegotiating and status in ("signed", "in_force"):
            status = "negotiating"
        out.append(Agreement(st.name, st.parties, status, st.evidence, st.start, st.end))
    return out


# Hypothetical or negated existence: no record.
_HYPOTHETICAL = re.compile(
    r"(?:\b(?:no|any)\s+(?:\w+\s+){0,2}?(?:negotiations?|talks|discussions?)\s+(?:on|over|about|"
    r"for|toward|towards)\s+(?:an?\s+|any\s+)?|\bany\s+(?:future\s+|new\s+|eventual\s+|"
    r"possible\s+)?)(?:[\w-]+\s+){0,3}$",
    re.I,
)
# Plural agreement nouns name specific instruments only with a determiner.
_PLURAL_DET = re.compile(
    r"\b(?i:the|these|those|both|two|three|four|its|their|his|her|our|such|all)\s+"
    r"(?:[\w-]+\s+){0,4}$|\b[A-Z][\w-]*\s+$"
)


_MOD_STOP = frozenset(
    [
        "new",
        "old",
        "landmark",
        "bilateral",
        "trilateral",
        "formal",
        "existing",
        "current",
        "proposed",
        "planned",
        "draft",
        "interim",
        "final",
        "comprehensive",
        "broad",
        "wider",
        "wide",
        "long-awaited",
        "long-term",
        "short-term",
        "key",
        "first",
        "second",
        "third",
        "latest",
        "previous",
        "earlier",
        "future",
        "separate",
    ]
)


def _merge_coreferent(states: dict[str, _AgrState], order: list[str]) -> list[str]:
    """Fold a generic mention into the named agreement it describes.

    "their new defence pact" ... "The Defence Cooperation Agreement between the UK
    and Kenya": same parties, and every content modifier of the generic name
    ("defence") occurs in the named one -> one agreement under the specific name.
    """
    if len(order) < 2:
        return order
    drop: set[str] = set()
    for a in order:
        sa = states[a]
        if sa.named or len(sa.parties) < 2:
            continue
        words = re.findall(r"[a-z][a-z-]+", sa.name.lower())
        mods = [w for w in words[:-1] if w not in _MOD_STOP and w not in ("on", "of", "the")]
        if not mods or len(words) > 4:
            continue
        for b in order:
            sb = states[b]
            if b == a or b in drop or not sb.named or set(sb.parties) != set(sa.parties):
                continue
            blow = sb.name.lower()
            if all(re.search(rf"\b{re.escape(w[:5])}", blow) for w in mods):
                if sa.status is not None and (
                    sb.status is None or _RANK[sa.status] > _RANK[sb.status]
                ):
                    sb.status = sa.status
                drop.add(a)
                break
    return [k for k in order if k not in drop]


_PREDICATE = re.compile(
    r",\s+(?:(?:has|have|had)\s+(?:yet\s+to\s+be|been|not\s+been)|was|were|is|are|remains?|"
    r"will\s+be|came|comes|entered|enters|took|takes|expired|lapsed|collapsed|stalled)\s+"
    r"(?:[^,;.]|,\s+but\s+(?=(?:has|have|is|are|was|were|had|remains?|not)\b)){0,100}"
)
_NOT_A = re.compile(
    r"\b(?:is|was|are|were|be)\s+not\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$|\bisn['’]t\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}$|\bby\s+(?:mutual\s+|common\s+)?$",
    re.I,
)
_BETWEEN_FIRMS = re.compile(
    r"\s+between\s+[^.;]{0,80}?\b(?:compan(?:y|ies)|firms?|corporations?|ministry|"
    r"ministries|conglomerate)\b"
)


# "... has been ratified by two parliaments but has not yet entered into force": a "but"
# before a bare predicate coordinates two predicates of one subject, not two clauses.
_AGR_CLAUSE_BREAK = re.compile(
    r";|\bbut\b(?!\s+(?:has|have|had|is|are|was|were|remains?|not|still)\b)|\bwhile\b|"
    r"\bwhereas\b|\balthough\b"
)

_AGR_BREAK_KEYS = ("but", "while", "whereas", "although")


def _clause_bounds_agr(s: str, pos: int) -> tuple[int, int]:
    if ";" not in s and not any(k in s for k in _AGR_BREAK_KEYS):
        return 0, len(s)
    lo = 0
    for m in _AGR_CLAUSE_BREAK.finditer(s, 0, pos):
        lo = m.end()
    m = _AGR_CLAUSE_BREAK.search(s, pos)
    return lo, (m.start() if m else len(s))


def _merge_status(st: _AgrState, status: str | None, clause: str) -> None:
    if status is None:
        return
    if status == "negotiating" and _RENEGOTIATE.search(clause):
        st.renegotiating = True
    if st.status is None or _RANK[status] > _RANK[st.status]:
        st.status = status


# --------------------------------------------------------------------------- #
# Entry point
# --------------------------------------------------------------------------- #


def extract(
    text: str, published: str | None = None, *, sentences: list[str] | None = None
) -> Records:
    """Extract aid, designation and agreement records from one document.

    ``published`` is accepted for the store's convenience (records are dated by
    their document); extraction itself does not depend on it. ``sentences`` may
    carry ``split_sentences(text)`` when the caller already has it (ingestion
    does), so the text is not segmented twice; it is used only when it starts
    where this function's own reading starts, else the text is split again.
    """
    records = Records()
    if not text or not text.strip():
        return records
    fm = _FRONT_MATTER.match(text)
    offset = fm.end() if fm else 0
    # A headline (first line, no final punctuation, blank line after) repeats the
    # body in compressed "headlinese" that the sentence rules misread: skip it.
    hm = _HEADLINE.match(text, offset)
    if hm:
        offset = hm.end()
    spanish = _es.is_spanish(text[offset:])
    if sentences is not None and offset:
        # The caller's first unit is the headline skipped above, or this is not our split.
        headline = text[fm.end() if fm else 0 : offset].strip()
        sentences = sentences[1:] if sentences and sentences[0] == headline else None
    spans = _locate(text, offset, "spanish" if spanish else "english", sentences)
    mentions = find_mentions(text[offset:])
    if offset:
        mentions = [
            Mention(m.start + offset, m.end + offset, m.surface, m.canonical, m.kind)
            for m in mentions
        ]
    money = find_money(text[offset:])
    if offset:
        for mo in money:
            mo.start += offset
            mo.end += offset
    sentences: list[_Sentence] = []
    mi = yi = 0
    for s, e in spans:
        sent = _Sentence(s, e, text[s:e])
        while mi < len(mentions) and mentions[mi].start < s:
            mi += 1
        j = mi
        while j < len(mentions) and mentions[j].start < e:
            sent.mentions.append(mentions[j])
            j += 1
        mi = j
        while yi < len(money) and money[yi].start < s:
            yi += 1
        j = yi
        while j < len(money) and money[j].start < e:
            if money[j].end <= e:
                sent.money.append(money[j])
            j += 1
        yi = j
        sentences.append(sent)

    salience = _salience(mentions)
    home = _dateline_country(text, offset)
    if home:
        salience[home] += 2
    if spanish:
        return _extract_spanish(records, sentences, salience)
    aid_state: dict = {}
    desig_ctx = _DesigCtx(text=text)
    lows = [x.text.lower() for x in sentences]
    specific_at = [
        next((t for t in _types_of(x.text, lw) if t in _SPECIFIC), None)
        if any(k in lw for k in _DESIG_KEYS)
        else None
        for x, lw in zip(sentences, lows, strict=True)
    ]
    agr_idx: list[int] = []
    seen_aid: set[tuple] = set()
    desig_index: dict[str, Designation] = {}
    for idx, sent in enumerate(sentences):
        s = sent.text
        low = lows[idx]
        if sent.money or (any(k in low for k in _INKIND_KEYS) and _INKIND_VERB.search(low)):
            for a in _extract_aid(sent, salience, aid_state):
                key = (
                    (a.recipient, a.amount, a.currency)
                    if a.amount is not None
                    else (a.recipient, a.kind, a.evidence)
                )
                if key in seen_aid:
                    continue
                seen_aid.add(key)
                records.aid.append(a)
        if desig_ctx.pending or any(k in low for k in _DESIG_KEYS):
            explicit = bool(_types_of(s, low))
            desig_ctx.upcoming = next((t for t in specific_at[idx + 1 : idx + 3] if t), None)
            for d in _extract_designations(sent, desig_ctx):
                key = d.entity.lower()
                prev = desig_index.get((key, d.designation, d.authority, d.action))
                if prev is None and not explicit:
                    cand = desig_index.get(key)
                    if cand is not None and cand.action == d.action:
                        prev = cand
                if prev is None:
                    desig_index[(key, d.designation, d.authority, d.action)] = d
                    desig_index[key] = d
                    records.designations.append(d)
                else:
                    prev.designation = prev.designation or d.designation
                    prev.authority = prev.authority or d.authority
                    for a in d.aliases:
                        if a not in prev.aliases:
                            prev.aliases.append(a)
                    if d.action != "designated" or prev.action == "proposed":
                        prev.action = d.action
        if any(k in low for k in _AGR_KEYS):
            agr_idx.append(idx)
    if agr_idx:
        records.agreements = _extract_agreements(sentences, salience, agr_idx)
    records.aid = _replace_broken_down_totals(records.aid)
    for a in records.aid:
        if a.currency in ("NOK", "SEK", "DKK") and re.search(r"\bkron", a.evidence, re.I):
            a.currency = _KRONE.get(a.donor or "", a.currency)
    return records


_DATELINE = re.compile(
    r"[ \t]*([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'’-]{2,40}?)(?:,\s+[A-Z][\w.]*)*,\s+[^\n]{0,40}?\d{4}\s*[—–-]"
)


def _dateline_country(text: str, offset: int) -> str | None:
    """Country of the dateline city ("NAIROBI, May 3, 2026 —" -> Kenya), if known."""
    m = _DATELINE.match(text, offset)
    if not m:
        return None
    place = " ".join(w.capitalize() for w in m.group(1).split())
    return normalize(place)


def _extract_spanish(
    records: Records, sentences: list[_Sentence], salience: Counter[str]
) -> Records:
    aid_state: dict = {}
    ctx: dict = {}
    seen: set[tuple] = set()
    for sent in sentences:
        low = sent.text.lower()
        if sent.money or _es._INKIND_VERB.search(low):
            for a in _es.extract_aid(sent, salience, aid_state):
                key = (
                    (a.recipient, a.amount, a.currency)
                    if a.amount is not None
                    else (a.recipient, a.evidence)
                )
                if key not in seen:
                    seen.add(key)
                    records.aid.append(a)
        if "design" in low or "terrorist" in low or "lista" in low or "ofac" in low:
            have = {(d.entity.lower(), d.designation) for d in records.designations}
            for d in _es.extract_designations(sent, ctx):
                if (d.entity.lower(), d.designation) not in have:
                    records.designations.append(d)
    records.agreements = _es.extract_agreements(sentences, salience)
    records.aid = _replace_broken_down_totals(records.aid)
    return records


_KRONE = {
    "Denmark": "DKK",
    "Norway": "NOK",
    "Sweden": "SEK",
    "Greenland": "DKK",
    "Faroe Islands": "DKK",
}


def _replace_broken_down_totals(aid: list[Aid]) -> list[Aid]:
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


_HEADLINE = re.compile(r"[ \t]*[^\n]{10,220}(?<![.!?\"”])[ \t]*\n[ \t]*\n")
_NEG_KEYS = (
    "not ",
    "never",
    "declined",
    "refused",
    "no plans",
    "stopped short",
    "rejected",
    "without",
)
_VOCAB_KEYS = (
    "designat",
    "proscri",
    "blacklist",
    "delist",
    "de-list",
    "sanction",
    "list",
    " ban",
    "outlaw",
    "label",
    "registry",
    "name",
    "add",
    "remov",
    "plac",
    "declar",
    " off ",
)
_INKIND_KEYS = (
    "donat",
    "hand",
    "deliver",
    "gift",
    "provid",
    "suppl",
    "sent ",
    "send",
    "ship",
    "airlift",
    "transferr",
    "gave",
    "give",
    "giving",
    "dispatch",
    "unload",
    "cede",
)
_DESIG_KEYS = (
    "designat",
    "proscri",
    "blacklist",
    "delist",
    "de-list",
    "terror",
    "sanction",
    "sdgt",
    "fto",
    "list",
    "kingpin",
    "foreign assets",
    "ofac",
    "registry",
    "ban on",
    "named are",
    "named were",
    "named include",
    "added:",
    "removed:",
)
_AGR_KEYS = (
    "agreement",
    "ceasefire",
    "cease-fire",
    "truce",
    "armistice",
    "roadmap",
    "road map",
    "plan of action",
    "treat",
    "accord",
    "pact",
    "deal",
    "memorand",
    "mou",
    "facility",
    "arrangement",
    "programme",
    "program",
    "bailout",
    "convention",
    "protocol",
    "compact",
    "charter",
    "framework",
    "partnership",
    "exchange of notes",
    "customs union",
)
_MONEY_HINT = re.compile(
    r"[€£¥₹₩₽₺₦₱₴₪]|\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|USD|EUR|GBP|"
    r"CHF|JPY|crore|Rs\.?|kron\w+|dólares|yenes|libras|quetzales|pesos|millones|mil)\b"
)
