"""Aid commitments: money and in-kind deliveries judged clause by clause.

Step 4 of the approach in :mod:`summarizer.extract`.  Structural rules added for
unseen phrasings:

* a coordinated clause with its own subject (", and Norway said it would ...") bounds
  both the recipient search and the donor search, and an in-kind clause coordinated
  before the first amount ("handed over an interceptor craft ... and extended a $50
  million line of credit") is read on its own;
* recipients: refugees of one nationality are hosted elsewhere ("for Sudanese refugees
  in Chad"), a UN body right after "to" is the recipient unless a field country follows
  ("to the World Food Programme for its operations in Gaza"), an agency reached by
  "through" only channels money, a named company after "to" limits the search to its
  apposition, and each amount of a list keeps its own place ("$48 million for ... in
  Chad, and $25 million for ... in South Sudan"); double-object lists ("giving Sudan
  £10m, Chad £5m") name recipients, gapped subjects ("and the UK £120 million") donors;
* donors: places after "in/at/on/to/for" are never givers ("In Kathmandu, the Indian
  embassy ..."), "the bank/board" refers back to the last named lender, a national
  currency names its issuer when nobody is named (NZ$, A$, KD ...), "the Commission"
  with euros is the EU, and "said it would" resolves past a relative clause;
* in kind: the recipient as subject ("X will receive / took delivery of / was handed
  goods from/by Y"), reduced passives ("ambulances donated by Japan arrived in Dili"),
  valued goods handed over in the passive, "supplied X with", shipments and
  consignments, and the giver's official at a ceremony;
* not aid: running totals ("bringing ... to", "has now reached"), remittances, court
  orders and settlements, "billed as" sizes, takeovers, dividends, bribes, state
  bailouts, loans outstanding, parts "of which" a total is made, money only envisaged,
  weighed, sought or up for consideration ("is expected to be considered by its board",
  "could be released"; an approval or pledge in the clause keeps it), vague sums
  ("several billion dollars"), and a state's own budget or treasury with no foreign
  donor ("allocated in the 2026 budget of the Republic of Kosovo"); an amount in an IMF
  staff-level agreement is the Fund's loan to the country; breakdowns after
  "includes" / a colon / ordinals ("The first, of $20 million, ...") replace the total.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from summarizer._extract_common import (
    PARTY_KINDS,
    Cues,
    Sentence,
    has_any,
    required_twin,
    twins_apply,
)
from summarizer.gazetteer import (
    KIND_BODY,
    KIND_COUNTRY,
    KIND_DEMONYM,
    KIND_METONYM,
    LENDERS,
    Mention,
    find_mentions,
    is_country,
    normalize,
)
from summarizer.money import Money
from summarizer.records import Aid

# --------------------------------------------------------------------------- #
# Case-insensitive patterns on lower-cased text
# --------------------------------------------------------------------------- #

# --------------------------------------------------------------------------- #
# Aid
# --------------------------------------------------------------------------- #

_AID_VERB = re.compile(
    r"\b(?:provid(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|"
    r"pledg(?:e|es|ed|ing)|grant(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|"
    r"commit(?:s|ted|ting)?|g[ai]ve|giv(?:e|es|en|ing)|sen[dt]s?|sending|deliver(?:s|ed|ing)?|"
    r"approv(?:e|es|ed|ing)|extend(?:s|ed|ing)?|lend(?:s|ing)?|lent|offer(?:s|ed|ing)?|"
    r"earmark(?:s|ed|ing)?|channel(?:l?ed|s)?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|"
    r"releas(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|announc(?:e|es|ed|ing)|rolled\s+out|"
    r"mak(?:e|es|ing)\s+available|made\s+available|set\s+aside|"
    r"(?:hand|sign|turn)(?:s|ed|ing)?\s+over|gift(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|"
    r"ship(?:s|ped|ping)?|transferr(?:ed|ing)|receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|"
    r"obtain(?:s|ed|ing)?|g[eo]t(?:s|ten)?|won|pa(?:y|ys|id|ying)(?:\s+out)?|"
    r"confirm(?:s|ed|ing)?|spen[dt]s?|spending|invest(?:s|ed|ing)?\s+in\s+aid|"
    r"unlock(?:s|ed|ing)?|open(?:s|ed|ing)?\s+the\s+(?:way|door)\s+(?:for|to)|"
    r"deposit(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+over|"
    r"renew(?:s|ed|ing)?|"
    # "has put up $60 million", "stumped up", "chipped in", "bankrolled", "awarded"
    r"put(?:s|ting)?\s+up|stump(?:s|ed|ing)?\s+up|chip(?:s|ped|ping)?\s+in|"
    r"kick(?:s|ed|ing)?\s+in|bankroll(?:s|ed|ing)?|award(?:s|ed|ing)?|"
    r"promis(?:e|es|ed|ing)|ring-?fenc(?:e|es|ed|ing)|top(?:s|ped|ping)?\s+up|"
    r"mobili[sz](?:e|es|ed|ing)|furnish(?:es|ed|ing)?|"
    # "Britain adds 15 million pounds", "Japan added a further $5 million"
    r"add(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing))\b",
    re.I,
)
_RECEIVE_VERB = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|g[eo]t(?:s|ten)?|"
    r"won)\b",
    re.I,
)
_ANNOUNCE_ONLY = re.compile(
    r"^(?:announc|unveil|releas|rolled|approv|authori|won|g[eo]t|pa[yi]|renew|deposit|"
    r"confirm)",
    re.I,
)
# Only ever asked whether it matches.  The lead is ``\s*(?:\)|\s)*(?:[-–]?\s*)?`` in one
# unambiguous, possessive form: nothing after it starts with a space or ")", so no match
# ever needs it to give any back, and a failing amount no longer retries every split.
_AID_NOUN_AFTER = re.compile(
    r"^[\s)]*+(?:[-–]\s*)?(?:worth\s+of\s+|(?:will\s+(?:come|be\s+provided)\s+)?"
    r"(?:in|as)\s+)?(?:[\w-]+\s+){0,2}?(?:aid|assistance|grants?|loans?|credits?|credit\s+lines?|funding|"
    r"financing|support|relief|donations?|aid\s+package|package|help|contributions?|"
    r"tranche|disbursement|bailout|lending|humanitarian|military|security|development|"
    # "a $425 million drawdown of weapons", "a €30 million allocation for ..."
    r"drawdowns?|allocations?|pledges?|envelope|instal+ments?)\b",
    re.I,
)
_LIST_ITEM = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:to|for)\s+(?:the\s+)?[A-Z]")
# "a staff-level deal on a $5 billion Extended Fund Facility": a lender's programme,
# counted only with a joint subject of a country and that lender.
_FACILITY_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:[Ff]und|[Cc]redit|[Ff]inancing|[Ll]ending|[Ll]oan)\s+[Ff]acility\b"
)
_AID_NOUN_BEFORE = re.compile(
    r"\b(?:aid|assistance|grant|loan|credit\s+line|line\s+of\s+credit|funding|financing|package|"
    r"donation|deposit|(?:payment|credit|financing|loan|liquidity)\s+facility|"
    r"tranche|disbursement|bailout|contribution|support|relief|drawdown)(?<=\w)s?\s+(?:\w+\s+){0,2}?"
    r"(?:(?:for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+)?"
    r"(?:of|worth|totall?ing|amounting\s+to|valued\s+at|of\s+up\s+to|of\s+about|of\s+some)"
    r"(?:\s+(?:a\s+)?(?:combined|total(?:\s+of)?))?\s*$|"
    # "The first, of $20 million, will help Togo ...", "The second loan, of KD 5 million"
    r"\b(?:[Tt]he|[Aa])\s+(?:first|second|third|fourth|fifth|other|latter|former|last)"
    r"(?:\s+(?:loan|credit|grant|tranche|operation|project))?\s*,\s+"
    r"(?:of|worth)\s+(?:about\s+|some\s+|up\s+to\s+)?$|"
    # "The package includes $90 million for ..., $30 million for ..."
    r"\b(?:aid|assistance|package|funding|money|support|pledge|contribution|grant|loan)s?\s+"
    r"(?:\w+\s+){0,2}?(?:includes?|included|comprises?|comprised|consists?\s+of|covers|"
    r"is\s+made\s+up\s+of)\s*$",
    re.I,
)
_MEASURE_BEFORE = re.compile(
    r"\b[Aa]ssistance\s+measures?\s+(?:under\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?"
    r"(?:worth|of|totall?ing|amounting\s+to|valued\s+at)(?:\s+(?:up\s+to|about|some))?\s*$"
)
_AID_NOUN_ANY = re.compile(
    r"\b(?:aid|assistance|grants?|loans?|donations?|humanitarian|relief|funding)\b", re.I
)
# Every alternative starts with a lower-case ASCII letter: the lookahead rejects the
# boundaries at word ends before the long alternation is tried.
_AID_NEGATIVE = re.compile(
    r"\b(?=[a-z])(?:rewards?|bount(?:y|ies)|ransom|bail|trade|traded|exports?|imports?|tariffs?|"
    r"commerce|seek(?:s|ing)?|sought|appeal(?:s|ed|ing)?|request(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?for|"
    # "is asking donors to provide $2.7 billion": what others are asked to give
    r"ask(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:provide|give|contribute|fund|donate|"
    r"pledge|lend|send)|plead(?:s|ed|ing)?\s+for|solicit\w*|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|"
    r"needs?|needed|requires?|required|shortfall|gap|revenues?|earn(?:s|ed|ing|ings)?|"
    r"profits?|proceeds|income|generat(?:e|es|ed|ing)|campaign|"
    # political money: a PAC's donations, lobbying outlays, assets held abroad
    r"political\s+action\s+committees?|super\s+pacs?|pacs?|lobby(?:ing|ists?)|immobili[sz]ed|"
    r"invest(?:s|ed|ing|ment|ments|or|ors)?|stake|acqui(?:re|red|sition)|merger|"
    r"bought|purchas(?:e|es|ed|ing)|sale|sales|sold|sell(?:s|ing)?|fine[ds]?|fining|"
    r"penalt(?:y|ies)|settlement|settle|damages|seiz(?:e|ed|es|ing|ure|ures)|confiscat\w*|"
    r"smuggl\w*|launder\w*|brib\w*|embezzl\w*|stol(?:e|en)|budget(?:s|ed)?(?![\s-]+support)|"
    r"gdp|deficit|salar(?:y|ies)|wages?|price[ds]?|costs?|costing|losses|valued|valuation|"
    r"market|contract|owe[ds]?|froze|frozen|freez\w*|suspend\w*|halt\w*|cut(?:s|ting)?|"
    r"cancel\w*|withh[eo]ld\w*|block(?:s|ed|ing)?|refus\w*|reject\w*|den(?:y|ied|ies)|"
    r"declin\w*|not(?!\s+(?:to\s+be\s+outdone|only|just|least|surprisingly|for\s+the\s+first\s+time)\b)|never|no\s+longer|wealth|fortune|net\s+worth|tax(?:es)?|bonds?|"
    r"reserves?|cocaine|drugs|estimat(?:e|es|ed)|prize|jackpot|ticket|fee|fees|lawsuit|"
    r"compensation|spent\s+on|spending\s+on|election|elections|withdr[ae]w\w*|"
    # money a treasury or budget reserves ("has set aside £3bn a year for ...")
    r"set\s+aside|"
    r"expected\s+to|(?:un)?likely\s+to|considering|could|might|"
    # money only planned, weighed or foreseen: "the memorandum envisaged up to €900
    # million", "a possible $1 billion loan", "is weighing a $300 million package"
    r"envisag(?:e|es|ed|ing)|foresaw|foresee(?:s|n|ing)?|contemplat(?:e|es|ed|ing)|"
    r"mull(?:s|ed|ing)|weigh(?:s|ing)|explor(?:e|es|ing)|possible|potential|prospective|"
    r"under\s+(?:consideration|discussion|negotiation)|in\s+talks|"
    r"(?:is|are)\s+(?:discussing|negotiating)|would\s+consider|"
    # the recipient's hopes: "Pakistan expects around $500 million from the ADB"
    r"expects|expecting|anticipates|anticipating|hop(?:es|ing)\s+(?:to\s+(?:receive|get|secure)|for)|"
    # the modal, not the month ("In May, the bank approved ..."); the lookbehinds come
    # after the literal so the branch is rejected on its first letter
    r"may(?<!\bin\smay)(?<!\bof\smay)(?<!\bon\smay)(?<!\bby\smay)(?<!last\smay)(?<!next\smay)"
    r"(?<!since\smay)(?<!until\smay)(?<!early\smay)(?<!late\smay)(?<!mid-may)(?<!\d\smay)"
    r"(?!\s*(?:\d|,|\.))|pay\s+back|repa(?:y|id|ying|yments?)|refund\w*|"
    r"remittances?|transactions?|court|outstanding|previous|existing|ordered\s+(?:\w+\s+){1,5}?to\s+pay|billed|touted|pitched|"
    r"halt\w*|deal|rais(?:e|ed|es|ing)\b(?!\s+(?:its|their)\s+(?:aid|assistance|pledge|contribution))|"
    # corrections restate an earlier figure; private and commercial money is not aid
    r"corrections?|corrected|(?:in)?correctly|erroneous(?:ly)?|mistaken(?:ly)?|misstated|"
    r"misreported|earlier\s+(?:version|post|update|report|story|article|entry|edition)|"
    r"amended|to\s+correct|wrongly|previously\s+(?:said|stated|reported|gave|put)|"
    r"syndicated|commercial\s+(?:loans?|credit|banks?|lenders?|borrowing|debt|terms)|"
    r"(?:consortium|group|syndicate)\s+of\s+(?:\w+\s+)?(?:banks|lenders|investors|creditors)|"
    r"creditors|courts|tribunals?|judges?|arbitrat\w*|"
    r"banks\s+led\s+by|private\s+(?:lenders|creditors|banks)|"
    # remittances and private capital without those words: "money sent home by migrants",
    # "pension funds committed ...", "asset managers"
    r"(?:sent|send(?:s|ing)?|wir(?:ed|es|ing)|remitted)\s+home|(?:working|workers|living)\s+abroad|"
    r"abroad\s+(?:sent|send(?:s|ing)?|wired|remitted)|diaspora|pension\s+funds?|asset\s+managers?|hedge\s+funds?|private\s+equity|"
    # old debt rescheduled is not new money; a criminal case's transfers are not aid
    r"reschedul\w*|restructur\w*|refinanc\w*|pleaded\s+(?:guilty|not\s+guilty)|guilty|"
    r"convicted|indicted|charged\s+with|accused\s+of|sentenced|prosecutors?)\b",
)
# Only ever asked whether it matches; nothing after a possessive space run starts with a
# space, so the runs never need to give any back.
_AID_NEGATIVE_RIGHT = re.compile(
    r"^\s*+(?:\)\s*+)?(?:-\s*+)?(?:\w+\s+){0,2}?(?:rewards?|bount(?:y|ies)|ransom|bail\b|fines?|"
    r"penalt(?:y|ies)|settlement|to\s+settle|liabilit(?:y|ies)|outstanding|"
    r"(?:of|in)\s+(?:purchases|acquisitions|takeovers|share\s+buy-?backs)|takeover|bids?\b|"
    r"dividends?|(?:a|per)\s+share|stakes?\b|equity\b|shareholding|bribes?|market\b|state\s+(?:bailout|aid|subsid\w+)|"
    # money to politicians ("gave $2.7 million to congressional candidates"), and a
    # stock of assets ("€210 billion in Russian central bank assets")
    r"candidates\b|prize\s+money|"
    # cash taken from criminals, a capital injection into a firm, money sent to families
    r"(?:seized|confiscated|forfeited)\b|in\s+(?:fresh\s+|new\s+)?(?:capital|equity)\b"
    r"(?!\s+(?:expenditure|investment|projects?|spending|grants?)\b)|"
    r"to\s+(?:their|his|her)\s+(?:families|relatives|loved\s+ones)\b|political\s+part(?:y|ies)\b|lawmakers\b|politicians\b|legislators\b|"
    r"in\s+(?:[\w-]+\s+){0,4}?(?:assets|holdings|deposits)\b|"
    r"remittances?\b|transactions?\b|transfers\s+from\s+(?:workers|migrants|nationals)|"
    r"in\s+(?:revenue|revenues|trade|exports|imports|profits?|"
    r"bribes|cash|sales|investment|damages|losses|debt|salaries|wages|campaign)|"
    r"(?:trade|investment|budget(?![\s-]+(?:support|needs)\b)|deficit|revenue)\b"
    # "to support revenue reform": a purpose, not income
    r"(?!\s+(?:reform|collection|administration|mobili[sz]ation|"
    r"authority|authorities|capacity|systems?)\b)|worth\s+of\s+(?:drugs|cocaine)|"
    r"in\s+(?:\w+\s+){0,2}?(?:\w+['’]s\s+)?budget\b(?![\s-]+support)|"
    r"a\s+year\s+in\s+(?:revenue|profits)|home\b|syndicated|commercial\b|"
    r"(?:\w+\s+){0,2}?from\s+(?:a\s+consortium\s+of\s+|a\s+group\s+of\s+)?(?:commercial|private)\s+"
    r"(?:banks|lenders|investors|creditors)|"
    # "a $400 million advance from the state oil company against future crude sales"
    r"(?:(?!in\b)[\w-]+\s+){0,2}?(?:advance|prepayment|pre-payment)\b(?!\s+of\b))",
    re.I,
)
_AID_NEGATIVE_RIGHT_LOW = required_twin(_AID_NEGATIVE_RIGHT)
# The slow last alternative of the right-hand negatives, run only when "against" is there
# (see :func:`_negative_right`).
_AID_NEGATIVE_RIGHT_AGAINST = re.compile(
    r"^\s*(?:\)\s*)?(?:-\s*)?(?:\w+\s+){0,2}?"
    r"[^;]{0,80}?\bagainst\s+(?:future|its|their)\s+(?:\w+\s+){0,2}?(?:sales|exports|"
    r"output|production|revenues?|deliveries|shipments|receipts)",
    re.I,
)


# The amount's own predicate says it was never given: "... floated at the time was never
# approved", "a promised $50 million never materialised", "the loan was later shelved".
_NEVER_GIVEN = re.compile(
    r"(?:(?!\b(?:but|although|though|while|whereas|after|before|because|and|when|if)\b)[^;:.])"
    r"{0,120}?\b(?:never\s+(?:been\s+|actually\s+|formally\s+)?(?:approved|"
    r"materiali[sz]ed|disbursed|delivered|paid|arrived|adopted|agreed|released|signed|"
    r"transferred|came|went\s+ahead)|(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|"
    r"eventually\s+|quietly\s+|since\s+)?(?:shelved|scrapped|abandoned)|fell\s+through|"
    # not committed yet: "a $500 million package is expected for Manila next year", "the
    # credit has not yet been voted by Congress", "is still to be approved"
    r"(?:is|are|was|were)\s+(?:only\s+|still\s+|now\s+)?(?:expected|anticipated|"
    r"foreseen)\s+(?:for|from)|(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+"
    r"(?:voted|approved|authori[sz]ed|appropriated|passed|agreed|signed\s+off)|"
    r"(?:is|are|was|were)\s+(?:yet|still)\s+to\s+be\s+(?:voted|approved|authori[sz]ed|"
    r"appropriated|passed|agreed|signed\s+off))\b",
    re.I,
)


# The amount's own predicate leaves it uncommitted: "financing of about $200 million ...
# is expected to be considered by its board", "a further €40 million could be made
# available", "another $15 million has been requested", "a $1 billion loan remains under
# discussion".  A commitment in the same clause ("approved a $50 million loan that is
# expected to be disbursed in May") keeps it.
_UNCOMMITTED_RIGHT = re.compile(
    r"[^,;:.]{0,90}?\b(?:(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+|only\s+)?"
    r"(?:(?:expected|likely|hoped|unlikely)\s+to\s+be|(?:due|set|scheduled|slated|planned|"
    r"proposed)\s+to\s+be\s+(?:considered|discussed|examined|reviewed|submitted|presented|"
    r"tabled|decided|put|taken|assessed|evaluated|debated|voted))\b|"
    r"(?:would|could|may|might)\s+(?:also\s+|eventually\s+|later\s+)?be\s+(?:considered|"
    r"discussed|examined|reviewed|submitted|sought|requested|proposed|explored|debated|"
    r"decided|voted)|(?:could|may|might)\s+(?:also\s+|eventually\s+|later\s+)?(?:be|follow|"
    r"come)\b|(?:is|are|was|were)\s+(?:being\s+)?(?:sought|requested|considered|discussed|"
    r"negotiated|explored|envisaged|contemplated|mooted|floated|hoped\s+for|under\s+"
    r"(?:consideration|discussion|negotiation|review))|(?:has|have|had)\s+(?:also\s+)?been\s+"
    r"(?:sought|requested|asked\s+for|applied\s+for|envisaged|mooted|floated)|"
    r"remains?\s+under\s+(?:consideration|discussion|negotiation|review)|"
    # "is expected to go before the board", "is due to come before the executive
    # directors", "will be put to the board in June": still to be decided
    r"(?:(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+)?(?:expected|likely|due|set|"
    r"scheduled|slated|planned)\s+to\s+|will\s+(?:then\s+|also\s+)?)(?:go|come|be\s+put|"
    r"be\s+sent|be\s+submitted|be\s+taken)(?:\s+(?:before|to)\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:board|directors|executive|parliament|congress|cabinet|council)|\s+before\b|\s*$))",
    re.I,
)
_COMMITTED_LEFT = re.compile(
    r"\b(?:approv(?:e|es|ed)|pledg(?:e|es|ed)|committ?(?:s|ed)?|sign(?:s|ed)|grant(?:s|ed)|"
    r"disburs(?:e|es|ed)|award(?:s|ed)|donat(?:e|es|ed)|(?:will|shall)\s+(?:\w+\s+)?"
    r"(?:provide|give|lend|grant|extend|send|deliver|donate|allocate|contribute))\b",
    re.I,
)
_UNCOMMITTED_KEYS = (
    "expected",
    "likely",
    "hoped",
    " due ",
    " set to",
    "schedul",
    "slated",
    "planned",
    "proposed",
    "would",
    "could",
    " may ",
    "might",
    "sought",
    "request",
    "consider",
    "discuss",
    "negotiat",
    "explor",
    "envisag",
    "contemplat",
    "mooted",
    "floated",
    "applied for",
    "asked for",
    " will ",
)
_UNCOMMITTED_CUES = Cues(_UNCOMMITTED_KEYS)


def _uncommitted(s: str, low: str, lo: int, ms: int, me: int, hi: int) -> bool:
    """Whether the predicate after the amount leaves it a prospect, not a commitment."""
    if not _UNCOMMITTED_CUES.any_in(low[me : min(hi, me + 110)]):  # has_any(_UNCOMMITTED_KEYS)
        return False
    um = _UNCOMMITTED_RIGHT.match(s, me, min(hi, me + 140))
    return um is not None and not _COMMITTED_LEFT.search(s, lo, ms)


# A state's own money: "allocated in the 2026 budget of the Republic of Kosovo", "the
# state budget provides for ...", "from the national treasury", "from its own resources".
_DOMESTIC_KEYS = (
    "budget",
    "treasur",
    "state fund",
    "public fund",
    "own fund",
    "own resource",
    "federal fund",
    "national fund",
    "government fund",
    "domestic fund",
    "coffers",
)
_DOMESTIC_FUNDS = re.compile(
    r"\b(?:(?:state|national|federal|central|government|republic(?:an)?|public|regular|"
    r"annual|draft|supplementary|revised|fiscal|municipal|provincial|regional|own|"
    r"(?:19|20)\d\d)\s+budgets?\b(?![\s-]+support)|budget\s+of\s+the\s+(?:republic|state|"
    r"government|country|kingdom|federation|ministry)\b|(?:state|national|public|federal|"
    r"government|own|budgetary|domestic)\s+(?:funds|resources|treasury|coffers)\b|"
    r"(?:state|national|public)\s+treasury\b|from\s+the\s+treasury\b)",
    re.I,
)
# Where the money sits, not what it supports: "in Kosovo's 2026 budget", "from the budget
# of the Republic of Kosovo" (but "to support Malawi's budget" is budget support).
_BUDGET_OWNER_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?budget\b(?![\s-]+support)", re.I)
_BUDGET_OWNER_BEFORE = re.compile(
    r"\b(?:in|from|within|under|out\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?budget\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_BUDGET_IN = re.compile(r"\b(?:in|from|within|under|out\s+of)\s+$", re.I)


def _domestic_money(
    s: str, low: str, mentions: list[Mention], off: int, donor: str | None, recipient: str
) -> bool:
    """Whether the money is the recipient's own budget, with no foreign donor named."""
    if not has_any(low, _DOMESTIC_KEYS):
        return False
    named = donor is not None and donor != recipient and any(m.canonical == donor for m in mentions)
    if not named:
        return _DOMESTIC_FUNDS.search(s) is not None
    # "in Kosovo's 2026 budget", "the budget of the Republic of Kosovo": the recipient's own.
    for m in mentions:
        if m.canonical == recipient and (
            (
                _BUDGET_OWNER_AFTER.match(s, m.end - off)
                and _BUDGET_IN.search(s, max(0, m.start - off - 12), m.start - off)
            )
            or _BUDGET_OWNER_BEFORE.search(s, max(0, m.start - off - 40), m.start - off)
        ):
            return True
    return False


# A first disbursement of a programme already reported: "with the rest paid out later".
_REST_AFTER = re.compile(
    r"[^;.]{0,70}?\bwith\s+the\s+(?:rest|remainder|balance|remaining\s+\w+)\b", re.I
)
_TRANCHE_VERB = re.compile(
    r"\b(?:unlock\w*|releas\w*|disburs\w*|free(?:s|d|ing)?\s+up|trigger\w*|"
    r"mak(?:e|es|ing)\s+available)\s+(?:\w+\s+){0,3}?$",
    re.I,
)
_PROGRAMME_SUBJECT = re.compile(
    r"\b(?:[Ii]t|[Tt]he\s+(?:programme|program|facility|arrangement|deal|agreement|review|"
    r"operation))\s+(?:\w+\s+){0,2}?$"
)


# A spending level set at home: "set policing funding at £1.2 billion", "capped the
# budget at ..."; aid to a named country ("set its aid to Ukraine at £3 billion") is kept.
_SET_LEVEL = re.compile(
    r"\b(?:set|sets|setting|fixe[sd]|fixing|capp(?:ed|ing)|caps|pegg(?:ed|ing)|pegs|put|puts|"
    r"putting|kept|keeps|held|holds|maintain(?:s|ed)?)\s+(?:[\w-]+\s+){0,5}?(?:funding|budgets?|"
    r"spending|allocations?|grants?|appropriations?|outlays?)\s+at\s+(?:about\s+|around\s+|"
    r"nearly\s+|some\s+|roughly\s+|just\s+over\s+|just\s+under\s+)?$",
    re.I,
)


# "a $30 million grant, equivalent to 40 billion won,": the same sum restated in another
# currency after the aid noun (the money parser folds only a restatement right behind).
_GLOSS_GAP = re.compile(
    r"\s*(?:(?:grant|loan|credit|package|donation|contribution|pledge|facility|aid|"
    r"assistance|funding|programme|program|tranche|disbursement)s?\s*)?[,(]\s*(?:or\s+)?"
    r"(?:about|around|roughly|approximately|some|nearly|almost|equivalent\s+to|"
    r"the\s+equivalent\s+of|worth(?:\s+about|\s+around|\s+roughly|\s+some)?|equal\s+to|"
    r"or)\s*",
    re.I,
)


_AID_NOUN_WIDE = re.compile(
    r"\b(?:aid|assistance|support|packages?|facilit(?:y|ies)|loans?|credits?|grants?|"
    r"funding|financing|relief|help|donat\w+|contribution|pledge\w*|gift\w*|"
    r"military|security|humanitarian)\b",
    re.I,
)
_DEAL_SIZE = re.compile(r"\s*(?:\)\s*)?(?:[\w-]+\s+){0,2}?deals?\b")


def _drop_glosses(s: str, off: int, monies: list[Money]) -> list[Money]:
    """Without restatements of the amount before them in another currency."""
    out = [monies[0]]
    for money in monies[1:]:
        prev = out[-1]
        if (
            money.currency != prev.currency
            and money.start - prev.end <= 60
            and _GLOSS_GAP.fullmatch(s, prev.end - off, money.start - off)
        ):
            continue
        out.append(money)
    return out


def _negative_right(right: str) -> bool:
    """Whether a right-hand negative cue follows the amount."""
    if twins_apply(right):
        low = right.lower()
        if _AID_NEGATIVE_RIGHT_LOW.match(low):
            return True
        if "against" not in low:
            return False
    elif _AID_NEGATIVE_RIGHT.match(right):
        return True
    return _AID_NEGATIVE_RIGHT_AGAINST.match(right) is not None


# Only ever asked whether it matches; the space runs are possessive, as nothing after
# them starts with a space.
_AID_AFTER_VERB = re.compile(
    r"^\s*+(?:\)\s*+)?,?\s*+(?:(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|"
    r"had\s+been|to\s+be)\s+)?(?:being\s+)?(?:earmarked|allocated|provided|disbursed|set\s+aside|"
    r"channell?ed|given|granted|committed|pledged|donated|released|approved|transferred|"
    r"handed\s+over|handed|delivered|supplied|gifted|"
    # "€25 million will be made available as a concessional loan": with the auxiliary
    r"(?<=\sbe\s|een\s|\sis\s|are\s|was\s|ere\s|ing\s)(?:contributed|made\s+available|"
    r"extended|offered|awarded|lent|loaned|mobili[sz]ed|put\s+up|ring-?fenced|"
    # "NZ$6 million will be paid into the International Fund for Ukraine"
    r"paid\s+in(?:to)?|deposited\s+in(?:to)?|put\s+into|placed\s+in(?:to)?)|"
    r"(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?go(?:es)?\s+to|(?:will\s+)?come\s+(?:as|in|from)|(?:is|are|will\s+be)\s+"
    r"(?:in|as)\s+(?:grants?|loans?))\b",
    re.I,
)
# The giver's own clause after a fronted phrase, up to the amount: "..., Sweden pledged ".
_FRONTED_GIVER = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:(?:has|have|had|will|"
    r"also|then|quickly|promptly|swiftly)\s+)*(?:pledged|committed|promised|gave|give|donated|"
    r"donate|provided|provide|allocated|allocate|contributed|contribute|offered|approved|"
    r"announced)\s+(?:(?:a\s+further|an\s+additional|an\s+extra|another)\s+)?"
)
# "A further €15 million would fund shelters ...", "Another $5 million will pay for ...":
# an added amount (after ``_FURTHER_BEFORE``) as the subject of a spending verb.
_FURTHER_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra|the\s+remaining|a\s+separate)\s+"
    r"(?:(?:about|some|nearly|roughly|around|up\s+to)\s+)?$",
    re.I,
)
_FURTHER_AFTER = re.compile(
    r"\s*(?:will|would|is\s+to|are\s+to|shall)\s+(?:be\s+(?:spent|used)\s+(?:on|for|to)|"
    r"go\s+(?:to|towards)|fund|finance|pay\s+for|cover|support|help|buy|provide|train|equip)\b",
    re.I,
)
# Totals and breakdowns that would double count another figure.
_AID_PART = re.compile(
    r"\b(?:including|includes|included|of\s+which|among\s+them|comprising|bringing\s+"
    r"(?:\w+\s+){0,4}?(?:to|total)|total(?:s|ling|ing)?\s+(?:\w+\s+){0,3}?(?:to|of)?|"
    r"so\s+far|since\s+(?:19|20)\d\d|cumulative|in\s+total\s+to)\s*(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
# A part after "including", "of which" or "comprising": a record when the parts add up.
_FULL_BREAKDOWN = re.compile(r"(?i:includ|of\s+which|compris)")


def _sums_to_last(out: list[Aid], monies: list[Money], idx: int) -> bool:
    """Whether this amount and the next ones in its currency add up to the last record."""
    if not out or not out[-1].amount:
        return False
    total, cur, acc = out[-1].amount, monies[idx].currency, 0.0
    for mo in monies[idx : idx + 5]:
        if mo.currency != cur or mo.amount is None:
            break
        acc += mo.amount
        if abs(acc - total) <= 0.02 * total:
            return mo is not monies[idx]
    return False


# A total broken into its parts: the parts are the records (see replace_broken_down_totals).
_SPLIT_CUE = re.compile(
    r"\b(?:(?:split|divided|broken\s+down|separated|carved\s+up|spread)\s+(?:in)?to|"
    r"made\s+up\s+of|consisting\s+of)\s+(?:about\s+|some\s+)?$",
    re.I,
)
_ON_TOP_OF = re.compile(
    r"\b(?:on\s+top\s+of|in\s+addition\s+to|besides|as\s+well\s+as|plus)\s+(?:the\s+)?$", re.I
)
_GAVE_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+)?"
    r"(?:gave|given|provided|pledged|committed|donated|sent|disbursed|contributed|approved)\b"
)
# (The two word alternatives share one leading \b: the same matches, scanned faster.)
# Reference form of the clause breaks (the tests hold ``_CLAUSE_BREAK`` to it).
_CLAUSE_BREAK_REF = re.compile(
    r";|:|\s[—–]\s|\b(?:(?:while|whereas|but|after|before|which|who|because|although|though|"
    r"meanwhile|when|if|and\s+that)\b|also\s+said\b)|,\s+(?:and\s+)?(?:it|he|she|they|the\s+\w+)\s+"
    r"(?:said|added|noted)\b"
)
# Every character ``\s`` matches, the space first.
_SPACES = (
    " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
# The same matches, each alternative led by one literal character so the engine scans
# for that set instead of trying the pattern at every position: the alternatives of the
# reference start with different characters, so their order between letters does not
# matter, and ``(?<!\w.)`` right after a letter is the ``\b`` before it.
_CLAUSE_BREAK = re.compile(
    "|".join(
        [
            ";",
            ":",
            r"w(?<!\w.)(?:hile|hereas|hich|ho|hen)\b",
            r"b(?<!\w.)(?:ut|efore|ecause)\b",
            r"a(?<!\w.)(?:(?:fter|lthough|nd\s+that)\b|lso\s+said\b)",
            r"t(?<!\w.)hough\b",
            r"m(?<!\w.)eanwhile\b",
            r"i(?<!\w.)f\b",
            r",\s+(?:and\s+)?(?:it|he|she|they|the\s+\w+)\s+(?:said|added|noted)\b",
        ]
        + [re.escape(c) + r"[—–]\s" for c in _SPACES]
    )
)
# Without a dash in the text the space-led alternatives (a stop at every space) never
# match: the same scan without them.
_CLAUSE_BREAK_NODASH = re.compile(_CLAUSE_BREAK.pattern.split("|" + re.escape(" ") + "[—–]")[0])


def _clause_break(s: str) -> re.Pattern[str]:
    """``_CLAUSE_BREAK``, or its dash-free form when ``s`` has no dash."""
    return _CLAUSE_BREAK if "—" in s or "–" in s else _CLAUSE_BREAK_NODASH


# ", and Norway said it would ...", ", while the Asian Development Bank approved ...": a
# coordinated clause with its own subject (a capitalised name, or "the X") and verb.
_COORD_BREAK = re.compile(
    r",\s+(?:and|while|whereas|but)\s+(?=(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|"
    r"and|the))*\s+(?:also\s+|has\s+|have\s+|had\s+|will\s+|would\s+|is\s+|was\s+)?"
    r"(?:said|says|announced|pledged|approved|gave|sent|delivered|handed|supplied|provided|"
    r"donated|promised|offered|committed|agreed|extended|granted|disbursed|signed|"
    r"[a-z]{3,}ed|[a-z]{3,}s)\b)"
)


# ``(?:,\s+)?\band`` led by a literal character (",", or "a" with the \b after it).
_COORD_VERB = re.compile(
    r"(?:,\s+and|a(?<!\w.)nd)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+)?(?:also\s+|has\s+|have\s+|"
    r"will\s+|would\s+|said\s+it\s+would\s+)?(?:extended|pledged|provided|approved|announced|"
    r"gave|granted|offered|committed|signed|promised|disbursed|allocated|donated|earmarked|"
    r"lent|confirmed|unveiled|released|"
    # "... last week and will give NOK 250 million": a future giving verb
    r"(?<=will\s)(?:give|provide|lend|contribute|donate|extend|allocate|disburse|grant))\b"
)


def _breakdown_stop(s: str, pos: int, monies: list[Money], off: int) -> int:
    """Like :func:`_coord_stop`, but a colon that opens a list of amounts also ends it."""
    stop = _coord_stop(s, pos)
    colon = s.find(":", pos, stop)
    if colon != -1 and any(0 <= mo.start - off - colon <= 4 for mo in monies):
        return colon
    # "NZ$5 million will go to UNICEF for ..., and NZ$2 million to the Red Cross for its
    # work in Gaza": the next amount of a list starts its own part.
    for mo in monies:
        st = mo.start - off
        if pos < st < stop:
            lm = _NEXT_PART.search(s, max(pos, st - 20), st)
            if lm:
                return lm.start()
    return stop


_NEXT_PART = re.compile(r"(?:[,;]\s*(?:and\s+|plus\s+)?|\s+and\s+)(?:another\s+|a\s+further\s+)?$")


def _coord_stop(s: str, pos: int) -> int:
    """End of the ", and"-coordinated clause containing ``pos`` (else the sentence end)."""
    # "..., and that £8 million would go to ...": a second reported clause.
    that = s.find(" and that ", pos)
    stop = len(s) if that == -1 else that + (s[that - 1] == ",") * -1
    if ", and " not in s and ", while " not in s and ", whereas " not in s:
        return stop
    # ", while the European Union added ...": a contrasted clause with its own subject.
    for m in _COORD_BREAK.finditer(s, pos, stop):
        if m.group(0).endswith(("and ", "while ", "whereas ")):
            return m.start()
    return stop


_SUBJECT_BREAK = re.compile(
    # ", where the Export-Import Bank agreed to lend": the relative clause has its own subject
    r"\b(?:that|said|says|announced|added|noted|stated)\b|[;:“”\"]|,\s+(?:and|but|where)\b",
    re.I,
)
_ADJ_DONOR = re.compile(
    r"\s+([A-Z][\w-]+)\s+(?:[a-z-]+\s+)?(?:grants?|loans?|aid|assistance|credit|package|"
    r"donation|funding)\b"
)


def _adjective_donor(s: str, mentions: list[Mention], off: int, me: int) -> str | None:
    """The giver named as an adjective of the aid noun: "a $50 million Japanese loan"."""
    am = _ADJ_DONOR.match(s, me)
    if am is None:
        return None
    m = _mention_at(mentions, off + am.start(1))
    if m is None or not (m.kind == KIND_DEMONYM or m.kind in PARTY_KINDS):
        return None
    return m.canonical


_FRONTED_PHRASE = re.compile(
    r"\s*(?:[Ii]n\s+(?:response|reply)\s+to|[Rr]esponding\s+to|[Aa]nswering|[Hh]eeding|"
    r"[Ff]ollowing|[Aa]fter|[Aa]t|[Dd]uring|[Ss]peaking\s+at|[Aa]ddressing|[Oo]n\s+the\s+"
    r"sidelines\s+of)\s[^,;:]{1,120},"
)
_GAP_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bplus|\bwhereas)\s+(?:the\s+)?$")
_GOODS_VERB = re.compile(
    r"\b(?:donat(?:e|es|ed|ing)|hand(?:s|ed|ing)?(?:\s+over)?|deliver(?:s|ed|ing)?|"
    r"gift(?:s|ed|ing)?|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|sen[dt]s?|sending|"
    r"ship(?:s|ped|ping)?|airlift(?:s|ed|ing)?|transferr(?:ed|ing)|gave|give[sn]?|giving|"
    r"dispatch(?:es|ed|ing)?|unload(?:s|ed|ing)?|hand\s+over|cede[ds]?|"
    r"turn(?:s|ed|ing)?\s+over|"
    # relief moved by air, road or sea: "has flown 120 tonnes of food", "trucked", "ferried"
    r"fl(?:ew|own|ies|ying)|air-?dropp?(?:s|ed|ing)?|truck(?:ed|ing)|ferr(?:y|ies|ied|ying)|"
    r"transport(?:s|ed|ing)?|rush(?:es|ed|ing)|convey(?:s|ed|ing)?)\b",
    re.I,
)
# The sentence gate used by :func:`summarizer.extract.extract` (on lower-cased text): a
# giving verb for goods, or a named lender whose later anaphor ("the bank") needs it.
INKIND_VERB = re.compile(
    _GOODS_VERB.pattern + r"|\b(?:development|investment|world)\s+bank\b|\breceiv(?:e|es|ed|ing)\b|"
    r"\bdelivery\s+of\b|\b(?:donated|gifted|supplied|provided)\s+by\b|\bimf\b|monetary\s+fund|"
    r"\barrived\s+(?:in|at)\b|\breached\b|\blanded\s+(?:in|at)\b|\bdocked\b|\btouched\s+down\b|"
    r"\b(?:un|off-?)loaded\s+(?:in|at|into)\b",
    re.I,
)
_INKIND_GOODS = re.compile(
    r"\b(?:(?:patrol\s+)?(?:vessels?|boats?|ships?)|(?:armou?red\s+|military\s+|patrol\s+)?"
    r"vehicles|trucks|ambulances|helicopters?|aircraft|planes|drones|UAVs|radars?|rifles|"
    r"ammunition|body\s+armou?r|night-vision\s+\w+|equipment|tents|blankets|generators|"
    r"water[\s-]purif\w+(?:\s+(?:tablets|units|systems|plants|kits))?|medical\s+supplies|medicines?|vaccines?|doses|"
    r"(?:tons|tonnes)\s+of\s+\w+|food\s+(?:aid|parcels|supplies|rations)|relief\s+supplies|"
    r"humanitarian\s+(?:aid|supplies|cargo)|hygiene\s+kits|kits|field\s+hospitals?|"
    r"air[\s-]+defen[cs]e\s+systems?|missiles|munitions|weapons|shells|tanks|"
    r"(?:x-ray\s+)?scanners|speedboats|interceptor\s+boats|corvettes?|frigates?|cutters?|"
    r"howitzers|artillery|motorcycles|motorbikes|flour|wheat|rice|grain|fuel|"
    r"(?:[\w-]+\s+)?ambulances|(?:Land\s+)?Cruisers|pick-?ups|pickup\s+trucks|SUVs|4x4s|"
    r"jeeps|(?:mini)?buses|water\s+filters|transformers|(?:[\w-]+\s+)?turbines|"
    r"locomotives|(?:rail(?:way)?|train|passenger)\s+(?:coaches|carriages|cars|wagons)|"
    r"railcars|rolling\s+stock|fire\s+(?:engines|trucks)|tractors|excavators|bulldozers|"
    r"water\s+pumps|(?:solar\s+)?lamps|satellite\s+phones|mobile\s+clinics|"
    r"(?:gas-turbine|generating|power|generator)\s+(?:units|sets)|"
    r"(?:personnel|troop)\s+carriers|minehunters?|minesweepers?|"
    r"(?:interceptor|patrol|landing)\s+craft|radios|uniforms|computers|laptops|"
    r"(?:[\w-]+\s+)?substations|solar\s+panels|water\s+tanks|"
    # common military kit: "30 armoured Land Rovers", "40 Humvees", "two NASAMS fire units"
    r"Humvees|Land\s+Rovers|fire\s+units|launchers|"
    # "will donate 19 F-16 fighter jets"
    r"jets|warplanes)\b",
    re.I,
)
_INKIND_NEGATIVE = re.compile(
    r"\b(?:sold|sell|sells|selling|sale|purchas\w+|bought|buy|order(?:ed|s)?|contract|"
    r"manufactur\w+|built|build|produc(?!ts?\b)\w+|troops|soldiers|letter|message|delegation|"
    r"speech|signal|warning(?<!early[\s-]warning)|request(?:ed|s)?|asked|seek\w*|sought|appeal\w*|need\w*|"
    r"not|never|refus\w*|block\w*|halt\w*|suspend\w*|seiz\w*|intercept(?:s|ed|ing|ions?)?|"
    r"smuggl\w*|"
    r"stolen|captured|shot\s+down|destroyed|lost|attack\w*|launch(?!ers?\b)\w*|(?<!-)fired|sales|dealers?|"
    r"dealerships?|customers|retail\w*|promotion|deal|car\s*maker|firm|company|"
    # fighters laying down arms: "the rebels handed over 300 weapons", "surrendered"
    r"rebels?|insurgents?|militants?|fighters|guerrillas?|cadres|surrender\w*|disarm\w*|"
    r"demobili[sz]\w*|"
    # a group laying down its own arms: "after the group handed over its weapons"
    r"its\s+(?:own\s+|remaining\s+|last\s+)?(?:weapons|arms|guns|rifles))\b",
    re.I,
)
# "provides for the construction of two outposts, the supply of radars": a plan's contents
_PROVIDES_FOR = re.compile(
    r"\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?(?:construction|supply|purchase|procurement|delivery|"
    r"provision|installation|establishment|creation|rehabilitation|acquisition|transfer)\b"
)
_GOODS_VALUED = re.compile(
    _INKIND_GOODS.pattern[:-3] + r"|systems)\s+(?:\([^()]*\)\s+)?(?:valued\s+at|worth)\s+"
    r"(?:about\s+|approximately\s+|some\s+|around\s+|nearly\s+|roughly\s+)?$",
    re.I,
)
# Every match ends in its price words (the pattern's suffix below), and those can only
# sit at the end: that suffix alone, led by a literal, rejects most texts cheaply.
_GOODS_VALUED_TAIL = re.compile(_GOODS_VALUED.pattern.rsplit(r"\s+(?:\([^()]*\)\s+)?", 1)[1], re.I)


def _goods_valued(x: str) -> bool:
    """``bool(_GOODS_VALUED.search(x))``."""
    return _GOODS_VALUED_TAIL.search(x) is not None and _GOODS_VALUED.search(x) is not None


_ARMS = re.compile(r"(?:rifles|ammunition|weapons|munitions|guns|arms|explosives)$", re.I)
# The lookahead holds every first letter of _GOODS_VERB: a cheap reject at most positions.
_GOODS_VERB_LOW = re.compile(f"(?=[dhgpsatucfr])(?:{required_twin(_GOODS_VERB).pattern})")
# Only ever asked whether it finds anything, so the optional words before a goods noun
# are dropped: each ends in whitespace before the noun's first letter, so the bare noun
# matches (with its own \b) wherever the longer form does, and inside the same window.
_INKIND_GOODS_OPTIONAL = (
    r"(?:patrol\s+)?",
    r"(?:armou?red\s+|military\s+|patrol\s+)?",
    r"(?:x-ray\s+)?",
    r"(?:[\w-]+\s+)?",
    r"(?:land\s+)?",
)


def _goods_any() -> re.Pattern[str]:
    p = required_twin(_INKIND_GOODS).pattern
    for opt in _INKIND_GOODS_OPTIONAL:
        assert opt in p
        p = p.replace(opt, "")
    return re.compile(p)


def _top_alternatives(body: str) -> list[str]:
    """The top-level ``|``-separated parts of a pattern body."""
    parts, depth, start, in_class = [], 0, 0, False
    for i, c in enumerate(body):
        if body[i - 1 : i] == "\\":
            assert body[i - 2 : i] != "\\\\", body
            continue
        if in_class:
            assert c not in "()|[", body
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            assert depth >= 0, body
        elif c == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    assert depth == 0, body
    parts.append(body[start:])
    return parts


def _letter_led(alt: str) -> list[str]:
    """``alt`` as alternatives that each start with a plain character: a leading
    ``(?:X|Y)`` is distributed over what follows it, a leading ``(?:X)?`` split in two."""
    if not alt.startswith("(?:"):
        assert alt[:1].isalnum() and alt[1:2] not in ("?", "*", "+", "{", ""), alt
        return [alt]
    depths = itertools.accumulate((c == "(") - (c == ")") for c in alt)
    j = next(i for i, depth in enumerate(depths) if depth == 0)
    assert "\\(" not in alt and "\\)" not in alt, alt
    inner, after = alt[3:j], alt[j + 1 :]
    heads = _top_alternatives(inner)
    if after.startswith("?"):
        heads, after = [*heads, ""], after[1:]
    assert after[:1] not in ("?", "*", "+", "{"), alt
    return [x for head in heads for x in _letter_led(head + after)]


_ALTERNATION = re.compile(
    r"(?:\(\?=(?P<look1>\[[^\]]*\])\)\(\?:)?\\b(?:\(\?=(?P<look2>\[[^\]]*\])\))?\(\?:"
    r"(?P<body>.*)\)\\b(?(look1)\))",
    re.S,
)


def _by_first_letter(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``\\b(?:A|B|...)\\b`` (maybe behind a first-letter lookahead) rewritten with every
    alternative led by one character and grouped under it ("a(?<!\\w.)(?:mbulances|
    ircraft)"; the lookbehind right after a word character is the ``\\b`` before it): the
    engine then scans for those characters alone instead of trying the alternation at
    every position.  Within a letter the alternatives keep their order, and only those
    led by the letter at hand can match there: every match is the same."""
    m = _ALTERNATION.fullmatch(rx.pattern)
    assert m is not None and not rx.flags & re.I, rx.pattern
    look = m.group("look1") or m.group("look2")
    groups: dict[str, list[str]] = {}
    for alt in _top_alternatives(m.group("body")):
        for x in _letter_led(alt):
            assert x[0].isalnum() and (look is None or re.fullmatch(look, x[0])), x
            groups.setdefault(x[0], []).append(x[1:])
    alts = [f"{c}(?<!\\w.)(?:{'|'.join(tails)})" for c, tails in groups.items()]
    return re.compile("(?:" + "|".join(alts) + r")\b", rx.flags)


_INKIND_GOODS_LOW = _by_first_letter(_goods_any())
_INKIND_GOODS_TWIN = required_twin(_INKIND_GOODS)
_INKIND_NEGATIVE_LOW = required_twin(_INKIND_NEGATIVE)
_AID_VERB_LOW = _by_first_letter(required_twin(_AID_VERB))
# The spelled-out forms, and the same matches led by their first letters.
_AID_NEGATIVE_SPELLED = _AID_NEGATIVE
_AID_NEGATIVE = _by_first_letter(_AID_NEGATIVE)
_GOODS_VERB_LOW_SPELLED = _GOODS_VERB_LOW
_GOODS_VERB_LOW = _by_first_letter(_GOODS_VERB_LOW)
_AID_NOUN_BEFORE_LOW = required_twin(_AID_NOUN_BEFORE)


def _goods_search(s: str, low: str, plain: bool, lo: int, hi: int) -> re.Match[str] | None:
    """``_INKIND_GOODS.search(s, lo, hi)``; a miss is found cheaply on ``low``."""
    if plain:
        if _INKIND_GOODS_LOW.search(low, lo, hi) is None:
            return None
        # The exact twin finds the same leftmost match on ``low``: the re.I search then
        # starts there and matches at once.
        tm = _INKIND_GOODS_TWIN.search(low, lo, hi)
        return None if tm is None else _INKIND_GOODS.search(s, tm.start(), hi)
    return _INKIND_GOODS.search(s, lo, hi)


def _inkind_negative(s: str, low: str, plain: bool, lo: int, hi: int) -> bool:
    """``bool(_INKIND_NEGATIVE.search(s, lo, hi))``."""
    if plain:
        return _INKIND_NEGATIVE_LOW.search(low, lo, hi) is not None
    return _INKIND_NEGATIVE.search(s, lo, hi) is not None


_KIND_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "loan",
        re.compile(
            r"\b(?:loans?|credit|lend\w*|lent|concessional|bailout|"
            r"financing\s+facility|extended\s+fund\s+facility|stand-by|payment\s+facility|"
            r"deferred|deposits?|rolled\s+over)\b",
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
            r"air\s+defen[cs]e|drawdowns?|interceptors|artillery|defen[cs]e\s+articles|"
            r"armou?red|spare\s+parts)\b",
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
            r"border|counter-?terror\w*|law\s+enforcement|anti-drug|troops|patrols?|naval|"
            r"peacekeep\w*|counter-?insurgency|gangs?)\b",
            re.I,
        ),
    ),
]
# The lower-case twins, and the same matches led by their first letters.
_KIND_RULES_LOW_SPELLED = [required_twin(rx) for _, rx in _KIND_RULES]
_KIND_RULES_LOW = [_by_first_letter(rx) for rx in _KIND_RULES_LOW_SPELLED]
# A literal every match of each rule holds (lower case; none for "equipment", which is
# not run on the clause): a rule whose keys are absent is not run.
_KIND_RULE_KEYS: tuple[tuple[str, ...], ...] = (
    (
        "loan",
        "credit",
        "lend",
        "lent",
        "concessional",
        "bailout",
        "financing",
        "extended",
        "stand-by",
        "payment",
        "deferred",
        "deposit",
        "rolled",
    ),
    ("grant", "non-reimbursable"),
    (),
    (
        "humanitarian",
        "relief",
        "food",
        "emergency",
        "refugee",
        "displaced",
        "earthquake",
        "flood",
        "disaster",
        "medical",
        "medicine",
        "health",
        "vaccine",
        "hurricane",
        "famine",
        "shelter",
        "drought",
        "cyclone",
        "typhoon",
        "cholera",
        "epidemic",
        "hunger",
        "tents",
        "blankets",
    ),
    (
        "security",
        "military",
        "defen",
        "police",
        "policing",
        "counter",
        "drug",
        "crime",
        "armed",
        "army",
        "navy",
        "coast",
        "border",
        "law",
        "troops",
        "patrol",
        "naval",
        "peacekeep",
        "gang",
    ),
)
_KIND_CUES = Cues(*_KIND_RULE_KEYS)


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
_IN_BUDGET = re.compile(
    r"\b(?:in|from|out\s+of)\s+(?:its|their|the|this\s+year['’]s|next\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?budget\b"
    r"(?![\s-]+support)",
    re.I,
)
_OWN_MONEY = re.compile(
    r"\b(?:its|their|his|her)\s+own\s+(?:\w+\s+)?(?:budget|resources|funds|money|revenues?|coffers)\b",
    re.I,
)


# "..., bringing its total budget support this year to $210 million", "funding for the
# agency this year had now reached NOK 550 million": a running total, not new money.
_CUMULATIVE_BEFORE = re.compile(
    r"(?:\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|push(?:es|ing|ed)?|lift(?:s|ing|ed)?)"
    r"\b[^;:]{0,90}?\bto|\breach(?:ed|es|ing)?|\b(?:stands?|stood|now)\s+at|"
    # "pledges so far total about $1.3 billion", "commitments to date amount to ...": the
    # sum of many donors' pledges, not one of them
    r"\b(?:pledges|commitments|contributions|donations|disbursements|offers)\s+"
    r"(?:(?:so\s+far|to\s+date|now|already|received|announced|made)\s+){0,2}"
    r"(?:total(?:l?ed|s|l?ing)?|amount(?:ed|s)?\s+to|add(?:ed|s)?\s+up\s+to|c[oa]me?s?\s+to))"
    r"\s+(?:more\s+than|over|about|nearly|almost|around|"
    r"roughly|some|at\s+least|close\s+to|just\s+over|just\s+under)?\s*$",
    re.I,
)
# Every match ends (before trailing spaces) in one of these words.
_CUMULATIVE_ENDS = (
    "to",
    "reach",
    "reached",
    "reaches",
    "reaching",
    "at",
    "total",
    "totalled",
    "totaled",
    "totals",
    "totalling",
    "totaling",
    "than",
    "over",
    "about",
    "nearly",
    "almost",
    "around",
    "roughly",
    "some",
    "least",
    "under",
)


def _cumulative_before(x: str) -> bool:
    """``bool(_CUMULATIVE_BEFORE.search(x))``; its last word (case-insensitive ASCII letters
    when the twins apply) rules most texts out first."""
    if twins_apply(x) and not x.rstrip().lower().endswith(_CUMULATIVE_ENDS):
        return False
    return _CUMULATIVE_BEFORE.search(x) is not None


# "$200 million under the Fund's Resilience and Sustainability Facility"
# "the memorandum of understanding signed in 2022, which ... sets out a total of $1.45
# billion in annual assistance": the envelope of a framework named as background, in a
# relative clause; the size of an agreement is not a commitment of its own.
_FRAMEWORK_SIZE = re.compile(
    r"\b(?:memorandum|MoU|agreement|accord|compact|framework|deal|treaty|arrangement)\b"
    r"[^;.]{0,100}?\bwhich\b[^;.]{0,80}?\b(?:sets?\s+out|envisag(?:es|ed)|"
    r"foresees?|foresaw|provides?\s+for|provided\s+for|lays?\s+out|laid\s+out|calls?\s+for|"
    r"called\s+for|caps?|capped|guarantees?|guaranteed|promises?|promised|commits?|committed)\s+"
    r"(?:\w+\s+to\s+)?(?:(?:a\s+total\s+of|an\s+annual|up\s+to|some|about|around|at\s+least)\s+)?$",
    re.I,
)
_UNDER_FACILITY = re.compile(
    r"\s*(?:\)\s*)?(?:\w+\s+){0,2}?(?:under|from|through|via)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){0,6}?"
    r"(?:[Ff]acility|[Pp]rogramme|[Pp]rogram|[Aa]rrangement|[Ww]indow|[Ii]nstrument|"
    r"[Ii]nitiative|[Tt]rust\s+[Ff]und)\b"
)
# "C$60 million for Haiti, C$20 million of which will go to the police": a part.
_OF_WHICH = re.compile(r"\s*(?:\)\s*)?of\s+(?:which|it|this|that)\b")
# "Japan says 15 billion yen of its package will pay for ...": a share of a commitment
# already reported, not a new one.
_OF_PRIOR = re.compile(
    r"\s*(?:\)\s*)?of\s+(?:its|their|his|her|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:package|pledge|"
    r"aid|total|commitment|contribution|allocation|funding|sum|amount|envelope)\b",
    re.I,
)
_CUMULATIVE_AFTER = re.compile(r"[^;:]{0,80}?\bsince\b", re.I)
# "Since April 2023, Canada has provided more than $250 million ...": a fronted "since"
# phrase makes the perfect a running total as much as a trailing one does.
_SINCE_FRONTED = re.compile(
    r"^\s*(?:[Ee]ver\s+)?[Ss]ince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+)?"
    r"[^,;:]{2,60}(?:,|\s(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+ha(?:s|ve)\s))"
)
_PERFECT_GIVE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+|together\s+)?"
    r"(?:committed|provided|given|pledged|sent|delivered|spent|disbursed|contributed|"
    r"allocated|channell?ed|funnell?ed|lent|loaned|transferred|poured|unlocked|mobili[sz]ed|"
    r"extended|granted|donated|released|made\s+available)\b",
    re.I,
)
# Reported speech: "an official said his country had provided more than $600 million to
# Sudan since 2023" is a multi-year running total; "had given NZ$5 million ... since the
# cyclone struck" (one event's response) is not, so only a period since a year or the start
# of a war counts.
# "having extended more than 3 trillion yen", "which has given over 2 billion euros to
# Jordan over the past decade": a perfect (or perfect participle) of giving with an
# open-ended quantifier is a running total when it is a background participle or a
# period follows.
_PERFECT_QUANT = re.compile(
    r"\b(?P<aux>having|has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+|together\s+|"
    r"collectively\s+|cumulatively\s+)?"
    r"(?:committed|provided|given|pledged|sent|delivered|spent|disbursed|contributed|"
    r"allocated|channell?ed|funnell?ed|lent|loaned|transferred|poured|unlocked|mobili[sz]ed|"
    r"extended|granted|donated|released|made\s+available|invested|approved)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|nearly|"
    r"almost|close\s+to|a\s+total\s+of|some|well\s+over|at\s+least|roughly|about)\s+$",
    re.I,
)
_RUNNING_AFTER = re.compile(
    r"[^;:]{0,90}?\b(?:since|over\s+the\s+(?:past|last)|in\s+(?:recent|the\s+past|the\s+last)\s+"
    r"(?:\w+\s+)?(?:years?|decades?|months)|to\s+date|so\s+far|in\s+total|altogether|"
    r"cumulatively|(?:so\s+far\s+)?this\s+year)\b",
    re.I,
)
# "has yet to receive any money from the 6 billion euro facility", "has not received a
# cent of the $2 billion": the amount was never handed over.
_NOT_RECEIVED = re.compile(
    r"\b(?:yet\s+to\s+(?:receive|see|get|access|draw(?:\s+down)?|tap)|(?:has|have|had)\s+"
    r"(?:still\s+)?(?:not|never)\s+(?:yet\s+)?(?:received|seen|got|accessed|drawn|tapped)|"
    r"(?:hasn['’]t|haven['’]t|hadn['’]t)\s+(?:yet\s+)?(?:received|seen|got|accessed|drawn)|"
    r"still\s+wait(?:s|ing)?\s+for|no\s+money)\b[^;.]{0,70}$",
    re.I,
)
# "has about 1 trillion won budgeted for 2026": money a fund holds in its budget.
_BUDGETED_AFTER = re.compile(r"\s*(?:\)\s*)?(?:[\w-]+\s+){0,2}?budgeted\b")
_PLUPERFECT_GIVE = re.compile(_PERFECT_GIVE.pattern.replace("(?:has|have)", "had", 1), re.I)
_SINCE_PERIOD = re.compile(
    r"[^;:]{0,80}?\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|"
    r"[^;:]{0,80}?\bsince\s+the\s+(?:(?:start|beginning|outbreak|onset)\s+of\b|"
    r"(?:war|conflict|invasion|crisis)\b)",
)
# "unlocked about $3.6 billion over its lifetime", "... over the life of the programme":
# the sum of a programme's past disbursements, whatever the tense.
_LIFETIME_AFTER = re.compile(
    r"[^;:]{0,60}?\b(?:over|during|across|in)\s+(?:its|their|the)\s+(?:\w+\s+)?"
    r"(?:lifetime|life(?:span)?|lifespan|existence|history)\b|[^;:]{0,40}?\bcumulatively\b",
    re.I,
)
# "The agreement covers about $4.2 billion of loans": the stock of old debt a deal
# covers, not new money.
_COVERS_STOCK = re.compile(
    r"\b(?:covers?|covered|covering|involv(?:es|ed|ing|e)|affect(?:s|ed|ing)?|"
    r"encompass(?:es|ed|ing)?|span(?:s|ned|ning)?|appl(?:y|ies|ied)\s+to)\s+"
    r"(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_STOCK_AFTER = re.compile(
    r"\s*(?:\)\s*)?(?:[\w-]+\s+){0,1}?(?:of|in)\s+(?:[\w-]+\s+){0,2}?(?:loans|debts?|"
    r"borrowing|arrears|obligations|liabilities|credits|bonds)\b",
    re.I,
)
_LENDER_ANAPHOR = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[Bb]ank|[Ll]ender|[Bb]oard)\b")
_THE_FUND = re.compile(r"\b[Tt]he\s+Fund(?:['’]s)?\b")


# "Bolivia and the International Monetary Fund have reached ...", "Kenya and the World
# Bank signed ...": a joint subject of a country and a lender; the lender gives.
_AGENCY_FOR = re.compile(r"\bfor\s+(?:the\s+)?([A-Z][\w'’ -]+)$")
_JOINT_HEDGE = re.compile(
    r"\b(?:discuss\w*|negotiating|possible|potential|propos\w*|fail\w*|collaps\w*|stall\w*|"
    r"broke\s+down|still|yet\s+to|hope\w*|aim\w*|seek\w*|could|would\s+like)\b",
    re.I,
)
_JOINT_AND = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?$")


_JOINT_LENDER_RX1 = re.compile(r"\b(?:to|for|with|from|between|in|at|on|of)\s+(?:the\s+)?$")


def _joint_lender(
    s: str, mentions: list[Mention], off: int, lo: int, verb_start: int
) -> tuple[str, str] | None:
    subj = [
        m
        for m in mentions
        if lo <= m.start - off < verb_start and (m.kind in PARTY_KINDS or m.kind == KIND_METONYM)
    ]
    for a, b in itertools.pairwise(subj):
        if (
            b.canonical in _LENDERS
            and a.canonical not in _LENDERS
            and is_country(a.canonical)
            and _JOINT_AND.fullmatch(s, a.end - off, b.start - off)
            and not _JOINT_LENDER_RX1.search(s[max(0, a.start - off - 12) : a.start - off])
        ):
            return b.canonical, a.canonical
    return None


# "the Loan Agreement between the Republic of Azerbaijan and the Islamic Development Bank",
# "the financing agreement with Tajikistan": the lender's partner in the agreement's title.
_AGREEMENT_PARTIES = re.compile(
    r"[Aa]greement\s+(?:(?:signed\s+)?with|between)\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?"
)
_AGREEMENT_AND = re.compile(r"\s+and\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?")


_KIND_NOUN_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(grant|loan|credit)\s+(?:of|worth|totall?ing)\s+"
    r"(?:about\s+|up\s+to\s+|some\s+)?$",
    re.I,
)
_DEFERRED = re.compile(
    r"\bon\s+(?:a\s+)?deferred[\s-]+payments?\b|\bdeferred[\s-]+payment\s+(?:terms|basis)\b"
)
_SECURITY_MISSION = re.compile(
    r"\b(?:[Pp]eace-?keeping|[Ss]tabili[sz]ation|[Mm]ilitary|[Ss]ecurity|[Cc]ounter-?terrorism|"
    r"[Pp]eace\s+[Ee]nforcement|Transition|Support|"
    # a regional bloc's or a multinational mission is an armed one ("the African Union
    # mission in Somalia"); a UN mission may be civilian ("UN Verification Mission")
    r"African\s+Union|AU|ECOWAS|SADC|EAC|[Mm]ultinational|[Rr]egional)\s+"
    r"(?:[A-Za-z]+\s+){0,2}?(?:[Mm]ission|[Ff]orces?)\b"
)
_LOAN_TITLE = re.compile(r"\b(?:[Ll]oan|[Cc]redit)\s+[Aa]greement\b")


def _agreement_partner(s: str, mentions: list[Mention], off: int, lender: str) -> str | None:
    """The country a lender's agreement is with, named in the agreement's title."""
    am = _AGREEMENT_PARTIES.search(s)
    if not am:
        return None
    at = {m.start - off: m for m in mentions}
    first = at.get(am.end())
    if first is None:
        return None
    if first.canonical == lender:
        nm = _AGREEMENT_AND.match(s, first.end - off)
        first = at.get(nm.end()) if nm else None
        if first is None:
            return None
    elif "between" in am.group(0):
        nm = _AGREEMENT_AND.match(s, first.end - off)
        if not nm or getattr(at.get(nm.end()), "canonical", None) != lender:
            return None
    return first.canonical if is_country(first.canonical) else None


def _lender_in(s: str, mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.canonical in _LENDERS:
            return m.canonical
    if _THE_FUND.search(s):
        return "IMF"
    return None


# A national currency names its issuer when no donor is written ("Separately, NZ$6.5
# million will go to the Fiji Police Force"); shared currencies (USD, EUR) do not.
_CURRENCY_HOME = {
    "AUD": "Australia",
    "NZD": "New Zealand",
    "JPY": "Japan",
    "GBP": "United Kingdom",
    "CAD": "Canada",
    "CHF": "Switzerland",
    "NOK": "Norway",
    "SEK": "Sweden",
    "DKK": "Denmark",
    "KRW": "South Korea",
    "CNY": "China",
    "INR": "India",
    "KWD": "Kuwait",
    "SAR": "Saudi Arabia",
    "AED": "United Arab Emirates",
    "QAR": "Qatar",
    "TWD": "Taiwan",
}
# Currencies of one borrowing country: a lender's loan written in them ("a loan of 3.2
# billion lempiras to finance a prison") goes to that country when none is named.
_BORROWER_CURRENCY = {
    "HNL": "Honduras", "GTQ": "Guatemala", "NIO": "Nicaragua", "CRC": "Costa Rica",
    "DOP": "Dominican Republic", "PEN": "Peru", "COP": "Colombia", "BOB": "Bolivia",
    "PYG": "Paraguay", "UYU": "Uruguay", "ARS": "Argentina", "BRL": "Brazil", "MXN": "Mexico",
    "CLP": "Chile", "HTG": "Haiti", "JMD": "Jamaica", "KES": "Kenya", "UGX": "Uganda",
    "TZS": "Tanzania", "ETB": "Ethiopia", "NGN": "Nigeria", "GHS": "Ghana", "ZMW": "Zambia",
    "MWK": "Malawi", "MZN": "Mozambique", "AOA": "Angola", "RWF": "Rwanda", "EGP": "Egypt",
    "MAD": "Morocco", "TND": "Tunisia", "PKR": "Pakistan", "BDT": "Bangladesh",
    "LKR": "Sri Lanka", "NPR": "Nepal", "IDR": "Indonesia", "PHP": "Philippines",
    "VND": "Vietnam", "KHR": "Cambodia", "LAK": "Laos", "MNT": "Mongolia", "UZS": "Uzbekistan",
    "KZT": "Kazakhstan", "KGS": "Kyrgyzstan", "TJS": "Tajikistan", "UAH": "Ukraine",
    "GEL": "Georgia", "AMD": "Armenia", "AZN": "Azerbaijan", "MDL": "Moldova",
}  # fmt: skip
_XOF = ("Senegal", "Mali", "Burkina Faso", "Niger", "Ivory Coast", "Benin", "Togo", "Guinea-Bissau")
_XAF = ("Cameroon", "Chad", "Central African Republic", "Republic of the Congo", "Gabon")
# A currency name shared by several countries ("Rs", "dinars", "shillings", "francs",
# "riyals", "dirhams", "pounds") is the one of the country it belongs to: the donor's,
# else the recipient's, else the story's.  Each family: (bare-name test, variants).
_SHARED_CURRENCY: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {
    "INR": (
        re.compile(r"^(?:Rs\.?|(?:\S+\s+){1,3}rupees?)", re.I),
        {
            "India": "INR",
            "Pakistan": "PKR",
            "Sri Lanka": "LKR",
            "Nepal": "NPR",
            "Mauritius": "MUR",
            "Seychelles": "SCR",
        },
    ),
    "KWD": (
        re.compile(r"^(?:\S+\s+){1,3}dinars?\b"),
        {
            "Kuwait": "KWD",
            "Jordan": "JOD",
            "Iraq": "IQD",
            "Bahrain": "BHD",
            "Libya": "LYD",
            "Algeria": "DZD",
            "Tunisia": "TND",
            "Serbia": "RSD",
        },
    ),
    "KES": (
        re.compile(r"^(?:Shs?\.?\s?\d|(?:\S+\s+){1,3}shillings?\b)"),
        {"Kenya": "KES", "Uganda": "UGX", "Tanzania": "TZS", "Somalia": "SOS"},
    ),
    "SAR": (
        re.compile(r"^(?:\S+\s+){1,3}riyals?\b"),
        {"Saudi Arabia": "SAR", "Qatar": "QAR", "Oman": "OMR", "Yemen": "YER", "Iran": "IRR"},
    ),
    "AED": (
        re.compile(r"^(?:\S+\s+){1,3}dirhams?\b"),
        {"United Arab Emirates": "AED", "Morocco": "MAD"},
    ),
    "CHF": (
        re.compile(r"^(?:\S+\s+){1,3}francs?\b"),
        {
            "Switzerland": "CHF",
            "Rwanda": "RWF",
            "Burundi": "BIF",
            "Guinea": "GNF",
            "Democratic Republic of the Congo": "CDF",
            **dict.fromkeys(_XOF, "XOF"),
            **dict.fromkeys(_XAF, "XAF"),
        },
    ),
    "XOF": (
        re.compile(r"^(?:F\.?CFA|(?:\S+\s+){1,3}(?:CFA\s+francs?|FCFA|francs?\s+CFA))"),
        {**dict.fromkeys(_XOF, "XOF"), **dict.fromkeys(_XAF, "XAF")},
    ),
    "SEK": (
        re.compile(r"^(?:\S+\s+){1,3}crowns?\b"),
        {
            "Sweden": "SEK",
            "Norway": "NOK",
            "Denmark": "DKK",
            "Czech Republic": "CZK",
            "Iceland": "ISK",
        },
    ),
    "NOK": (
        re.compile(r"^(?:\S+\s+){1,3}kron(?:e|er)\b"),
        {"Norway": "NOK", "Denmark": "DKK", "Sweden": "SEK", "Iceland": "ISK"},
    ),
    "RON": (
        re.compile(r"^(?:\S+\s+){1,3}lei\b"),
        {"Romania": "RON", "Moldova": "MDL"},
    ),
    "ZMW": (
        re.compile(r"^(?:\S+\s+){1,3}kwacha\b"),
        {"Zambia": "ZMW", "Malawi": "MWK"},
    ),
    "GBP": (
        re.compile(r"^(?:\S+\s+){1,3}pounds?\b(?!\s+sterling)"),
        {
            "United Kingdom": "GBP",
            "Egypt": "EGP",
            "Lebanon": "LBP",
            "Sudan": "SDG",
            "South Sudan": "SSP",
            "Syria": "SYP",
        },
    ),
}


# A name qualified by its country ("1.2 million Kuwaiti dinars", "NOK 5m Norwegian kroner")
# is that country's currency whatever the story's countries are.
_QUALIFIED_NAME = re.compile(
    r"(?<![\w-])(?!CFA\b|[Mm]illion\b|[Bb]illion\b|[Tt]housand\b|[Tt]rillion\b)[A-Z][A-Za-z]+\s+\S+$"
)


def _local_currency(
    money: Money, donor: str | None, recipient: str | None, salience: Counter[str]
) -> str:
    """The variant of a shared currency name that belongs to the story's countries."""
    fam = _SHARED_CURRENCY.get(money.currency)
    if fam is None or not fam[0].match(money.text) or _QUALIFIED_NAME.search(money.text):
        return money.currency
    variants = fam[1]
    for country in (donor, recipient, *(c for c, _ in salience.most_common(3))):
        if country in variants:
            return variants[country]
    return money.currency


# EU institutions and the EU's own instrument: "The European Parliament approved €4 billion
# in macro-financial assistance", "MEPs backed a €1 billion loan".
_COMMISSION = re.compile(
    r"\b(?:(?:the|The)\s+(?:Commission|Council)\b(?!\s+of\b)|European\s+Parliament\b|"
    r"MEPs\b|[Mm]acro-?financial\s+assistance\b)"
)
# "The Ministry of the Interior will provide ...", "the Minister of International
# Development announced ...": an unnamed office of the government issuing the text.
_OFFICIAL_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Oo]ur)\s+(?:(?:[Ff]ederal|[Ff]oreign|[Ii]nterior|[Dd]efen[cs]e|[Ff]inance)\s+)?"
    r"(?:Minist(?:er|ry|ries)|Department|Government|Secretary|Office|Cabinet|Agency)\b"
)


# "China's Export-Import Bank": the lender's name, possessive-led, is no trade cue.
_EXIM_NAME = re.compile(r"\bExport[\s-]Import\s+Bank\b")

# "$25 million (about $US16.5 million)": a writer who marks the US dollar right after
# a bare "$" means the donor's own dollar by it.
# The convention holds for the whole article ("Separately, Australia has sent $2
# million ...").
_US_MARKED = re.compile(
    r"\$\s?\d[\d.,]*\s*(?:million|billion|mn|bn|m|b)?\s*\((?:about|around|roughly|some|"
    r"nearly|almost|approximately|or|approx\.)?\s*(?:US\$|\$US|U\.S\.\s?\$|USD)"
)


def _own_dollar_writer(state: dict) -> bool:
    got = state.get("own_dollar")
    if got is None:
        text = state.get("text") or ""
        got = state["own_dollar"] = "US" in text and _US_MARKED.search(text) is not None
    return got


_OWN_DOLLAR = {
    "Canada": "CAD",
    "Australia": "AUD",
    "New Zealand": "NZD",
    "Singapore": "SGD",
    "Hong Kong": "HKD",
    "Taiwan": "TWD",
}


def _issuer(salience: Counter[str], recipient: str | None, s: str) -> str | None:
    """The issuing state: more salient than the foreign recipient named here."""
    if recipient is None or (recipient not in s and not salience.get(recipient)):
        return None
    for c, n in salience.most_common(3):
        if c != recipient and is_country(c) and n >= salience.get(recipient, 0):
            return c
    return None


# "the Department will provide $25 million" in a story about the US State Department.
_DEPARTMENT_SUBJECT = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:State\s+)?Department\b(?!\s+of\s)")
_US_STATE_DEPARTMENT = re.compile(
    r"\b(?:(?:US|U\.S\.)\s+)?State\s+Department\b|\bDepartment\s+of\s+State\b"
)


def _department_donor(s: str, state: dict, verb_start: int) -> str | None:
    if "Department" not in s:
        return None
    dm = _DEPARTMENT_SUBJECT.search(s, 0, verb_start)
    text = state.get("text") or ""
    if dm and _US_STATE_DEPARTMENT.search(text):
        return "United States"
    return None


# Programmes only the United States runs: "$80 million in Foreign Military Financing",
# "a presidential drawdown of $300 million".
_US_PROGRAMME = re.compile(
    r"\bForeign\s+Military\s+Financ(?:ing|e)\b|\bFMF\b|\b[Pp]residential\s+[Dd]rawdown\b"
)


def _us_programme_donor(s: str) -> str | None:
    if ("ilitary" in s or "FMF" in s or "rawdown" in s) and _US_PROGRAMME.search(s):
        return "United States"
    return None


def _implied_donor(s: str, currency: str, salience: Counter[str]) -> str | None:
    home = _CURRENCY_HOME.get(currency)
    if home and salience.get(home):
        return home
    if currency == "EUR" and _COMMISSION.search(s):
        return "European Union"  # "The Commission announced €35 million ..."
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


_OWN_KIND = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:in|as)\s+(?:[\w-]+\s+)?(?:(?P<grant>grants?|non-reimbursable)|"
    r"(?P<loan>loans?|credits?|lending))\b",
    re.I,
)


_KIND_OF_RX1 = re.compile(
    r"\b(?:worth|valued\s+at)\s+(?:about\s+|some\s+|around\s+|nearly\s+|approximately\s+|"
    r"roughly\s+)?$"
)
_KIND_OF_RX2 = re.compile(r"^\s*(?:\)|\s)*(?:worth\s+of\s+|in\s+)")


def _kind_of(
    clause: str, after_money: str, before_money: str = "", clause_low: str | None = None
) -> str:
    """``clause_low``, when given, is ``clause.lower()`` and ``twins_apply(clause)`` holds."""
    # "made up of €120m in grants and €150m in concessional loans": each part's noun.
    om = _OWN_KIND.match(after_money)
    if om:
        return "grant" if om.group("grant") else "loan"
    # "twelve police vehicles worth about 8 million yuan": the money values goods.
    if _KIND_OF_RX1.search(before_money[-40:]):
        gm = _INKIND_GOODS.search(before_money[-80:])
        if gm:
            return "equipment"
    # "a presidential drawdown of $325 million", "a $400 million drawdown package":
    # articles taken from the donor's own stocks.
    if "drawdown" in before_money[-40:].lower() or "drawdown" in after_money[:30].lower():
        return "equipment"
    if clause_low is not None:
        plain, low = True, clause_low
    else:
        plain = twins_apply(clause)
        low = clause.lower() if plain else clause
    present = _KIND_CUES(low) if plain else -1  # bit i: a key of rule i is in ``low``
    for i, ((kind, rx), rx_low) in enumerate(zip(_KIND_RULES, _KIND_RULES_LOW, strict=True)):
        if kind == "equipment":
            # Equipment only when the money is *in* goods or no money at all.
            if _KIND_OF_RX2.match(after_money) and rx.search(after_money[:60]):
                return kind
            continue
        if plain:
            if present >> i & 1 and rx_low.search(low):
                return kind
        elif rx.search(clause):
            return kind
    return "unspecified"


def _party_mentions(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in mentions if lo <= m.start and m.end <= hi and m.kind in PARTY_KINDS]


_DEMONYM_UNIT_RX1 = re.compile(
    r"\s+(?:[A-Z][\w-]+|(?:[a-z-]+\s+)?(?:armed\s+forces|military|army|navy|police|"
    r"coast\s*guard|government|ministry|agency|gendarmerie|national\s+guard|air\s+force|"
    r"marines|soldiers|customs|rangers|fire\s*fighters|fire\s+service|security\s+services|"
    r"special\s+forces|units?|battalions?|brigades?|guards|officers|counterparts|"
    r"institutions?|service)\b|"
    r"forces|authorities|troops|people|refugees|farmers|border)"
)
# "across eight Yemeni governorates", "Haitian hospitals": places and people in the country
_DEMONYM_PLACE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:governorates|provinces|regions|districts|municipalities|villages|"
    r"towns|cities|communities|hospitals|clinics|schools|families|households|civilians|"
    r"children|students|patients|health\s+workers)\b"
)
# "the Afar, Amhara and Somali regions": a region named after a people, in a list of names
_NAME_LIST_BEFORE = re.compile(r"[A-Z][\w-]+(?:,\s+|,?\s+(?:and|or)\s+)$")


# "assistance for displaced Haitians", "to help Afghans": a people named by a plural
# demonym after "for/to/help" lives in its country unless a place or exile follows.
_PEOPLE_BEFORE = re.compile(
    r"\b(?:for|to|help(?:ing)?|feed(?:ing)?|assist(?:ing)?|support(?:ing)?)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,2}$"
)
_ABROAD_AFTER = re.compile(r"s?\s+(?:(?:living|working|sheltering|stranded)\s+)?abroad\b")
_PEOPLE_ELSEWHERE = re.compile(
    r"\s+(?:in|at|living|sheltering|hosted|who|stranded|abroad|across|outside|from|on)\b"
)


def _demonym_unit(s: str, m: Mention) -> bool:
    """'Ecuadorian Navy', 'Ukrainian forces' — a demonym naming a beneficiary."""
    follow = s[m.end : m.end + 40]
    if _DEMONYM_UNIT_RX1.match(follow):
        return True
    if (
        s[m.end - 1 : m.end] == "s"
        and s[m.start : m.start + 1].isupper()
        and _PEOPLE_BEFORE.search(s, max(0, m.start - 40), m.start)
        and not _PEOPLE_ELSEWHERE.match(follow)
        and not _DISPLACED.match(follow)
    ):
        return True
    return bool(
        _DEMONYM_PLACE.match(follow)
        and not _NAME_LIST_BEFORE.search(s, max(0, m.start - 30), m.start)
    )


_PICK_DONOR_RX1 = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?")
_PICK_DONOR_RX2 = re.compile(r"\s*(?:it|they)\b")
_PICK_DONOR_RX3 = re.compile(r"\b(?:which|who|whose)\s*$")
_PICK_DONOR_RX4 = re.compile(
    r"\s+(?:government|authorities|officials|ministry|embassy|agency|military|side|"
    r"(?:development|aid)\s+(?:agency|bank|fund)|"
    r"navy|president|prime\s+minister|defen[cs]e|foreign|(?:[\w-]+\s+)?(?:ship|"
    r"vessel|plane|aircraft|convoy|air\s+force|envoy|ambassador|high\s+commission)|"
    r"red\s+cr(?:oss|escent))",
    re.I,
)
_PICK_DONOR_RX5 = re.compile(
    r"\s+(?:officials|government|embassy|envoy|ambassador|authorities|side)\b"
)


def _pick_donor(
    s: str,
    mentions: list[Mention],
    verb_start: int,
    money: Money,
    sent_start: int,
    clause_lo: int = 0,
) -> str | None:
    # "Norway, which gave NOK 500 million to Ukraine ..., said it would provide ...": a
    # place reached by "to/for/in" is a recipient or a location, never the giver.
    # Only mentions before the verb can be subjects; one after it is checked alone below.
    every, s_full = mentions, s
    verb_at = sent_start + verb_start
    mentions = [
        m
        for m in mentions
        if m.start < verb_at
        and (
            not _OBJECT_ROLE.search(s, max(0, m.start - sent_start - 12), m.start - sent_start)
            or s[m.end - sent_start : m.end - sent_start + 2] in ("'s", "’s")
        )
    ]
    cut = 0
    if (
        clause_lo
        and not _PICK_DONOR_RX3.search(s[max(0, clause_lo - 8) : clause_lo])
        and any(clause_lo <= m.start - sent_start and m.kind in PARTY_KINDS for m in mentions)
    ):
        # "..., while Saudi Arabia's KSrelief committed $100 million": the subject
        # of this clause, not of the sentence.
        s = " " * clause_lo + s[clause_lo:]
        cut = clause_lo
        mentions = [m for m in mentions if m.start - sent_start >= clause_lo]
    # "In Kathmandu, the Indian embassy handed over ...", "At a ceremony on Manila Bay,
    # ... were handed over": a place where it happens is not the giver.
    mentions = [
        m for m in mentions if m.kind != KIND_METONYM or not _locative_metonym(s, m, sent_start)
    ]
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
            or (m.kind == KIND_DEMONYM and _PICK_DONOR_RX4.match(s[m.end - sent_start :]))
        )
    ]
    if len(cands) > 1 and "," in s[seg_lo:verb_start]:
        # "Responding to the UN's appeal, Canada pledged", "At the conference hosted by
        # Brussels, Japan pledged": the subject follows the fronted phrase.
        fp = _FRONTED_PHRASE.match(s, seg_lo, verb_start)
        if fp:
            own = [m for m in cands if m.start - sent_start >= fp.end()]
            if own:
                return own[0].canonical
    if cands:
        return cands[0].canonical
    if seg_lo and _PICK_DONOR_RX2.match(s[seg_lo:verb_start]):
        # "..., and the European Investment Bank said it would lend": the subject
        # of the reporting verb, not the first place of the sentence.
        prior = [
            m
            for m in mentions
            if prev_lo <= m.start - sent_start < seg_brk and m.kind in PARTY_KINDS
        ]
        if prior:
            return prior[0].canonical
    early = [
        m
        for m in mentions
        if m.start - sent_start < verb_start
        and (
            m.kind in PARTY_KINDS
            or (m.kind == KIND_DEMONYM and _PICK_DONOR_RX5.match(s[m.end - sent_start :]))
        )
    ]
    if early:
        return early[0].canonical  # "The European Union, once ..., said it would provide"
    # Passive / "from X": "$10 million from Japan", "loan from the IMF".
    after = s[money.end - sent_start :]
    # "a loan from Korea's Economic Development Cooperation Fund": the agency.
    fm = _PICK_DONOR_RX1.search(after[:80])
    if fm:
        pos = money.end + fm.end()
        for m in every:
            # The first mention there that the filters above would have kept.
            if (
                m.start == pos
                and m.kind in PARTY_KINDS
                and m.start - sent_start >= cut
                and (
                    not _OBJECT_ROLE.search(
                        s_full, max(0, m.start - sent_start - 12), m.start - sent_start
                    )
                    or s_full[m.end - sent_start : m.end - sent_start + 2] in ("'s", "’s")
                )
                and not _locative_metonym(s, m, sent_start)
            ):
                return m.canonical
    return None


# "In neighbouring Sierra Leone, the World Bank approved ...", "in war-torn Sudan": a
# place qualified by a locating adjective is where it happens, never the giver.
_PLACED_IN = re.compile(
    r"\b(?:in|across|inside)\s+(?:neighbou?ring|nearby|war-torn|quake-hit|flood-hit|"
    r"(?:north|south|east|west)(?:ern)?|central)\s+$",
    re.I,
)


_IN_LEAD = re.compile(r"[Ii]n\s+(?:the\s+)?")
_ON_THE = re.compile(r"\b[Oo]n\s+the\s+$")
_SIDE_AFTER = re.compile(r"\s+side(?:\s+of\s+the\s+[\w-]+)?\s*,")


def _fronted_place(s: str, mentions: list[Mention], off: int, verb_start: int) -> Mention | None:
    """ "In Bangladesh, Japan will give ...": a fronted place with a subject of its own
    after it (a city, "In Washington, ...", is left to the locative rules)."""
    if not s.startswith(("In ", "in ")):
        return None
    lead = next(
        (
            m
            for m in mentions
            if m.start - off in (3, 7)
            and m.kind != KIND_METONYM
            and s.startswith(",", m.end - off)
            and _IN_LEAD.fullmatch(s, 0, m.start - off)
        ),
        None,
    )
    if lead is None or not any(
        lead.end - off < m.start - off < verb_start and m.kind in PARTY_KINDS for m in mentions
    ):
        return None
    return lead


def _unplaced(s: str, mentions: list[Mention], off: int, verb_start: int) -> list[Mention]:
    """``mentions`` less the places before the verb that a locating phrase introduces."""
    side = " side" in s
    lead = _fronted_place(s, mentions, off, verb_start)
    if lead is not None:
        mentions = [m for m in mentions if m is not lead]
    if not side and "neighbo" not in s and "-" not in s and "ern " not in s and "entral " not in s:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.start - off < verb_start
            and (
                _PLACED_IN.search(s, max(0, m.start - off - 30), m.start - off)
                # "On the Haitian side, the EU gave ...": a fronted side of a border
                or (
                    side
                    and _ON_THE.search(s, max(0, m.start - off - 8), m.start - off)
                    and _SIDE_AFTER.match(s, m.end - off)
                )
            )
        )
    ]


def _locative_metonym(s: str, m: Mention, sent_start: int) -> bool:
    return (
        m.kind == KIND_METONYM
        and _LOCATIVE.search(s, max(0, m.start - sent_start - 12), m.start - sent_start) is not None
        and s[m.end - sent_start : m.end - sent_start + 2] not in ("'s", "’s")
    )


# "The Tanzanian side thanked India for dispatching ...", "Nepal expressed its gratitude
# to India for ...": the one thanked gave, the one thanking received.
_THANKS = re.compile(
    r"\b(?:thank(?:s|ed|ing)?|(?:express|convey|voic|extend|reiterat)(?:e|es|ed|ing)\s+"
    r"(?:its|their|his|her|our|deep|sincere|profound|\s)*(?:gratitude|appreciation|thanks)\s+"
    r"to|(?:is|are|was|were)\s+grateful\s+to|appreciat(?:e|es|ed|ing)|commend(?:s|ed|ing)?|"
    r"prais(?:e|es|ed|ing))\s+(?:the\s+)?(?:(?:Government|people)\s+(?:and\s+people\s+)?of\s+"
    r"(?:the\s+)?)?$",
    re.I,
)


_THANKED_RX1 = re.compile(r"(?:['’]s\s+[\w\s-]{0,30}?)?\s*(?:for|over)\b")


def _thanked(s: str, mentions: list[Mention], off: int, verb_pos: int) -> tuple[str, str] | None:
    for i, m in enumerate(mentions):
        a = m.start - off
        if a >= verb_pos or m.kind not in PARTY_KINDS:
            continue
        if not _THANKS.search(s, max(0, a - 60), a):
            continue
        if not _THANKED_RX1.match(s[m.end - off : verb_pos]):
            continue
        thanker = next(
            (
                x
                for x in mentions[:i]
                if x.kind in (*PARTY_KINDS, KIND_DEMONYM) and x.canonical != m.canonical
            ),
            None,
        )
        if thanker is not None:
            return m.canonical, thanker.canonical
    return None


_DOMESTIC_PEOPLE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:producers|growers|farmers|firms|companies|businesses|industry|"
    r"industries|exporters|manufacturers|workers|households|families|citizens|taxpayers|"
    r"carmakers|airlines|banks|employers|savers|consumers|pensioners)\b"
)
_ARRIVAL_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:port|city|town|capital|harbou?r|"
    r"airport|village|region|province|district)\s+(?:city\s+)?of\s+)?$"
)
_OBJECT_ROLE = re.compile(r"\b(?:to|for|towards?|into|inside|in|at|on)\s+(?:the\s+)?$")
_LOC_COORD = re.compile(
    r"\b(?:in|at|on|across|into|inside|throughout|against|over)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*,?\s+){0,4}?(?:(?:and|or)\s+(?:the\s+)?)?$"
)
_LOCATIVE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Oo]n|near|outside|across)\s+(?:the\s+)?$")
# "2.5 billion won through UNICEF": the channel, not the recipient.
_CHANNEL = re.compile(
    r"\b(?:through|via|by\s+way\s+of|implemented\s+by|administered\s+by|channell?ed\s+"
    r"(?:\w+\s+)?through)\s+(?:the\s+)?$",
    re.I,
)
# A UN body that serves one people stays the recipient when its field is named.
_MANDATE = {"UNRWA": "Palestine"}
_TO_NAME = re.compile(
    r"\s*(?:\)\s*)?(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)
# Money or goods going to a named unit: "to SEPRELAD", "to the Navy", "for the Ministry of
# Health", "to the national police".
_TO_UNIT = re.compile(
    r"\s*(?:\)\s*)?(?:[\w-]+\s+){0,4}?(?:to|for)\s+(?:the\s+|its\s+)?(?:[A-Z][\w&'’.-]*|"
    r"(?:national|state|local|municipal|federal)\s+\w+|navy|army|police|coast\s+guard|"
    r"armed\s+forces|military|ministry|secretariat|agency|unit|institute|office|"
    r"reconstruction|rehabilitation|repair|modernisation|modernization)\b"
)
_INSTITUTION_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_STATE_OF = re.compile(
    r"(?:Government|Republic|Kingdom|State|Sultanate|Emirate|Principality|People|Treasury|"
    r"Ministry\s+of\s+Finance)s?\s+of\s+(?:the\s+)?"
)
_APPOSITION = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:the|a|an|its|"
    # "to ANAMA, Azerbaijan's mine action agency, for ...": a possessive apposition
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s)\s+[^,;()]{1,80}?(?:,|$)"
)
_TO_BODY = re.compile(
    r"\s*(?:\)\s*)?(?:(?:in|of|as)\s+(?:[\w-]+\s+){0,2}?)?"
    # "a $30 million contribution to UNRWA", "a €10 million emergency grant to the WFP"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:contribution|donation|grant|gift|allocation|payment|"
    r"disbursement|tranche|injection|top-up|transfer)s?\s+)?"
    # "NZ$5 million will go to UNRWA", "€15 million will be contributed to the WFP"
    r"(?:(?:will|would|is\s+to|are\s+to|shall|has|have)?\s*(?:go(?:es)?|went|gone|"
    r"be(?:en)?\s+(?:\w+ed|given|made\s+available|set\s+aside|lent))\s+)?"
    r"(?:to|for)\s+(?:the\s+)?"
)
_BODY_APPOSITION = re.compile(
    r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,2}?(?:agency|fund|programme|program|organi[sz]ation|body|"
    r"office)\b[^,;()]{0,60}?(?:,|\()\s*(?:the\s+)?"
)
_REPORT_CUT = re.compile(
    r",\s+(?:[\w'’-]+\s+){1,6}?(?:said|says|told|added|announced|stated|confirmed|"
    r"explained|noted|wrote|according)\b"
)
_SOURCE_AFTER = re.compile(
    r"\s+(?:estimates|estimated|says|said|reports|reported|warns|warned|believes|believed)\b"
)
_DISPLACED = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:refugees|migrants|asylum[- ]seekers|exiles|diaspora|nationals|"
    r"returnees|evacuees|workers|deportees)\b"
)


_DITRANSITIVE = re.compile(
    r"\b(?:g[ai]ve|giv(?:e|es|en|ing)|grant(?:s|ed|ing)?|offer(?:s|ed|ing)?|sen[dt]s?|"
    r"lend(?:s|ing)?|lent|pa(?:y|ys|id|ying)|hand(?:s|ed|ing)?|award(?:s|ed|ing)?|"
    r"promis(?:e|es|ed|ing)|loan(?:s|ed)?)\s+(?:the\s+)?$",
    re.I,
)
_DOUBLE_OBJECT_GAP = re.compile(
    r"\s+(?:(?:an?|another|some|its|new|fresh|further|additional|up\s+to|about|around|nearly|"
    r"almost|more\s+than|over|roughly)\b[^,;.()]{0,40}?)?"
)


_AID_WORD_ANY = re.compile(
    r"\b(?:aid|assistance|grants?|loans?|credit|donation|support|funding|"
    r"financing|relief|package|help|to\s+the\s+country|its\s+\w+|pledg\w+|"
    r"donat\w+|contribut\w+|disburs\w+|lend|lent|provid\w+|g[ai]ve|"
    r"handed|deliver\w*|approv\w+|unlock\w*|access|opens?\s+the\s+way|sen(?:[dt]|ds|ding)|shipped|"
    r"suppl\w+|dispatch\w*|airlift\w*|unload\w*|gift\w*|flown|flew|flying|air-?dropp\w*|trucked|"
    r"ferried|transported|rushed|(?:credit|loan|financing|payment|[Ff]und)\s+[Ff]acilit(?:y|ies)|"
    r"receiv\w*|put\s+up|stump\w*\s+up|chip\w*\s+in|kick\w*\s+in|bankroll\w*|"
    r"top\w*\s+up|"
    # present, past and future of giving verbs: "lends", "gives", "earmarks", "channelled"
    r"lends|lending|gives|giving|grant(?:s|ed|ing)|earmarks|earmarking|"
    r"channell?(?:ed|ing|s)|releas(?:es|ed|ing)\s+(?:a|the|its)\s+\w*\s*tranche|"
    r"unlock\w*|disburs\w*|extend(?:s|ed|ing)?|donor\w*|deferred[\s-]+(?:oil\s+)?payment)\b",
    re.I,
)
_AID_WORD_ANY_LOW = required_twin(_AID_WORD_ANY)
_PICK_RECIPIENT_RX1 = re.compile(
    r"(?:[’']s)?\s+((?:[A-Z][\w-]+|armed\s+forces|military|army|navy|police|"
    r"coast\s+guard|forces|health\s+ministry|border\s+guards?)"
    r"(?:\s+[A-Z][\w-]+){0,3})"
)

# "for children in flood-hit Sindh province", "families who fled Cabo Delgado", "displaced
# from Catatumbo": a named place inside the country an agency works in.
_REGION_AFTER = re.compile(
    r"\b(?:in|from|across|throughout|around|near|fled|fleeing|of)\s+(?:the\s+)?"
    r"(?:(?:[a-z]+-hit|war-torn|(?:north|south|east|west|central)(?:ern|-\w+)?)\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Sahel|Horn|Middle|"
    r"Gulf|Balkans|Caribbean|Pacific|Latin|Africa|Asia|Europe|Great|Mediterranean|Americas|"
    r"Arab|East|West|North|South|Central|UN|United|World|International|Red|The)\b)"
    r"[A-Z][\w'’-]+"
)


def _region_after(s: str, mentions: list[Mention], off: int, body_end: int, stop: int) -> bool:
    """A capitalised place that is not a gazetteer name follows the agency (before ``stop``)."""
    lo, hi = body_end - off, min(stop - off, body_end - off + 120)
    for rm in _REGION_AFTER.finditer(s, lo, hi):
        at = off + rm.end()
        if _venue(s, s.rfind(" ", 0, rm.end()) + 1):
            continue  # "at a meeting in Geneva": where it was pledged
        if not any(m.start < at and m.end > at - 2 for m in mentions):
            return True
    return False


# Bodies that authorise, debate or monitor but never receive aid ("the mission authorised
# by the Security Council").
_NEVER_RECIPIENT = frozenset({"UN Security Council"})
# A regional organisation's own mission or force ("the African Union Support and
# Stabilisation Mission in Somalia", "the ECOWAS standby force", "to the AU for its
# peacekeeping operation"): the organisation receives the money, not the host country.
_MISSION_BODIES = frozenset(
    {
        "African Union",
        "ECOWAS",
        "Southern African Development Community",
        "East African Community",
        "IGAD",
        "ECCAS",
        "Arab League",
        "OSCE",
    }
)
_MISSION_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:['’]s\s+|-led\s+)?(?:(?:for|in\s+support\s+of|to\s+pay\s+for)\s+"
    r"(?:its|the)\s+)?(?:(?:[A-Z][\w'’-]*|and|of|peace-?keeping|military|stabili[sz]ation|"
    r"standby|regional|troop|joint|counter-?terrorism|ceasefire|truce|monitoring|observer|"
    r"verification|protection|security|support|training|transition(?:al)?|police|peace|"
    r"civilian|naval|maritime|border|elect(?:ion|oral)|multinational|hybrid|interim)\s+){0,6}?"
    r"(?:[Mm]ission|[Ff]orces?|"
    r"[Oo]peration|[Pp]eace-?keep\w*|troops|[Bb]rigade|[Cc]ontingent)\b"
)


# "to the AU for its mission in Somalia" and "to the SADC Mission in Mozambique" fund the
# body; a mission's full title ("to the African Union Support and Stabilization Mission in
# Somalia") names the host, which receives it.
_OWN_MISSION = re.compile(r"\b(?:for|support\s+of|pay\s+for)\s+(?:its|the)\b")
_MISSION_TITLE = re.compile(r"\s+[A-Z][\w-]*\s+(?:[\w-]+\s+)*?[Mm]ission\b")
_FOR_END = re.compile(r"\bfor\s+(?:the\s+)?$")
_IN_HOST = re.compile(r"\s+(?:\([^()]{1,20}\)\s+)?in\s+(?:the\s+)?")
_BACKING = re.compile(r"(?:support|back|bankroll)", re.I)
_SUPPORT_BEFORE = re.compile(
    r"\b(?:to|for|support|supporting|fund|funding|finance|financing|back|backing|bankroll)\s+"
    r"(?:the\s+)?$",
    re.I,
)


_PRONOUN_SUBJECT = re.compile(
    r"(?:^\s*|\b(?:and|but|said|says|added)\s+|,\s+)(?:[Ii]t|[Tt]hey)\s+"
    r"(?:(?:also|has|have|had|will|would|then|later|now|recently|is|was|are|were)\s+){0,2}$"
)
# "Germany has taken a hands-on approach. Its defence ministry handed over four radars
# ...": a possessed official body opening the clause belongs to the previous subject.
_POSSESSIVE_SUBJECT = re.compile(
    r"(?:^\s*|\b(?:and|but)\s+|[,;]\s+)(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ministry|ministries|embassy|government|army|military|navy|air\s+force|armed\s+forces|"
    r"forces|agency|development\s+agency|aid\s+agency|mission|envoy|ambassador|officials?|"
    r"minister|defen[cs]e\s+ministry|coast\s+guard|engineers|troops|contingent|"
    r"department|office|cabinet|president|leader|authorities)\s+"
    r"(?:(?:also|has|have|had|will|would|then|later|now|recently|last\s+\w+)\s+){0,2}$"
)


_DATELINE_DASH = re.compile(r"^\s*[A-Z][A-Z .'’-]+,[^—–\n]{0,40}?\s[—–-]{1,2}\s*")


_WE_SUBJECT = re.compile(
    r"(?:^\s*[“\"]|[“\"]|,\s+)\s*[Ww]e\s+"
    r"(?:(?:also|have|had|will|would|are|were|can|shall)\s+){0,2}$"
)
_QUOTE_CLOSE = re.compile(r"[,.]?[”\"]\s*,?\s*")


def _pronoun_donor(
    s: str, state: dict, verb_start: int, mentions: list[Mention] | None = None, off: int = 0
) -> str | None:
    """ "Japan has long backed Kenya's ports. It will provide $40 million ...": a pronoun
    subject is the subject that opens the previous sentence.  A quoted "we" ("We will
    give $3 million ...," Ireland's foreign minister said) is the speaker's country."""
    if mentions and _WE_SUBJECT.search(s, max(0, verb_start - 30), verb_start):
        close = _QUOTE_CLOSE.search(s, verb_start)
        if close is None:
            return None
        for m in mentions:
            if m.start - off >= close.end() and (m.kind in PARTY_KINDS or m.kind == KIND_DEMONYM):
                return m.canonical if m.start - off - close.end() < 40 else None
        return None
    if not _PRONOUN_SUBJECT.search(s, max(0, verb_start - 40), verb_start) and not (
        ("Its" in s or "its" in s or "heir" in s)
        and _POSSESSIVE_SUBJECT.search(s, max(0, verb_start - 70), verb_start)
    ):
        return None
    sentence: Sentence | None = state.get("prev")
    if sentence is None or not sentence.mentions:
        return None
    text = sentence.text
    # The sentence's opening words, after a dateline ("NAIROBI, May 4 (Reuters) — ").
    dash = _DATELINE_DASH.match(text)
    lead = dash.end() if dash else len(text) - len(text.lstrip())
    for m in sentence.mentions:
        rel = m.start - sentence.start
        if rel < lead:
            continue
        if rel not in (lead, lead + 4 * text.startswith("The ", lead)):
            return None
        if m.kind not in PARTY_KINDS:
            return None
        if text[m.end - sentence.start : m.end - sentence.start + 1] in ("'", "’"):
            return None  # "Japan's ports ...": a possessive, not the subject
        return m.canonical
    return None


def _prev_subject(state: dict, donor: str | None) -> str | None:
    """The country that opens the previous sentence ("Vanuatu has had other priorities.
    New Zealand released NZ$2.5 million in emergency relief ..."; "Chad, which hosts ...,
    has also drawn Gulf support. The Kuwait Fund agreed to lend it ..."): the topic a
    recipient-less sentence continues.  Possessives ("Mali's junta") do not count."""
    sentence: Sentence | None = state.get("prev")
    if sentence is None or not sentence.mentions or sentence.money:
        return None
    prev = sentence.mentions
    m = prev[0]
    text = sentence.text.lstrip()
    if (
        m.start != sentence.start + len(sentence.text) - len(text)
        # a topic sentence names one country and gives nothing itself
        or any(x.canonical != m.canonical and x.kind in (KIND_COUNTRY, KIND_METONYM) for x in prev)
        or _AID_VERB.search(text)
        or _GOODS_VERB.search(text)
        # a capital ("Tashkent has floated ...") is the government acting, not a place
        or m.kind != KIND_COUNTRY
        or m.canonical == donor
        or m.canonical in _LENDERS
        or not is_country(m.canonical)
        or text[m.end - m.start : m.end - m.start + 1] in ("'", "’")
    ):
        return None
    return m.canonical


_FROM_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "a $368 million grant to the government", "$200 million to the authorities": the state
# whose government the text last named, not the article's most-mentioned country.
_TO_GOVT = re.compile(
    r"\s*(?:\)\s*)?(?:(?:in|of|as)\s+(?:[\w-]+\s+){0,2}?)?(?:(?:[a-z-]+\s+){0,2}?"
    r"(?:grant|loan|credit|contribution|donation|payment|package|tranche|disbursement|"
    r"support|aid|assistance|funding|financing)s?\s+)?(?:to|for)\s+the\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:government|authorities|administration|treasury|cabinet)\b(?!\s+(?:of|in|at)\b)"
)
_GOVT_OWNER = re.compile(
    r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:government|authorities|administration|cabinet)\b|"
    r"\b(?:[Gg]overnment|[Aa]uthorities|[Aa]dministration)\s+(?:of|in)\s+(?:the\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})|"
    r"\b[Tt]he\s+([A-Z][\w'’-]*)\s+(?:[a-z-]+\s+){0,2}?(?:government|authorities|administration)\b"
)


def _government_antecedent(text: str | None, end: int) -> str | None:
    """The country of the last "X's government" / "government of X" / "the Xian
    government" before ``end`` (within a few paragraphs)."""
    if not text:
        return None
    for gm in reversed(list(_GOVT_OWNER.finditer(text, max(0, end - 2500), end))):
        words = (gm.group(1) or gm.group(2) or gm.group(3)).split()
        for i in range(len(words)):
            name = normalize(" ".join(words[i:]))
            if name and is_country(name):
                return name
    return None


_HOSTED_IN = re.compile(
    r"\b(?:refugees|asylum[- ]seekers|exiles|those\s+who\s+fled|people\s+who\s+fled)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:in|to|into|across\s+the\s+border\s+in)\s+(?:the\s+|neighbouring\s+|"
    r"neighboring\s+|eastern\s+|western\s+|northern\s+|southern\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _hosts_refugees(text: str, country: str, mentions: list[Mention]) -> bool:
    """The article names ``country`` as a host of refugees ("Sudanese refugees in Chad")."""
    if "refugee" not in text and "fled" not in text and "asylum" not in text:
        return False
    return any(
        m.group(1) == country or normalize(m.group(1)) == country for m in _HOSTED_IN.finditer(text)
    )


# "the border with Colombia", "like Argentina", "than neighbouring Peru": a country reached
# through a comparison or a geographic relation is context, never where aid goes.
_CONTEXT_BEFORE = re.compile(
    r"\b(?:(?:un)?like|as\s+(?:in|did|does|with)|than|border(?:s|ing)?(?:\s+(?:with|of))?|"
    r"frontier\s+with|(?:with|than|like|unlike|as\s+in)\s+(?:its\s+|their\s+)?neighbou?r(?:s|ing)?|"
    r"adjacent\s+to|such\s+as|compared\s+(?:with|to)|"
    r"similar\s+to|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
_CONTEXT_KEYS = (
    "like",
    " as ",
    "than",
    "border",
    "frontier",
    "neighbo",
    "adjacent",
    "such as",
    "compared",
    "similar",
    "instead",
)
_CONTEXT_CUES = Cues(_CONTEXT_KEYS)  # has_any(text, _CONTEXT_KEYS) in one scan


def _context_place(s: str, a: int) -> bool:
    """Whether the place at ``a`` in ``s`` is reached through a comparison or border word."""
    w = s[max(0, a - 40) : a]
    return _CONTEXT_CUES.any_in(w.lower()) and bool(_CONTEXT_BEFORE.search(w))


# "through the World Food Programme (WFP)", "through the Norwegian Refugee Council and UN
# agencies": a body's bracketed short name, or a body coordinated with a channel, is a
# channel too.
_CHANNEL_JOIN = re.compile(r"\s*(?:\(|,|and|or|as\s+well\s+as)\s*(?:the\s+)?(?:[\w-]+\s+){0,1}$")

_CHANNEL_COORD = re.compile(
    r"\b(?:through|via)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,5}(?:and|or)\s+(?:the\s+)?|"
    r"(?:[A-Z][\w'’-]*\s+){1,2})$"
)


def _unchannelled(s: str, bodies: list[Mention], off: int) -> list[Mention]:
    """The bodies after the amount that no channel phrase ("through the WFP") introduces."""
    out = []
    prev_end = None
    for m in bodies:
        a = m.start - off
        if (
            _CHANNEL.search(s, max(0, a - 40), a)
            or (prev_end is not None and _CHANNEL_JOIN.fullmatch(s, prev_end, a))
            or _CHANNEL_COORD.search(s, max(0, a - 70), a)
        ):
            prev_end = m.end - off
            continue
        out.append(m)
    return out


# "at a donor meeting in", "on the sidelines of the summit in": the venue of a pledge.
_VENUE_BEFORE = re.compile(
    r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:meeting|conference|summit|forum|gathering|session|event|"
    r"ceremony)\s+(?:(?:held|hosted)\s+)?in\s+(?:the\s+)?$",
    re.I,
)


def _venue(s: str, a: int) -> bool:
    """Whether the place at ``a`` is where a meeting was held ("at a conference in")."""
    return (s.endswith("in ", 0, a) or s.endswith("in the ", 0, a)) and (
        _VENUE_BEFORE.search(s, max(0, a - 70), a) is not None
    )


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
    state: dict | None = None,
) -> tuple[str | None, str | None]:
    """Return (recipient, beneficiary phrase)."""

    def ok(m: Mention) -> bool:
        return (
            m.canonical != donor
            and m.canonical not in _LENDERS
            and m.canonical not in _NEVER_RECIPIENT
            and (m.kind in PARTY_KINDS or m.kind == KIND_DEMONYM)
            and not _context_place(s, m.start - sent_start)
        )

    # "Seoul will give Ethiopia a grant of ...", "offered Malawi $12 million": the
    # indirect object of a giving verb is the recipient, whatever is named later.
    for m in mentions:
        a = m.start - sent_start
        if (
            0 < a < money_start - sent_start
            and ok(m)
            and m.kind != KIND_DEMONYM
            and _DOUBLE_OBJECT_GAP.fullmatch(s, m.end - sent_start, money_start - sent_start)
            and _DITRANSITIVE.search(s, max(0, a - 20), a)
        ):
            return m.canonical, None
    if state is not None and "the " in s:
        gm = _TO_GOVT.match(s, money_end - sent_start)
        if gm:
            gov = _government_antecedent(state.get("text"), money_start)
            if gov and gov != donor:
                return gov, None
    # "NOK 275 million to the UN agency for Palestinian refugees, UNRWA", "€12 million to
    # the World Food Programme": a body right after "to/for" is the recipient.
    tm = _TO_BODY.match(s, money_end - sent_start)
    if tm:
        pos = sent_start + tm.end()
        for i, m in enumerate(mentions):
            if m.start != pos or m.kind != KIND_BODY or not ok(m):
                continue
            mm = m.canonical in _MISSION_BODIES and _MISSION_AFTER.match(s, m.end - sent_start)
            if mm:
                # "€40 million for the African Union mission in Somalia": the host country
                # (see below); "to the AU for its mission in Somalia": the AU.
                host = (
                    _FOR_END.search(tm.group(0))
                    or (_MISSION_TITLE.match(mm.group(0)) and not _OWN_MISSION.search(mm.group(0)))
                ) and _IN_HOST.match(s, mm.end())
                if host:
                    at = sent_start + host.end()
                    own = [x for x in mentions if x.start == at and x.kind != KIND_BODY and ok(x)]
                    if own:
                        return own[0].canonical, None
                return m.canonical, None
            am = _BODY_APPOSITION.match(s, m.end - sent_start)
            if am:
                nxt = next(
                    (
                        x
                        for x in mentions[i + 1 :]
                        if x.start == sent_start + am.end() and x.kind == KIND_BODY and ok(x)
                    ),
                    None,
                )
                if nxt is not None:
                    m = nxt
            # "... to the World Food Programme for its operations in Gaza": the place; a
            # place behind an attribution ("..., the agency's chief said after meeting
            # officials in Amman") is where the speaker was, not where the money goes.
            rep = _REPORT_CUT.search(s, m.end - sent_start, stop - sent_start)
            if rep:
                stop = min(stop, sent_start + rep.start())
            if not any(
                x.canonical != _MANDATE.get(m.canonical)
                and m.end <= x.start < stop
                and x.kind != KIND_BODY
                and ok(x)
                and (x.kind != KIND_DEMONYM or not _DISPLACED.match(s, x.end - sent_start))
                and (x.kind != KIND_DEMONYM or _demonym_unit(s, _rel(x, sent_start)))
                and not _venue(s, x.start - sent_start)
                for x in mentions
            ):
                # "... to the WFP to feed families displaced from Catatumbo": a region of
                # the story's country, which is then the recipient.
                if m.canonical not in _MANDATE and _region_after(
                    s, mentions, sent_start, m.end, stop
                ):
                    for canonical, _ in salience.most_common(3):
                        if canonical not in (donor, m.canonical) and is_country(canonical):
                            return canonical, None
                return m.canonical, None
            break
    # "hosted refugees since the exodus from Myanmar", "families fleeing from Syria": a
    # country reached through "from" is where people or goods come from, never the
    # recipient.
    after = [
        m
        for m in mentions
        if money_end <= m.start < stop
        and ok(m)
        and not _FROM_ORIGIN.search(s, max(0, m.start - sent_start - 12), m.start - sent_start)
        # "..., where the UN estimates that ...": the subject of a reporting verb is a
        # source, not the one given the money.
        and not _SOURCE_AFTER.match(s, m.end - sent_start)
    ]
    if len(after) > 1:
        # "€40 million to UNRWA at a donor meeting in Amman": where the pledge was made,
        # not who gets it, when someone else is named.
        kept = [m for m in after if not _venue(s, m.start - sent_start)]
        if kept:
            after = kept
    nm = _TO_NAME.match(s, money_end - sent_start)
    if (
        nm
        and after
        and not any(m.start == sent_start + nm.start(1) for m in mentions)
        # "to the Government of Maldives": the state itself, named after "of"
        and not _STATE_OF.match(s, nm.start(1))
    ):
        # "a €100 million loan to Moldelectrica, the state-owned transmission operator, for
        # a line ... with Romania's": a named company or agency receives it; places after
        # its apposition describe the project, not the recipient.
        cut = sent_start + nm.end()
        am = _APPOSITION.match(s, nm.end())
        if am:
            cut = sent_start + am.end()
        if nm.group(1).endswith(("Mission", "Force")) and (host := _IN_HOST.match(s, nm.end())):
            # "to the Multinational Security Support Mission in Haiti": the mission's host
            own = [m for m in after if m.start == sent_start + host.end() and m.kind != KIND_BODY]
            if own:
                return own[0].canonical, None
        of = _INSTITUTION_OF.match(s, nm.end())
        if of:
            # "to the Central Bank of Yemen", "to the National University of Timor-Leste":
            # an institution named after its state belongs to that state.
            own = [m for m in after if m.start == sent_start + of.end() and m.kind != KIND_BODY]
            if own:
                return own[0].canonical, s[nm.start(1) : own[0].end - sent_start]
        after = [m for m in after if m.start < cut]
    if (
        after
        and after[0].canonical in _MISSION_BODIES
        and (mm := _MISSION_AFTER.match(s, after[0].end - sent_start))
        and (sb := _SUPPORT_BEFORE.search(s, 0, after[0].start - sent_start))
    ):
        # "€40 million for the African Union mission in Somalia", "to pay for the AU
        # mission in Somalia": money paying for a mission's work in a named country goes
        # to that country, as money for a UN agency's work there does; a body "supported"
        # or "backed" keeps it ("... to support the African Union mission in X").
        host = _IN_HOST.match(s, mm.end())
        if host and not _BACKING.match(sb.group(0)):
            at = sent_start + host.end()
            own = [m for m in after if m.start == at and m.kind != KIND_BODY and ok(m)]
            if own:
                return own[0].canonical, None
        return after[0].canonical, None
    # Prefer countries reached through "to/for/help"; bodies only as a fallback.
    countries = [m for m in after if m.kind != KIND_BODY]
    # "unloaded ... in Lomé as humanitarian aid for Burkina Faso", "in the Togolese port
    # of Lomé, a donation ... for Niger": a port or city where the goods arrive is a
    # location, not the beneficiary, when another place follows.
    while len(countries) > 1 and countries[0].kind in (KIND_METONYM, KIND_DEMONYM):
        a = countries[0].start - sent_start
        if not _ARRIVAL_PLACE.search(s, max(0, a - 60), a):
            break
        countries = countries[1:]
    abroad = None  # "to help Haitians abroad": a people with no host named
    for group in (
        countries,
        [
            m
            for m in mentions
            if verb_end <= m.start < money_start and ok(m) and m.kind != KIND_BODY
        ],
        _unchannelled(s, [m for m in after if m.kind == KIND_BODY], sent_start),
    ):
        for m in group:
            if m.kind == KIND_DEMONYM and (
                not _demonym_unit(s, _rel(m, sent_start)) or _DISPLACED.match(s, m.end - sent_start)
            ):
                if (
                    abroad is None
                    and "abroad" in s
                    and _ABROAD_AFTER.match(s, m.end - sent_start)
                    and _PEOPLE_BEFORE.search(
                        s, max(0, m.start - sent_start - 40), m.start - sent_start
                    )
                ):
                    abroad = m.canonical
                continue  # "for Congolese refugees in camps at ...": hosted elsewhere
            unit = None
            if m.kind == KIND_DEMONYM or s[m.end - sent_start : m.end - sent_start + 2] in (
                "’s",
                "'s",
            ):
                rel = m.end - sent_start
                um = _PICK_RECIPIENT_RX1.match(s[rel:])
                if um:
                    unit = s[m.start - sent_start : rel + um.end()].strip()
            return m.canonical, unit
    if abroad is not None:
        return abroad, None  # their own country, not the article's last recipient
    if ";" in s[: verb_end - sent_start]:
        # "The UN appealed for $2 billion for Sudan; Britain responded by pledging £20
        # million": the place the sentence's first clause named, not the article's last.
        semi = s.rindex(";", 0, verb_end - sent_start)
        named = [
            m
            for m in mentions
            if m.start - sent_start < semi
            and ok(m)
            and m.kind in PARTY_KINDS
            and m.kind != KIND_BODY
            and (
                _FOR_END.search(s, max(0, m.start - sent_start - 8), m.start - sent_start)
                # "Somalia is seeking $1 billion ...; Turkey gave $20 million": its subject
                or not s[: m.start - sent_start].strip()
            )
        ]
        if len({m.canonical for m in named}) == 1:
            return named[0].canonical, None
    if not (_AID_WORD_ANY_LOW.search(s.lower()) if twins_apply(s) else _AID_WORD_ANY.search(s)):
        return None, None
    if (
        last_recipient
        and state is not None
        and (" in " in s or " from " in s)
        and _region_after(s, mentions, sent_start, money_end, stop)
        and "refugee" not in s
        and salience.most_common(1)[0][0] != last_recipient
        and _hosts_refugees(state.get("text") or "", last_recipient, mentions)
    ):
        # "... for Sudanese refugees in Chad. The Commission added €40 million, most of it
        # for displaced families in Blue Nile": the last recipient only hosts refugees; a
        # region the gazetteer does not know lies in the story's own country.
        for canonical, _ in salience.most_common(2):
            if (
                canonical not in (donor, last_recipient)
                and canonical not in _LENDERS
                and is_country(canonical)
            ):
                return canonical, None
    if last_recipient and last_recipient != donor and last_recipient not in _LENDERS:
        return last_recipient, None
    home = state.get("home") if state is not None else None
    if (
        home
        and home != donor
        and home not in _LENDERS
        and salience[home] <= 2
        and _TO_UNIT.match(s, money_end - sent_start)
    ):
        # "$4 million in assistance to SEPRELAD", "handed over to the Navy": a domestic
        # institution named without its country belongs to the story's country. A local
        # paper never names its own country (only the dateline does); a regional hub that
        # the text names too ("NAIROBI —" over a Somali story) is not assumed.
        return home, None
    # A country this sentence names only for comparison or as a border is not the
    # article's recipient of last resort either.
    context = {
        m.canonical
        for m in mentions
        if m.kind in PARTY_KINDS and _context_place(s, m.start - sent_start)
    }
    for canonical, _ in salience.most_common(3 + len(context)):
        if canonical != donor and canonical not in _NEVER_RECIPIENT and canonical not in context:
            return canonical, None
    return None, None


def _rel(m: Mention, off: int) -> Mention:
    return Mention(m.start - off, m.end - off, m.surface, m.canonical, m.kind)


_PURPOSE_RX1 = re.compile(r"^\s*\)")


def _purpose(s: str, money_end: int, stop: int) -> str | None:
    tail = s[money_end:stop].strip(" ,.;")
    tail = _PURPOSE_RX1.sub("", tail).strip()
    if not tail:
        return None
    return tail[:200]


_EXTRACT_AID_RX1 = re.compile(r"(?:pa[yi]|spen|confirm)", re.I)
_EXTRACT_AID_RX2 = re.compile(r"\b(?:to|for)\s+(?:the\s+)?")
_EXTRACT_AID_RX3 = re.compile(r"\b(?:agreement|deal|accord)\b", re.I)
_EXTRACT_AID_RX4 = re.compile(
    r"(?:\band|\bwhile|\bplus|as\s+well\s+as|\b(?:alongside|along\s+with|together\s+with)|,|"
    r",\s+with)\s*(?:another|a\s+further|"
    r"an\s+additional)?\s*$"
)
_EXTRACT_AID_RX5 = re.compile(r":\s*$")
_EXTRACT_AID_RX6 = re.compile(r"[\w-]*\s+(?:aid|assistance|support|funding|money)")
_EXTRACT_AID_RX7 = re.compile(r"\s*(?:\)\s*)?(?:\w+\s+){0,3}?(?:to|for)\b")
_EXTRACT_AID_RX8 = re.compile(r"[^.;]{0,40}?\bcentral\s+bank")
_EXTRACT_AID_RX9 = re.compile(
    r"\b(?:to\s+(?:fund|help|support|finance|train|equip|build|"
    r"expand|strengthen)|for)\b"
)
_EXTRACT_AID_RX10 = re.compile(r"\s*(?:\)\s*)?from\s+(?:the\s+)?")
_EXTRACT_AID_RX11 = re.compile(r"\bfrom\s+(?:the\s+)?$")
_EXTRACT_AID_RX12 = re.compile(r"\bfrom\s+(?:the\s+)?")
_EXTRACT_AID_RX13 = re.compile(r"\b(?:which|whereby)\s*$")
_THANKS_CUE = re.compile(r"than|grat|apprec|commend|prais", re.I)
_THANKS_CUE_LOW = required_twin(_THANKS_CUE)
_EXTRACT_AID_RX14 = re.compile(
    r"\b(?:reach\w*|secur\w*|agree\w*|sign\w*|negotiat\w*|obtain\w*|"
    r"won|receiv\w*)\b",
    re.I,
)
_EXTRACT_AID_RX15 = re.compile(r"(?:provid|pledg|donat|lend|lent|contribut)")
_EXTRACT_AID_RX16 = re.compile(r"\b(?:of|for|and)\s+(?:the\s+)?$")


# "Yemen: Saudi Arabia's KSrelief delivered ...", "Lebanon — France sent ...": a roundup
# item labelled with a country; that country is the item's recipient unless one is named.
_SECTION_LABEL = re.compile(
    r"[\s*•·-]*(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*\s*(?::|\s[—–]\s)\s*"
)


def _section_label(sent: Sentence, state: dict) -> None:
    s = sent.text
    if ":" not in s[:40] and "—" not in s[:40] and "–" not in s[:40]:
        return
    lm = _SECTION_LABEL.match(s)
    if lm is None:
        return
    label = s[: lm.end()].strip(" \t\n*•·-:—–")
    if label.isupper() and (home := normalize(label.title())) and home not in _LENDERS:
        # "VIENTIANE — Japan will provide ...": a roundup item's city tag is its dateline.
        state["recipient"] = home
        return
    if not sent.mentions:
        return
    m = sent.mentions[0]
    a, b = m.start - sent.start, m.end - sent.start
    if (
        m.kind in (KIND_COUNTRY, KIND_METONYM, KIND_DEMONYM)
        and not s[:a].strip(" \t\n*•·-")
        and not s[b : lm.end()].strip(" :—–")
        and m.canonical not in _LENDERS
    ):
        state["recipient"] = m.canonical


section_label = _section_label


_ACCESS_KEYS = ("access", "eligible", "entitled", "qualif", "draw", "borrow", "tap ")
_ACCESS = re.compile(
    r"\b(?:(?:ha(?:ve|s|d|ving)|gain(?:s|ed|ing)?|g[eo]t(?:s|ten)?|getting|win(?:s|ning)?|won|"
    r"obtain(?:s|ed|ing)?|secur(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|grant(?:s|ed|ing)?)\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?(?:\w+\s+){0,2}?access\s+to|"
    r"(?:be|is|are|was|were|become|becomes|became|being)\s+(?:now\s+)?(?:eligible\s+for|"
    r"entitled\s+to)|qualif(?:y|ies|ied)\s+for|"
    r"(?:able|allowed|permitted|set|due)\s+to\s+(?:draw|borrow|tap)(?:\s+(?:on|down|from))?|"
    r"(?:could|can|will|would|may|to)\s+(?:draw|borrow|tap)(?:\s+(?:on|down))?|"
    r"draw(?:s|ing)?\s+down)\s+"
    r"(?:(?:up\s+to|about|roughly|some|around|nearly|approximately|almost|as\s+much\s+as|"
    r"more\s+than|just\s+over|a\s+total\s+of|an\s+additional|a\s+further|another)\s+)*$",
    re.I,
)


def _access_clean(mleft: str) -> bool:
    """No distractor cue before the amount except the modal and "deal" of a programme."""
    return all(nm.group(0) in ("deal", "could", "may") for nm in _AID_NEGATIVE.finditer(mleft))


_COUNTRY_ANAPHOR = re.compile(r"\b(?:the\s+(?:country|government|nation)|it)\b", re.I)


def _access_record(
    s: str, sent: Sentence, lo: int, ms: int, state: dict, salience: Counter[str]
) -> tuple[str, str] | None:
    """(recipient, donor) of "X would have access to $N" under a lender's programme."""
    am = _ACCESS.search(s, max(lo, ms - 120), ms)
    if am is None:
        return None
    off = sent.start
    lender = _lender_in(s, sent.mentions) or state.get("lender")
    if lender is None:
        return None
    borrower = None
    for m in sent.mentions:
        a = m.start - off
        if (
            lo <= a < am.end()
            and m.kind in (KIND_COUNTRY, KIND_METONYM)
            and m.canonical != lender
            and m.canonical not in _LENDERS
            and is_country(m.canonical)
        ):
            borrower = m.canonical
    if borrower is None and _COUNTRY_ANAPHOR.search(s, max(lo, am.start()), am.end()):
        # "The deal would give the country access to about $175 million": the borrower
        # named in an earlier sentence.
        last = state.get("recipient")
        cands = [last] if last else []
        cands += [c for c, _ in salience.most_common(3)]
        borrower = next(
            (c for c in cands if c and c != lender and c not in _LENDERS and is_country(c)), None
        )
    if borrower is None:
        return None
    return borrower, lender


# "An IMF staff team has reached a staff-level agreement with the Georgian authorities on a
# 24-month Stand-By Arrangement of about US$310 million": the programme's size is a loan
# from the lender to the country, whether the amount comes before or after the facility
# ("on a $2.9 billion Extended Fund Facility", "with access of SDR 230 million", "under
# which access to about $310 million is to be provided").
_STAFF_LEVEL = re.compile(r"\bstaff[\s-]level\s+(?:agreement|deal|accord)\b", re.I)
_STAFF_LEVEL_DEAD = re.compile(
    r"\b(?:never|expired|lapsed|collapsed|fell\s+(?:apart|through)|abandoned|shelved|"
    r"scrapped|failed|no\s+intention|not\s+(?:been\s+)?(?:approved|taken|revived)|previous|"
    r"earlier|former|in\s+(?:19|20)\d\d|reached\s+in\s+[A-Z]\w+\s+(?:19|20)\d\d)\b",
    re.I,
)


# A lender's programme reported without "staff-level": "the IMF's Executive Board approved
# a 40-month arrangement ... totalling SDR 978 million", "approved a $3 billion Stand-By
# Arrangement for Egypt", "Fund staff and Pakistan concluded an agreement that would
# unlock about $1.1 billion".
_PROGRAMME_NOUN = re.compile(
    r"\b(?:arrangement|programme|program|facility|stand[\s-]by|instrument|credit\s+line|"
    r"line\s+of\s+credit)s?\b",
    re.I,
)
_PROGRAMME_VERB = re.compile(
    r"\b(?:approv(?:e|es|ed|al|ing)|reach(?:es|ed|ing)?|agree(?:s|d|ing)?|conclud(?:e|es|ed|ing)|"
    r"str(?:uck|ike|ikes)|seal(?:s|ed|ing)?|clinch(?:es|ed|ing)?|finali[sz](?:e|es|ed|ing)|"
    r"sign(?:s|ed|ing)?|green[\s-]?light(?:s|ed)?|endors(?:e|es|ed|ing)|back(?:s|ed))\b",
    re.I,
)
# The size of the programme: the amount right before its noun, or after it through a
# measure word ("of about", "totalling", "worth", "with access to", "that will provide").
_PROGRAMME_MONEY_BEFORE = re.compile(r"^[\w\s,()-]{0,40}$")
_PROGRAMME_MONEY_AFTER = re.compile(
    r"\b(?:of|worth|total(?:l?ing|l?ed)?|amounting\s+to|valued\s+at|for|access(?:\s+of|\s+to)?|"
    r"provid(?:e|es|ing)|unlock(?:s|ing)?|disburs(?:e|es|ing)|mak(?:e|es|ing)\s+available|"
    r"lend(?:s|ing)?|releas(?:e|es|ing))\b",
    re.I,
)
# "Fund staff", "a Fund mission", "the Fund's board": the IMF by its short name.
_FUND_SHORT = re.compile(r"\b(?:[Tt]he\s+Fund|Fund\s+(?:staff|mission|team|board))\b")
# Contrast clauses name other countries: "..., while Togo is still negotiating".
_CONTRAST_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:while|whereas|but|unlike|as\s+did|after\s+a\s+mission\s+that\s+also\s+"
    r"visited)\s+(?:the\s+|neighbou?ring\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)


def _lender_programme_record(
    sent: Sentence, monies: list[Money], salience: Counter[str], state: dict, staff: bool
) -> Aid | None:
    s = sent.text
    off = sent.start
    # The lender first: the cheaper of two independent conditions, and most often false.
    lender = next(
        (m.canonical for m in sent.mentions if m.canonical in ("IMF", "World Bank")), None
    )
    if lender is None and "Fund" in s and _FUND_SHORT.search(s):
        lender = "IMF"
    if lender is None:
        return None
    if staff:
        sm = _STAFF_LEVEL.search(s)
        if sm is None:
            sm = _STAFF_AGREED.search(s)
    else:
        sm = _PROGRAMME_NOUN.search(s)
    if sm is None or _STAFF_LEVEL_DEAD.search(s):
        return None
    if staff:
        money = next((mo for mo in monies if mo.amount and mo.start - off > sm.end()), None)
        if money is None or money.start - off - sm.end() > 260:
            return None
    else:
        if not _PROGRAMME_VERB.search(s):
            return None
        money = None
        for pm in _PROGRAMME_NOUN.finditer(s):
            for mo in monies:
                if not mo.amount:
                    continue
                a, b = mo.start - off, mo.end - off
                if b <= pm.start() and _PROGRAMME_MONEY_BEFORE.match(s[b : pm.start()]):
                    money = mo
                elif 0 <= a - pm.end() <= 120 and _PROGRAMME_MONEY_AFTER.search(s, pm.end(), a):
                    gap = s[pm.end() : a]
                    if not any(ch in gap for ch in ";.") and not _AID_NEGATIVE.search(gap.lower()):
                        money = mo
                if money is not None:
                    break
            if money is not None:
                sm = pm
                break
        if money is None:
            return None
        # The lender's act governs the programme: "approved a $3 billion arrangement", not a
        # description of one ("The $3.4 billion arrangement was the largest it has agreed").
        first = min(sm.start(), money.start - off)
        vm = _PROGRAMME_VERB.search(s, 0, first)
        if vm is None or _clause_break(s).search(s, vm.end(), first):
            return None
        # "Riyadh agreed to extend a deferred oil payment facility of $1.2 billion, which
        # matters while the IMF programme is finalised": a lender named only in a later
        # clause is not the one giving this facility.
        at = money.end - off
        named = [m.start - off for m in sent.mentions if m.canonical == lender]
        fm = None if named else _FUND_SHORT.search(s)
        lender_at = min(named) if named else (fm.start() if fm else 0)
        if lender_at > at and "," in s[at:lender_at]:
            return None
    ms = money.start - off
    if _AID_NEGATIVE.search(s[max(sm.end(), ms - 60) : ms].lower()) or _negative_right(
        s[money.end - off :]
    ):
        return None
    cands = [
        m
        for m in sent.mentions
        if m.kind in (KIND_COUNTRY, KIND_METONYM, KIND_DEMONYM)
        and m.canonical not in _LENDERS
        and m.canonical != lender
        and is_country(m.canonical)
        and not _context_place(s, m.start - off)
        and not _CONTRAST_BEFORE.search(s, max(0, m.start - off - 60), m.start - off)
        # "In Washington last week, IMF staff and the Sri Lankan authorities reached ...":
        # the capital where the talks were held is a place, not the borrower.
        and not _locative_metonym(s, m, off)
    ]
    # The party to the agreement: a country named before the amount (subject, "with X")
    # first, then one after it ("for Egypt").
    before = [m for m in cands if m.start - off < ms]
    borrower = (before or cands or [None])[0]
    borrower = borrower.canonical if borrower is not None else _focus(salience, state, {lender})
    if borrower is None or not is_country(borrower):
        return None
    state["donor"], state["recipient"] = lender, borrower
    return Aid(
        lender,
        borrower,
        money.amount,
        money.currency,
        "loan",
        _purpose(s, money.end - off, len(s)),
        s,
        sent.start,
        sent.end,
    )


_STAFF_AGREED = re.compile(r"\b(?:agreed|agreement)\s+at\s+(?:the\s+)?staff\s+level\b", re.I)


_EACH_TO = re.compile(r"\s+each\s+(?:to|for)\s+(?:the\s+)?")
_LIST_GLUE = re.compile(r"(?:,\s*|,?\s+and\s+)(?:the\s+)?")


def _each_recipient(s: str, sent: Sentence, off: int, me: int, aid: Aid) -> list[Aid]:
    """ "$10 million each to Kenya, Uganda and Tanzania": the same sum for every listed
    recipient, one record each (the first is ``aid`` itself)."""
    em = _EACH_TO.match(s, me)
    if em is None:
        return []
    pos, names = em.end(), []
    for m in sent.mentions:
        rel = m.start - off
        if rel < pos:
            continue
        if rel != pos and not (names and _LIST_GLUE.fullmatch(s, pos, rel)):
            break
        if m.kind not in PARTY_KINDS:
            break
        names.append(m.canonical)
        pos = m.end - off
    if len(names) < 2 or aid.recipient != names[0]:
        return []
    return [
        Aid(
            aid.donor,
            name,
            aid.amount,
            aid.currency,
            aid.kind,
            aid.purpose,
            aid.evidence,
            aid.start,
            aid.end,
        )
        for name in names[1:]
        if name != aid.donor
    ]


_EACH_BEFORE_VERB = re.compile(
    r"\s+(?:(?:will|would|have|has|had|also|have\s+also)\s+)?each\s+(?:(?:will|would|have|"
    r"has|had|also)\s+)?"
)


def _each_donor(s: str, sent: Sentence, off: int, lo: int, verb: int, aid: Aid) -> list[Aid]:
    """ "Germany and France each pledged €50 million to Niger": the same sum from every
    listed giver, one record each (the one of the first is ``aid`` itself)."""
    subj = [m for m in sent.mentions if lo <= m.start - off < verb]
    if len(subj) < 2 or not _EACH_BEFORE_VERB.fullmatch(s, subj[-1].end - off, verb):
        return []
    names = [subj[-1].canonical]
    for a, b in zip(reversed(subj[:-1]), reversed(subj[1:]), strict=True):
        if a.kind not in PARTY_KINDS or not _LIST_GLUE.fullmatch(s, a.end - off, b.start - off):
            break
        names.append(a.canonical)
    if len(names) < 2 or subj[-1].kind not in PARTY_KINDS or aid.donor not in names:
        return []
    return [
        Aid(
            name,
            aid.recipient,
            aid.amount,
            aid.currency,
            aid.kind,
            aid.purpose,
            aid.evidence,
            aid.start,
            aid.end,
        )
        for name in reversed(names)
        if name not in (aid.donor, aid.recipient)
    ]


# A giver the sentence does not name is the article's donor (and a receiver it does not
# name the article's recipient) only when nobody else is the subject: "A businessman donated $1 million to the senator's campaign", "Parliament also
# approved an extra $1 billion", "A local bank lent $40 million to the shipyard" are
# private, party or domestic money, whatever aid the article reported before.
_PRIVATE_GIVER = re.compile(
    r"\b(?:billionaires?|business(?:man|men|woman|women|\s+(?:leaders?|people|owners?))|"
    r"tycoons?|magnates?|philanthropists?|oligarchs?|entrepreneurs?|supporters|"
    r"sympathi[sz]ers|well-wishers|celebrit(?:y|ies)|investors|shareholders|"
    r"(?:commercial|local|private)\s+(?:banks?|lenders?|firms?|compan(?:y|ies))|"
    r"parliament|congress|lawmakers|legislat(?:ure|ors)|senate|MPs|"
    r"national\s+assembly)\b(?:\s+(?:[a-z]+ly|also|has|have|had|will|would|then|on\s+[A-Z]\w+|"
    r"last\s+\w+))*\s+$",
    re.I,
)
# "Standard Chartered lent $500 million to the mining company": a name of its own as
# subject and a firm, campaign or party as the receiver.
_NAME_SUBJECT = re.compile(
    r"^\s*(?!(?:It|They|He|She|We|The|This|That|Its|Their|A|An)\b)"
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:(?:also|has|have|had|will|would|then)\s+)*$"
)
_PRIVATE_RECEIVER = re.compile(
    r"[^;:]{0,50}?\bto\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:company|firm|conglomerate|corporation|shipyard|airline|carrier|operator|"
    r"manufacturer|campaigns?|candidates?|party|club|investors|shareholders)\b",
    re.I,
)
# "Norway's state-owned Equinor committed $2 billion to a wind farm": a state firm's
# investment (a state bank's loan stays a loan).
_STATE_FIRM_SUBJECT = re.compile(
    r"\b(?:state-owned|state-run|state-controlled)\s+(?![\w\s-]{0,30}\b(?:Bank|bank)\b)"
    r"(?:[\w&'’-]+\s+){1,4}(?:(?:also|has|have|had|will|would)\s+)*$"
)
# "Egypt received $35 billion from the sale of land": money earned by selling, not given.
_SALE_SOURCE = re.compile(
    r"\s*(?:\)\s*)?(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:(?:partial\s+)?sales?\b|"
    r"selling\b|(?:[\w-]+\s+){1,2}(?:sales|exports|revenues?|royalties|receipts)\b|"
    r"exports?\b|privati[sz]ation\b|auctions?\b)",
    re.I,
)
# "Over the past decade, the bank has lent $9 billion to Kenya": a fronted period makes
# the perfect a running total, as "Since 2022, ..." does.
_PERIOD_FRONTED = re.compile(
    r"^\s*(?:[Oo]ver|[Ii]n|[Dd]uring|[Aa]cross)\s+(?:the\s+)?(?:past|last|previous)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:years?|decades?|months)\s*,"
)


# "45 million US dollars", "250 million Norwegian kroner": a country named by its currency
# is neither giver nor receiver, so such mentions are left out of the aid rules' view.
_CURRENCY_WORD = re.compile(
    r"\s+(?:dollars?|kron(?:er|or|a|e)|francs?|rupees?|yuan|yen|pounds?|dinars?|dirhams?|"
    r"riyals?|rials?|rubles?|roubles?|won|pesos?|lira|shillings?|rand|manats?|soms?|tenge|"
    r"somoni|lari|drams?|hryvnias?|zlotys?|forints?|leva?|lei|baht|ringgits?|rupiahs?|taka)\b"
)


# "14:10: Correction: our 10:30 post said Germany had delivered 25 vehicles.": a live
# blog's correction reports the wrong claim, not a delivery.
_CORRECTION_SAID = re.compile(
    r"(?:[\d:.]+\s*(?:[ap]\.?m\.?\s*)?[:—–-]?\s*)?(?:Correction|CORRECTION|Clarification|"
    r"CLARIFICATION)\s*[:—–-][^.;]{0,60}?\b(?:said|stated|reported|wrote|claimed|read)\b"
)


# "the Commission authorised under EU state aid rules a French scheme of 1,2 billion euros":
# a competition approval of a member state's own subsidy, not aid to anyone.
_STATE_AID_SCHEME = re.compile(r"\b(?:schemes?|measures?|rules|regimes?|subsid(?:y|ies))\b")


def extract_aid(sent: Sentence, salience: Counter[str], state: dict) -> list[Aid]:
    s = sent.text
    if "ORRECTION" in s[:30].upper() and _CORRECTION_SAID.match(s):
        return []
    if ("tate aid" in s or "tate-aid" in s) and _STATE_AID_SCHEME.search(s):
        return []
    if sent.money and sent.mentions:
        # Only the mentions' ends are tested: no scan of the whole sentence for a currency
        # word first (one alternation tried at every character cost more than these matches).
        s, off = sent.text, sent.start
        kept = [m for m in sent.mentions if not _CURRENCY_WORD.match(s, m.end - off)]
        if len(kept) != len(sent.mentions):
            sent = Sentence(sent.start, sent.end, s, kept, sent.money)
            if "currency_names" not in state:
                state["currency_names"] = _currency_names(state.get("text") or s)
    adj = state.get("currency_names")
    if adj:
        # The article's ranking of countries without the ones named only by a currency.
        salience = Counter({c: n - adj.get(c, 0) for c, n in salience.items()})
        salience = +salience
    return _extract_aid(sent, salience, state)


# ``\b[A-Z][\w.]*(?=...)``, led by its capital (``(?<!\w.)`` is the ``\b`` before it) so the
# scan skips to capitals; the run is possessive, as the lookahead starts with a space.
_CURRENCY_OWNER = re.compile(r"[A-Z](?<!\w.)[\w.]*+(?=" + _CURRENCY_WORD.pattern + ")")


def _currency_names(text: str) -> Counter[str]:
    """Salience the article's currency names ("US dollars", "Norwegian kroner") added."""
    adj: Counter[str] = Counter()
    for cm in _CURRENCY_OWNER.finditer(text):
        for m in find_mentions(cm.group(0)):
            if m.start == 0 and m.end == len(cm.group(0)):
                adj[m.canonical] += 1 if m.kind == KIND_DEMONYM else 2
    return adj


def _extract_aid(sent: Sentence, salience: Counter[str], state: dict) -> list[Aid]:
    s = sent.text
    off = sent.start
    low = s.lower()
    plain = twins_apply(s)
    # Each character lowers to one: ``low[lo:hi]`` is ``s[lo:hi].lower()`` (but for a Greek
    # final sigma at a cut, ς for σ: both word letters, absent from every kind rule).
    same_len = plain and len(low) == len(s)
    for m in sent.mentions:
        if m.canonical in _LENDERS:
            state["lender"] = m.canonical  # antecedent of a later "the bank", "the board"
            state["lender_at"] = off
    _section_label(sent, state)
    out: list[Aid] = []
    monies = sent.money
    if len(monies) > 1:
        monies = _drop_glosses(s, off, monies)
    cues = _INKIND_ALL_CUES(low)  # the key groups of ``_extract_inkind``, _ACCESS_KEYS, carriers
    prev_end = 0
    kind_from = 0
    accepted_spans: list[tuple[int, int]] = []
    breaks = [m.span() for m in _clause_break(s).finditer(s)] if monies else []
    if monies and ", and " in s:
        coord = [m.span() for m in _COORD_BREAK.finditer(s)]
        breaks = sorted(breaks + coord)
    if monies and " and " in s:
        # "China sent a shipment of tents ..., and Japan announced $2 million ...",
        # "India handed over an interceptor craft ... and extended a $50 million line of
        # credit": an in-kind clause coordinated before the first amount's clause.
        first = monies[0].start - off
        pre = None
        for cm in _COORD_VERB.finditer(s, 0, first):
            pre = cm.start()
        if pre:
            goods = _extract_inkind(sent, salience, state, 0, pre, low, plain, cues)
            out.extend(goods)
            if goods:
                kind_from = pre  # the goods' clause says nothing of the amount's kind
    # Distractor cues inside a named body ("Asian Infrastructure Investment Bank",
    # "International Trade Centre") are part of a name, not of the clause: mask them.
    # A state's lender ("Export-Import Bank of India") is a name as well.
    masked = s
    for m in sent.mentions if monies else ():
        if m.kind == KIND_BODY or (m.kind == KIND_METONYM and " " in m.surface):
            a, b = m.start - off, m.end - off
            masked = masked[:a] + "x" * (b - a) + masked[b:]
    if monies and "Export" in s:
        masked = _EXIM_NAME.sub(lambda m: "x" * len(m.group(0)), masked)
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
    # "Britain is giving Sudan £10m, Chad £5m and South Sudan £3m": when the first amount
    # follows its recipient right after the verb, the gapped names are recipients too.
    gapped_recipients = False
    if gapped and 0 not in gapped:
        pos0 = monies[0].start - off
        first = next(
            (
                m
                for m in sent.mentions
                if m.end - off <= pos0
                and m.kind in PARTY_KINDS
                and not s[m.end - off : pos0].strip()
            ),
            None,
        )
        if first is not None and (
            _AID_VERB_LOW.search(low, max(0, first.start - off - 40), first.start - off)
            if plain
            else _AID_VERB.search(s, max(0, first.start - off - 40), first.start - off)
        ):
            gapped_recipients = True
    rec_mentions = (
        [m for m in sent.mentions if all(m is not g for g in gapped.values())]
        if gapped
        else sent.mentions
    )
    access_gate = bool(monies) and bool(cues & 16)  # has_any(low, _ACCESS_KEYS)
    total_end = -1  # where a running total dropped below ends
    for idx, money in enumerate(monies):
        if money.amount is None:
            continue  # "pledged several billion dollars": no figure, no record
        titled = False  # the lender and borrower came from an agreement's title
        ms, me = money.start - off, money.end - off
        if money.equivalents and s.startswith(",", me):
            # "€100 million, or about $108 million, for Tunisia": the comma closes the
            # restatement, not the amount's clause.
            me += 1
        lo, hi = _clause_bounds(breaks, len(s), ms, me)
        lo = max(lo, prev_end)
        prev_end = me
        nxt = monies[idx + 1].start - off if idx + 1 < len(monies) else len(s)
        left = s[lo:ms]
        right = s[me : min(hi, nxt)]
        # Distractor cues close to the amount ("a deal that would unlock" IMF money is
        # still a loan when a lender is named).
        mleft = masked[lo:ms]
        if "," in mleft and s.endswith(("which", "who"), 0, lo):
            # "the deal, which still needs board approval, would give Kenya access to
            # $850mn": the interrupting relative clause is not the amount's predicate.
            mleft = mleft[mleft.index(",") + 1 :]
        mleft = mleft[-100:].lower()
        # "Under the arrangement, Malawi would have access to about $182 million": the
        # borrower's side of a lender's programme.
        if access_gate and _access_clean(mleft) and not _negative_right(masked[me : min(hi, nxt)]):
            got = _access_record(s, sent, lo, ms, state, salience)
            if got is not None:
                recipient, donor = got
                kind = _kind_of(s[lo:hi], s[me:], left, low[lo:hi] if same_len else None)
                if kind == "unspecified":
                    kind = "loan"
                state["donor"], state["recipient"] = donor, recipient
                out.append(
                    Aid(
                        donor,
                        recipient,
                        money.amount,
                        money.currency,
                        kind,
                        _purpose(s, me, len(s)),
                        s,
                        sent.start,
                        sent.end,
                    )
                )
                accepted_spans.append((ms, me))
                continue
        neg = _AID_NEGATIVE.search(mleft)
        if neg and neg.group(0) == "deal" and _lender_in(s, sent.mentions):
            neg = _AID_NEGATIVE.search(mleft, mleft.find("deal") + 4)
        if (
            neg
            and neg.group(0) == "valued"
            and _goods_valued(mleft)
            and (_GOODS_VERB_LOW.search(low, lo, ms) if plain else _GOODS_VERB.search(s, lo, ms))
        ):
            # "will provide the navy with radars and boats valued at 1.6 billion yen"
            neg = _AID_NEGATIVE.search(mleft, neg.end())
        if neg and "," in mleft[neg.end() :]:
            # "In response to the UN appeal, Sweden pledged SEK 50 million": a cue in a
            # fronted phrase before the giver's own clause is not the amount's.
            at = ms - len(mleft)
            c = mleft.index(",", neg.end())
            if _FRONTED_GIVER.fullmatch(s, at + c + 1, ms):
                neg = _AID_NEGATIVE.search(mleft, c)
        if neg or _negative_right(masked[me : min(hi, nxt)]):
            continue
        if _uncommitted(s, low, lo, ms, me, hi):
            continue  # "... is expected to be considered by its board": not committed
        deferred = "deferred" in s and _DEFERRED.search(s, me) is not None
        if (
            "worth" in mleft
            and not deferred
            and _KIND_OF_RX1.search(left[-40:])
            and not _goods_valued(left[-120:])
            and not _AID_NOUN_WIDE.search(s)
        ):
            continue  # "shipped coffee worth $1.4 billion": the value of traded goods
        if (
            "deal" in s
            and _DEAL_SIZE.match(s, me)
            and not _lender_in(s, sent.mentions)
            and not _AID_NOUN_ANY.search(s, max(lo, ms - 40), ms)
        ):
            continue  # "a $5 billion financing deal": the size of an agreement
        if (
            "never" in low
            or " shelved" in low
            or "fell through" in low
            or "scrapped" in low
            or "pected" in low
            or "anticipated" in low
            or "foreseen" in low
            or " not " in low
            or " to be " in low
        ) and _NEVER_GIVEN.match(s, me, min(nxt, me + 160)):
            continue  # "a package of up to €900 million ... was never approved"
        if _cumulative_before(left[-130:]) and not _EXTRACT_AID_RX3.search(left[-130:]):
            continue  # a running total
        if "which" in s[max(0, ms - 120) : ms] and _FRAMEWORK_SIZE.search(s, max(0, ms - 200), ms):
            continue  # "the MoU, which sets out a total of $1.45 billion ...": its size
        if state.get("donor") and _REST_AFTER.match(s, me, min(nxt, me + 100)):
            continue  # "$65 million would be released at once, with the rest paid out ..."
        if (
            out
            and out[-1].amount
            and money.amount < out[-1].amount
            and out[-1].donor in _LENDERS
            and _TRANCHE_VERB.search(s, max(lo, ms - 40), ms)
        ):
            continue  # "... review of the $3.4 billion facility, unlocking a further $262 million"
        part_of = False
        if accepted_spans and (
            (ap := _AID_PART.search(s[max(0, ms - 40) : ms])) or _OF_WHICH.match(s, me)
        ):
            if not (ap and _FULL_BREAKDOWN.match(ap.group(0)) and _sums_to_last(out, monies, idx)):
                continue  # part of a total already counted, or a cumulative figure
            # "$500 million for Kenya, including $300 million in loans and $200 million in
            # grants": a total broken down fully gives its parts (replace_broken_down_totals).
            part_of = True
        if _OF_PRIOR.match(s, me):
            continue  # a share of a package reported before
        if (
            "budget" in right
            and _IN_BUDGET.search(right)
            and not any(
                me <= m.start - off < min(hi, nxt) and m.kind in PARTY_KINDS for m in sent.mentions
            )
        ):
            continue  # "allocated 4.1 billion shillings to the coast guard in its draft budget"
        if (
            left.endswith(" at ")
            and _SET_LEVEL.search(left[-90:])
            and not any(
                lo <= m.start - off < hi and m.kind in PARTY_KINDS and m.canonical not in _LENDERS
                for m in sent.mentions
            )
        ):
            continue  # "the government set counter-terrorism policing funding at £1.2 billion"
        if " own " in s and _OWN_MONEY.search(s, lo):
            continue  # a government paying for its own project or defence
        if _CUMULATIVE_AFTER.match(right) and _PERFECT_GIVE.search(left):
            total_end = me
            continue  # "has committed more than 100 billion kronor ... since 2022"
        if "ha" in left[-90:] and left.endswith(" "):
            pq = _PERFECT_QUANT.search(left[-90:])
            if pq and (pq.group("aux").lower() == "having" or _RUNNING_AFTER.match(right)):
                continue  # "having extended more than 3 trillion yen": a running total
        if (
            "yet" in left
            or "not" in left
            or "never" in left
            or "wait" in left
            or "no money" in left
        ) and _NOT_RECEIVED.search(left[-120:]):
            continue  # "has yet to receive any money from the 6 billion euro facility"
        if " had " in left and _SINCE_PERIOD.match(right) and _PLUPERFECT_GIVE.search(left):
            continue  # "said his country had provided more than $600 million ... since 2023"
        if "ince" in s[:12] and _SINCE_FRONTED.match(s) and _PERFECT_GIVE.search(left):
            total_end = me
            continue  # "Since 2022, Japan has provided more than $12 billion ..."
        if (
            ("ast " in s[:30] or "revious " in s[:30])
            and _PERIOD_FRONTED.match(s)
            and _PERFECT_GIVE.search(left)
        ):
            total_end = me
            continue  # "Over the past decade, the bank has lent $9 billion to Kenya."
        if "budgeted" in right[:40] and _BUDGETED_AFTER.match(right):
            continue  # "the fund has about 1 trillion won budgeted for 2026": a budget line
        if (" life" in right[:80] or "cumulativ" in right[:60]) and _LIFETIME_AFTER.match(right):
            continue  # "unlocked about $3.6 billion over its lifetime": a running total
        if _COVERS_STOCK.search(left[-40:]) and _STOCK_AFTER.match(right):
            continue  # "the deal covers $4.2 billion of loans": existing debt
        verb = None
        if plain:
            # The last giving verb, found on the lower-cased clause, then read from ``left``.
            low_left = low[lo:ms]
            for vm in _AID_VERB_LOW.finditer(low_left):
                verb = vm
            if verb is not None:
                verb = _AID_VERB.match(left, verb.start())
            noun_before = _AID_NOUN_BEFORE_LOW.search(low_left)
        else:
            for vm in _AID_VERB.finditer(left):
                verb = vm
            noun_before = _AID_NOUN_BEFORE.search(left)
        if noun_before is None and "measure" in left:
            # "an assistance measure under the European Peace Facility worth €20 million"
            noun_before = _MEASURE_BEFORE.search(left)
        noun_after = _AID_NOUN_AFTER.match(right)
        verb_after = _AID_AFTER_VERB.match(right) or (
            _FURTHER_AFTER.match(right) and _FURTHER_BEFORE.search(left[-40:])
        )
        # Donor named around the amount: passive agent, "from X", "of X assistance".
        agent = None
        # Every match holds "by" (b and y fold to no other characters).
        pm = _PASSIVE_AID.search(right, 0, 160) if "by" in right[:160].lower() else None
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
            if (
                from_agent is not None
                and verb is not None
                and _RECEIVE_VERB.match(verb.group(0))
                and any(
                    lo <= m.start - off < lo + verb.start() and m.kind in PARTY_KINDS
                    for m in sent.mentions
                )
            ):
                # "Kenya received $2 billion from the IMF": the subject of a receiving
                # verb is the recipient, not the article's last one (see below).
                from_agent = None
        of_agent = None
        om = _OF_DONOR.match(right)
        if om and _AID_NOUN_ANY.search(right, om.end(), om.end() + 60):
            of_agent = _mention_at(sent.mentions, off + me + om.end())
            if (
                of_agent is not None
                and of_agent.kind == KIND_DEMONYM
                and not _EXTRACT_AID_RX6.match(s[of_agent.end - off :])
            ):
                of_agent = None
        named_donor = agent or from_agent or of_agent
        shared = (
            bool(accepted_spans)
            and (
                _EXTRACT_AID_RX4.search(s[max(0, ms - 30) : ms])
                # "approved 4.5 billion won for ...: 2.5 billion won for UNICEF and ..."
                or _EXTRACT_AID_RX5.search(s[max(0, ms - 4) : ms])
                # "A$180 million ..., split into A$120 million for ... and A$60 million"
                or _SPLIT_CUE.search(s, max(0, ms - 30), ms)
                or part_of
            )
        )
        # "... a further €40m ..., on top of €20m it gave the same force in 2022": an
        # earlier gift recalled by the giver is a record of its own.
        prior_gift = bool(
            accepted_spans
            and _ON_TOP_OF.search(s, max(0, ms - 30), ms)
            and _GAVE_AFTER.match(s, me)
        )
        if verb is not None and idx in gapped and lo + verb.end() <= gapped[idx].start - off:
            # "Japan pledged 2 billion yen in emergency grant aid and South Korea $3
            # million": a verb-like word before the gapped donor is the first conjunct's
            verb = None
        gap = gapped.get(idx) if verb is None else None
        if gap is not None and not (
            _AID_VERB_LOW.search(low, 0, ms) if plain else _AID_VERB.search(s, 0, ms)
        ):
            gap = None
        if (
            verb is None
            and not (
                noun_after
                or noun_before
                or verb_after
                or shared
                or agent
                or from_agent
                or gap
                or prior_gift
                or _UNDER_FACILITY.match(right)
                # "- $10 million to the World Food Programme for ...;": a verbless item of
                # a list that breaks down a commitment reported before.
                or (
                    state.get("donor")
                    and (
                        not s[:ms].strip(" -–—•*·\t\n")
                        # "The funding is allocated as follows: $20 million to ...": a
                        # verbless list after a colon whose head names no party
                        or (
                            s[:ms].rstrip().endswith(":")
                            and not _party_mentions(sent.mentions, off, off + ms)
                        )
                    )
                    and _LIST_ITEM.match(right)
                )
                # "- NOK 150 million to the World Food Programme for ...": a verbless bullet
                # in the donor's own currency, under a lead that names the donor.
                or (
                    s[:1] in "-•*–"
                    and not s[:ms].strip(" -–—•*·\t\n")
                    and _LIST_ITEM.match(right)
                    and money.currency in _CURRENCY_HOME
                    and _implied_donor(s, money.currency, salience) is not None
                )
                or (
                    _FACILITY_AFTER.match(right)
                    and " and " in s[:ms]
                    and _joint_lender(s, sent.mentions, off, 0, ms) is not None
                )
            )
        ):
            continue
        if (
            verb is not None
            and _ANNOUNCE_ONLY.match(verb.group(0))
            and not (
                # "The IMF board completed the review, releasing $1bn": a lender's tranche.
                (
                    verb.group(0)[:6].lower() in ("releas", "disbur", "unlock")
                    and any(
                        lo <= m.start - off < lo + verb.start() and m.canonical in _LENDERS
                        for m in sent.mentions
                    )
                )
                or noun_after
                or noun_before
                or verb_after
                or _AID_NOUN_ANY.search(right[:60])
                or _EXTRACT_AID_RX7.match(right)
                or _UNDER_FACILITY.match(right)
                # "Saudi Arabia will deposit $3 billion in Pakistan's central bank"
                or _EXTRACT_AID_RX8.match(right)
                # "Ghana got $3 billion from the IMF"
                or (
                    _RECEIVE_VERB.match(verb.group(0))
                    and from_agent is None
                    and _EXTRACT_AID_RX10.match(right)
                    and _lender_in(right, [m for m in sent.mentions if m.start - off >= me])
                )
            )
        ):
            continue
        if (
            verb is not None
            and _EXTRACT_AID_RX1.match(verb.group(0))
            and not (noun_after or _EXTRACT_AID_RX9.search(right[:120]))
        ):
            continue
        verb_txt = verb.group(0).lower() if verb else ""
        placed_in = None  # "In neighbouring Sierra Leone, the World Bank approved ..."
        verb_start = lo + (verb.start() if verb else len(left))
        verb_end = lo + (verb.end() if verb else len(left))
        if from_agent is not None:
            # "€120 million came from Germany, £45 million from Britain ...": the
            # recipient is the one named with "to/for", else the article's focus.
            donor, beneficiary = from_agent.canonical, None
            recipient = None
            tm = _EXTRACT_AID_RX2.search(right)
            if tm:
                hit = _mention_at(sent.mentions, off + me + tm.end())
                if hit is not None and hit.canonical not in _LENDERS:
                    recipient = hit.canonical
            if recipient is None:
                sources = {
                    m.canonical
                    for m in sent.mentions
                    if _EXTRACT_AID_RX11.search(s[max(0, m.start - off - 10) : m.start - off])
                }
                recipient = _focus(salience, state, sources | {donor})
        elif gap is not None and gapped_recipients and out:
            donor, recipient, beneficiary = out[-1].donor, gap.canonical, None
        elif gap is not None:
            donor, beneficiary = gap.canonical, None
            recipient = out[-1].recipient if out else state.get("recipient")
            if recipient is None or recipient == donor:
                recipient = _focus(
                    salience, state, {donor, *(g.canonical for g in gapped.values())}
                )
        elif verb is None and shared and out:
            donor, recipient, beneficiary = out[-1].donor, out[-1].recipient, None
            if donor is None:
                donor = _lender_in(s, sent.mentions)
            # "$203 million for people inside Sudan, $48 million for Sudanese refugees ...
            # in Chad": each amount of a list keeps its own place.
            own = [
                m
                for m in rec_mentions
                if me <= m.start - off < min(hi, nxt)
                and m.kind in PARTY_KINDS
                and m.kind != KIND_BODY
                and m.canonical != donor
                and m.canonical not in _LENDERS
            ]
            if own:
                recipient = own[0].canonical
        elif verb is not None and _RECEIVE_VERB.match(verb.group(0)):
            if "from" in right[:40] and _SALE_SOURCE.match(right):
                continue  # "Egypt received $35 billion from the sale of land": earned
            # "Ecuador will receive $10 million from Japan"
            subj = [
                m
                for m in sent.mentions
                if lo <= m.start - off < verb_start and m.kind in PARTY_KINDS
            ]
            # "the group had carried out attacks in Iraq and Syria and had received
            # weapons from Iran": places reached by a preposition inside the clause are
            # not its subject, and a subject that is no country gives no record.
            placed = [
                m
                for m in subj
                if (pm := _LOC_COORD.search(s, max(lo, m.start - off - 60), m.start - off))
                and pm.start() > lo + 2
            ]
            if placed:
                subj = [m for m in subj if m not in placed]
                if not subj:
                    continue
            recipient = subj[-1].canonical if subj else None
            donor = None
            fm = _EXTRACT_AID_RX12.search(s[me:])
            if fm:
                for m in sent.mentions:
                    if m.start - off == me + fm.end() and m.kind in PARTY_KINDS:
                        donor = m.canonical
            if donor is None:
                donor = _adjective_donor(s, sent.mentions, off, me)  # "a British grant"
            if recipient is None and donor is not None:
                # "Ukrhydroenergo, which operates ..., is to receive a €100 million loan
                # from the European Investment Bank": a company of the focus country.
                recipient = _focus(salience, state, {donor})
            if recipient is None:
                continue
            beneficiary = None
        else:
            unplaced = _unplaced(s, sent.mentions, off, verb_start)
            donor = _pick_donor(s, unplaced, verb_start, money, off, lo)
            if len(unplaced) < len(sent.mentions):
                placed_in = next(
                    (
                        m.canonical
                        for m in sent.mentions
                        if m not in unplaced and is_country(m.canonical)
                    ),
                    None,
                )
            jlo = 0 if _EXTRACT_AID_RX13.search(s[max(0, lo - 8) : lo]) else lo
            joint = (
                _joint_lender(s, sent.mentions, off, jlo, verb_start)
                if named_donor is None and " and " in s[jlo:verb_start]
                else None
            )
            if joint is not None and _JOINT_HEDGE.search(s, 0, ms):
                continue  # "Zambia and the World Bank are still discussing a possible loan"
            if joint is not None:
                donor = joint[0]
            if named_donor is not None:
                donor = named_donor.canonical
            elif donor is not None and donor not in _LENDERS:
                # Only a lender named before this clause ends: "Japan signed a grant ...,
                # while the World Bank approved ..." keeps Japan as the grant's donor.
                lender = _lender_in(s, [m for m in sent.mentions if m.start - off < hi])
                if lender and (
                    _EXTRACT_AID_RX14.search(s) and not _EXTRACT_AID_RX15.match(verb_txt)
                ):
                    donor = lender  # "Egypt reached a staff-level agreement with the IMF ..."
            adj_subject = None
            if named_donor is None and joint is None:
                adj = _adjective_donor(s, sent.mentions, off, me)
                if adj is not None and adj != donor:
                    # "Kenya welcomed a $50 million Japanese loan": the adjective names the
                    # giver, and the subject then received it.
                    if donor is not None and is_country(donor):
                        adj_subject = donor
                    donor = adj
            if donor is None:
                donor = (
                    _lender_in(s, [m for m in sent.mentions if m.start - off < hi])
                    or (_LENDER_ANAPHOR.search(s) and state.get("lender"))
                    or _implied_donor(s, money.currency, salience)
                    or _department_donor(s, state, verb_start)
                    or _us_programme_donor(s)
                    or _pronoun_donor(s, state, verb_start, sent.mentions, off)
                    or state.get("donor")
                    # "Once approved, it would release about $370 million": the programme
                    # or the lender just named is the subject.
                    or (
                        _PROGRAMME_SUBJECT.search(s, max(lo, verb_start - 40), verb_start)
                        and off - state.get("lender_at", -10_000) < 700
                        and state.get("lender")
                    )
                    or None
                )
            recipient, beneficiary = _pick_recipient(
                s,
                rec_mentions,
                off,
                off + verb_end,
                money.start,
                money.end,
                off + (hi if gapped else _breakdown_stop(s, me, monies, off)),
                donor,
                salience,
                placed_in or _prev_subject(state, donor) or state.get("recipient"),
                state,
            )
            if adj_subject is not None and not any(
                m.canonical == recipient and m.start - off >= me for m in sent.mentions
            ):
                recipient, beneficiary = adj_subject, None
            if (
                donor is None
                and named_donor is None
                and _OFFICIAL_SUBJECT.search(s, lo, verb_start)
                and not any(
                    not _EXTRACT_AID_RX16.search(s[lo : m.start - off])
                    for m in _party_mentions(sent.mentions, off + lo, off + verb_start)
                )
                and any(m.canonical == recipient for m in sent.mentions)
            ):
                donor = _issuer(salience, recipient, s)
                if donor is not None:
                    state["issuer"] = donor
            thx = (
                _thanked(s, sent.mentions, off, verb_start)
                if named_donor is None
                and (_THANKS_CUE_LOW.search(low) if plain else _THANKS_CUE.search(s))
                else None
            )
            if thx is not None:
                donor, recipient, beneficiary = thx[0], thx[1], None
            if donor and not any(m.canonical == recipient for m in sent.mentions):
                # "The Saudi Development and Reconstruction Program for Yemen said it would
                # provide ...": an agency named for the country it serves.
                for m in sent.mentions:
                    if m.canonical == donor and m.start - off < verb_start:
                        fm2 = _AGENCY_FOR.search(m.surface)
                        served = normalize(fm2.group(1)) if fm2 else None
                        if served and served != donor and is_country(served):
                            recipient, beneficiary = served, None
                        break
            home = _BORROWER_CURRENCY.get(money.currency or "")
            if (
                home
                and donor in _LENDERS
                and home != recipient
                and not any(m.canonical == recipient for m in sent.mentions)
            ):
                recipient, beneficiary = home, None  # "a loan of 3.2 billion lempiras"
            if (
                donor
                and recipient
                and not any(m.canonical == recipient for m in sent.mentions)
                and any(
                    m.canonical == donor
                    and m.kind == KIND_DEMONYM
                    and m.start - off >= me
                    and _DOMESTIC_PEOPLE.match(s, m.end - off)
                    for m in sent.mentions
                )
            ):
                # "A further 15m euros will be made available to wine cooperatives, which
                # make up the majority of French producers": the donor's own people.
                continue
            if joint is not None and (recipient is None or recipient != joint[1]):
                # "... under which the Fund would lend the country": the partner country.
                recipient, beneficiary = joint[1], None
            if (
                donor is not None
                and named_donor is None
                and verb is not None
                and not any(m.canonical in (donor, recipient) for m in sent.mentions)
                and (
                    _PRIVATE_GIVER.search(s, max(lo, verb_start - 60), verb_start)
                    or (
                        _NAME_SUBJECT.match(s[lo:verb_start])
                        and not _party_mentions(sent.mentions, off + lo, off + verb_start)
                        and _PRIVATE_RECEIVER.match(s, verb_end)
                    )
                )
            ):
                continue  # the article's donor is not this sentence's giver
            if (
                "state-" in s
                and _STATE_FIRM_SUBJECT.search(s, lo, verb_start)
                and not _AID_NOUN_ANY.search(s, lo, hi)
            ):
                continue  # a state firm's investment
        if recipient in _LENDERS:
            if donor is None or donor not in _LENDERS:
                recipient, donor = (
                    donor if donor and is_country(donor) else _focus(salience, state, {recipient}),
                    recipient,
                )
            else:
                recipient = _focus(salience, state, {recipient, donor})
        if "greement" in s and (recipient in (None, donor) or donor not in _LENDERS):
            # "ratified the Loan Agreement between Azerbaijan and the Islamic Development
            # Bank, under which the Bank will provide ...": the lender gives to its partner.
            lender = _lender_in(s, sent.mentions)
            partner = lender and _agreement_partner(s, sent.mentions, off, lender)
            if partner and (donor in (None, partner) or recipient in (None, donor)):
                donor, recipient = lender, partner
                titled = True
        if recipient is None or recipient == donor:
            if recipient is None and donor and named_donor is None:
                state["donor"] = donor  # "The World Bank approved two loans worth $35 million."
            continue
        if _domestic_money(s, low, sent.mentions, off, donor, recipient):
            continue  # "allocated in the 2026 budget of the Republic of Kosovo"
        if donor:
            state["donor"] = donor
        if recipient:
            state["recipient"] = recipient
        currency = _local_currency(money, donor, recipient, salience)
        if (
            currency == "USD"
            and money.text.startswith("$")
            and donor
            and (donor in (state.get("issuer"), state.get("home")) or _own_dollar_writer(state))
        ):
            # A government's own release, or its home press (the dateline), writes its
            # dollar as a bare "$".
            currency = _OWN_DOLLAR.get(donor or "", currency)
        klo = max(lo, kind_from)
        kind = _kind_of(s[klo:hi], s[me:], s[klo:ms], low[klo:hi] if same_len else None)
        if kind == "unspecified" and donor == "IMF":
            kind = "loan"  # the Fund lends
        if kind in ("loan", "grant", "unspecified"):
            # "..., and will provide a grant of 500 million rupees": the amount's own noun
            # decides over a loan verb earlier in its clause.
            km = _KIND_NOUN_OF.search(left[-60:])
            if km:
                kind = "grant" if km.group(1).lower() == "grant" else "loan"
        if kind == "unspecified" and ("ission" in s or "orce" in s):
            sm = _SECURITY_MISSION.search(s, me, hi)
            if sm:
                kind = "security"  # "to the AU Support and Stabilization Mission in Somalia"
        if deferred and kind in ("equipment", "unspecified"):
            kind = "loan"  # "will supply oil worth $1.2 billion ... on deferred payment"
        if titled and kind == "unspecified" and _LOAN_TITLE.search(s):
            kind = "loan"  # "under the Loan Agreement ..., the Bank will provide"
        purpose = _purpose(s, me, len(s))
        if beneficiary and (not purpose or beneficiary not in purpose):
            purpose = f"{purpose} ({beneficiary})" if purpose else beneficiary
        out.append(
            Aid(
                donor,
                recipient,
                money.amount,
                currency,
                kind,
                purpose,
                s,
                sent.start,
                sent.end,
            )
        )
        accepted_spans.append((ms, me))
        if " each " in s[me : me + 7]:
            out.extend(_each_recipient(s, sent, off, me, out[-1]))
        elif verb is not None and " each " in s[max(lo, verb_start - 20) : verb_start + 1]:
            out.extend(_each_donor(s, sent, off, lo, verb_start, out[-1]))
    if monies and ("staff" in low or "fund" in low or "bank" in low or "imf" in low):
        # A lender's programme: the lender lends to the country party to it, whatever
        # the generic rules made of the clause (a joint subject, a neighbour for context).
        got = None
        if "staff" in low:
            got = _lender_programme_record(sent, monies, salience, state, True)
        if got is None and (not out or any(a.donor not in _LENDERS for a in out)):
            got = _lender_programme_record(sent, monies, salience, state, False)
        if got is not None:
            same = [a for a in out if a.amount == got.amount and a.currency == got.currency]
            if not out:
                return [got]
            if same:
                out = [got if a is same[0] else a for a in out if a is same[0] or a not in same]
    if not monies or (not out and total_end < 0):
        out.extend(_extract_inkind(sent, salience, state, 0, None, low, plain, cues))
    elif not out:
        # "Brussels has given €2.5 billion in humanitarian aid to Sudan since 2014": the
        # total's own noun is no gift in kind; only a separate clause after it can be.
        out.extend(_extract_inkind(sent, salience, state, total_end + 20, None, low, plain, cues))
    elif accepted_spans:
        # "... €60 million for X was approved ..., and Italy handed over three patrol
        # boats to the Libyan coast guard": a separate in-kind clause after the money.
        got = _extract_inkind(
            sent, salience, state, accepted_spans[-1][1] + 20, None, low, plain, cues
        )
        if not got and ("with " in low or " as well as " in low):
            got = _coordinated_goods(sent, out[-1], accepted_spans[-1][1], low, plain)
        out.extend(got)
    return out


# "$5 million to Laos, along with two cargo planes of rice and medicine": goods
# coordinated with the money are a second, in-kind gift from the same donor to the same
# recipient.
_WITH_GOODS = re.compile(
    r"[,;]?\s+(?:along\s+with|together\s+with|as\s+well\s+as|coupled\s+with)\s+"
)
_GOODS_LEAD = re.compile(r"(?:[\w-]+\s+){0,4}")


def _coordinated_goods(sent: Sentence, prev: Aid, me: int, low: str, plain: bool) -> list[Aid]:
    s = sent.text
    if not (prev.donor and prev.recipient):
        return []
    for wm in _WITH_GOODS.finditer(s, me):
        gm = _goods_search(s, low, plain, wm.end(), min(len(s), wm.end() + 50))
        if (
            gm is None
            or not _GOODS_LEAD.fullmatch(s, wm.end(), gm.start())
            or _inkind_negative(s, low, plain, wm.start(), gm.end() + 10)
        ):
            continue
        kind = _goods_kind(s[wm.end() : gm.end() + 40])
        purpose = s[wm.end() :].strip(" .")[:200]
        return [Aid(prev.donor, prev.recipient, None, None, kind, purpose, s, sent.start, sent.end)]
    return []


_SUPPLIED_WITH = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:['’]s\s+[\w\s-]{1,30}?)?\s+with\b"
)
_INKIND_PASSIVE = re.compile(
    r"\b(?:was|were|ha(?:s|ve|d)\s+(?:already\s+|also\s+|now\s+)?been|will\s+be|are|is)\s+"
    r"(?:also\s+|now\s+|formally\s+|officially\s+|already\s+)?(?:(?:handed(?:\s+over)?|delivered|donated|"
    r"gifted|supplied|transferred|provided|shipped|sent)\s+"
    r"(?:by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?\s+)?to|"
    r"(?P<rec>received)\s+by|"
    # "Two radars were also handed over by Japan at a ceremony": the giver, no "to"
    r"(?P<by>(?:handed(?:\s+over)?|delivered|donated|gifted|supplied|transferred|provided|"
    r"shipped|sent)\s+by))\s+(?:the\s+)?|"
    # a reduced relative: "25,000 tonnes of Russian wheat donated to Niger"
    r"(?<=[a-z])\s+(?:donated|gifted)\s+to\s+(?:the\s+)?",
    re.I,
)
# "... at a ceremony attended by the Canadian ambassador": the donor's official.
_OFFICIAL_AFTER = re.compile(
    r"\b(?:attended\s+by|in\s+the\s+presence\s+of|presided\s+over\s+by|by|from|of)\s+"
    r"(?:the\s+)?$"
)
_OFFICIAL_NOUN = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:ambassador|embassy|envoy|minister|high\s+commission\w*|"
    r"officials?|secretary|attach[eé]|delegation|defen[cs]e\s+force|navy|government)\b",
    re.I,
)


def _official_donor(s: str, mentions: list[Mention], off: int, lo: int, exclude: str) -> str | None:
    for m in mentions:
        a = m.start - off
        if (
            a >= lo
            and m.canonical != exclude
            and _OFFICIAL_AFTER.search(s, max(0, a - 30), a)
            and _OFFICIAL_NOUN.match(s, m.end - off)
        ):
            return m.canonical
    return None


_RECEIVE_KEYS = ("receiv", "delivery of", " got ", " get ", " handed ", " given ", "ed by ")
_INKIND_PASSIVE_KEYS = (
    "handed over to",
    "handed to",
    "received by",
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


# "Kenya will receive ten patrol boats from Britain", "Laos was handed five fire trucks by
# China", "two frigates donated by South Korea": the recipient is the subject, the giver
# follows "from" or "by".
_RECEIVE_GOODS = re.compile(
    r"\b(?:(?:will\s+|has\s+|have\s+|had\s+)?(?:receiv(?:e|es|ed|ing)|took\s+delivery\s+of|"
    r"tak(?:e|es|ing)\s+delivery\s+of|g[eo]t)|(?:was|were|has\s+been|have\s+been|will\s+be)\s+"
    r"(?:handed|given|gifted|presented\s+with|supplied\s+with|provided\s+with|sent|donated))\s+",
    re.I,
)
_RECEIVE_GOODS_LOW = required_twin(_RECEIVE_GOODS)
_GIVER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:(?:donated|gifted|supplied|provided|funded|paid\s+for|sent)\s+)?"
    r"(?:from|by)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$"
)
_GOODS_BY = re.compile(
    r"\s(?:donated|gifted|supplied|provided|funded|paid\s+for)\s+by\s+(?:the\s+)?"
)


# Relief goods make an in-kind record humanitarian; hardware stays equipment.
_RELIEF_GOODS = re.compile(
    r"\b(?:flour|wheat|rice|grain|maize|sorghum|dates|food|medic\w*|vaccines?|doses|tents|"
    r"blankets|hygiene|relief|humanitarian|shelter|water\s+(?:filters|tanks|purification)|"
    r"cooking\s+oil|tarpaulins|mosquito\s+nets|nutrition\w*|therapeutic|sanitation|"
    r"cholera|surgical|trauma|first[\s-]aid|plastic\s+sheeting|jerry\s*cans|soap|"
    r"rehydration|emergency)\b",
    re.I,
)
_HARDWARE = re.compile(
    r"\b(?:vehicles|boats?|vessels?|drones|radars?|weapons|systems?|helicopters?|aircraft|"
    r"howitzers|rifles|ammunition|radios|patrol|armou?r\w*|missiles|munitions)\b",
    re.I,
)


# The vehicle that brings the goods is not among them: "an aircraft carrying food".
_CARRIER_VEHICLE = re.compile(
    r"\b(?:aircraft|planes?|jets?|flights?|ships?|vessels?|convoys?|trucks|lorries|"
    r"airlifts?)\s+(?:carrying|loaded\s+with|laden\s+with|bringing|transporting)\b",
    re.I,
)


def _goods_kind(goods: str) -> str:
    if "ing" in goods or "with" in goods:
        goods = _CARRIER_VEHICLE.sub(" ", goods)
    if _RELIEF_GOODS.search(goods) and not _HARDWARE.search(goods):
        return "humanitarian"
    return "equipment"


def _handover(donor: str, recipient: str, goods_start: int, sent: Sentence, state: dict) -> Aid:
    """An in-kind record whose purpose is the goods phrase onwards; remembered for later clauses."""
    state["donor"] = donor
    state["recipient"] = recipient
    purpose = sent.text[goods_start:].strip(" .")[:200]
    kind = _goods_kind(sent.text[max(0, goods_start - 40) : goods_start + 60])
    return Aid(donor, recipient, None, None, kind, purpose, sent.text, sent.start, sent.end)


def _extract_inkind_received(
    sent: Sentence,
    salience: Counter[str],
    state: dict,
    low: str | None = None,
    plain: bool | None = None,
) -> list[Aid]:
    """``low``/``plain``, when given, are ``sent.text.lower()``/``twins_apply(sent.text)``."""
    s = sent.text
    off = sent.start
    if low is None or plain is None:
        low = s.lower()
        plain = twins_apply(s)
    for rm in _RECEIVE_GOODS_LOW.finditer(low) if plain else _RECEIVE_GOODS.finditer(s):
        gm = _goods_search(s, low, plain, rm.end(), rm.end() + 80)
        if gm is None or _inkind_negative(s, low, plain, max(0, rm.start() - 40), gm.end() + 60):
            continue
        subj = [
            m
            for m in sent.mentions
            if m.end - off <= rm.start()
            and m.kind in (*PARTY_KINDS, KIND_DEMONYM)
            and not _clause_break(s).search(s, m.end - off, rm.start())
        ]
        giver = None
        for m in sent.mentions:
            a = m.start - off
            if gm.end() <= a <= gm.end() + 90 and m.kind in PARTY_KINDS:
                if _GIVER_AFTER.search(s, gm.end(), a):
                    giver = m
                break
        if giver is None or not subj or subj[-1].canonical == giver.canonical:
            continue
        # "the group had fought in Iraq and Syria and had received weapons from Iran": a
        # place reached by a preposition is not the one receiving.
        pm = _LOC_COORD.search(s, max(0, subj[-1].start - off - 60), subj[-1].start - off)
        if pm and pm.start() > 2:
            continue
        recipient = subj[-1].canonical
        if recipient in _LENDERS:
            continue
        return [_handover(giver.canonical, recipient, gm.start(), sent, state)]
    for bm in _GOODS_BY.finditer(s):
        gm = None
        g_lo, g_hi = max(0, bm.start() - 60), bm.start() + 1
        if not plain or _INKIND_GOODS_LOW.search(low, g_lo, g_hi) is not None:
            for g in _INKIND_GOODS.finditer(s, g_lo, g_hi):
                gm = g
        if gm is None or _inkind_negative(s, low, plain, max(0, gm.start() - 40), bm.end() + 80):
            continue
        giver = _mention_at(sent.mentions, off + bm.end())
        if giver is None or giver.kind == KIND_DEMONYM:
            continue
        recipient = None
        for m in sent.mentions:
            a = m.start - off
            if m.canonical == giver.canonical or m.kind not in (*PARTY_KINDS, KIND_DEMONYM):
                continue
            if a >= bm.end():
                recipient = m.canonical  # "... donated by Japan arrived in Dili"
                break
            if a < gm.start() and m.kind != KIND_DEMONYM:
                recipient = m.canonical  # "The Philippines took delivery of ..."
        if recipient is None:
            recipient = _focus(salience, state, {giver.canonical})
        if recipient is None or recipient in _LENDERS:
            continue
        return [_handover(giver.canonical, recipient, gm.start(), sent, state)]
    return []


_EXTRACT_INKIND_PASSIVE_RX1 = re.compile(r"\bby\s+(?:the\s+)?")
_PASSIVE_AUX = re.compile(
    r"\b(?:will|would|shall|to|has|have|had|could|should|must)\s+(?:also\s+|now\s+|soon\s+)?"
    r"be(?:en)?\s+(?:\w+ly\s+)?$",
    re.I,
)
_FUTURE_PASSIVE = re.compile(r"will\s+be\b", re.I)
_TO_AFTER_GIVER = re.compile(r"(?:['’]s\s+)?(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:the\s+)?$")
_EXTRACT_INKIND_PASSIVE_RX2 = re.compile(r"\b([A-Z][\w]+)-(?:built|made|supplied|donated|funded)\b")
_EXTRACT_INKIND_PASSIVE_RX3 = re.compile(r"-built\b")


def _extract_inkind_passive(
    sent: Sentence, salience: Counter[str], state: dict, min_pos: int = 0
) -> list[Aid]:
    """'Two Japanese-built radars were handed over to the Sri Lanka Navy'."""
    s = sent.text
    off = sent.start
    for pm in _INKIND_PASSIVE.finditer(s, min_pos):
        pre_lo = max(min_pos, pm.start() - 110)
        gm = None
        for g in _INKIND_GOODS.finditer(s, pre_lo, pm.start()):
            gm = g
        if gm is None or _INKIND_NEGATIVE.search(
            _EXTRACT_INKIND_PASSIVE_RX3.sub("", s[pre_lo : pm.start()])
        ):
            continue
        if sent.money and any(pre_lo <= mo.start - off < pm.start() for mo in sent.money):
            continue  # valued goods are handled as money
        recipient = None
        by_giver = None
        if pm.group("by"):
            by_giver = _mention_at(sent.mentions, off + pm.end())
            if by_giver is None or by_giver.kind not in PARTY_KINDS:
                continue
        for m in sent.mentions:
            rel = m.start - off
            if by_giver is not None and (
                m.start <= by_giver.start or not _TO_AFTER_GIVER.match(s, by_giver.end - off, rel)
            ):
                continue  # "handed over by Japan to the navy": only a "to" object receives
            if pm.end() <= rel <= pm.end() + 80 and m.kind in (*PARTY_KINDS, KIND_DEMONYM):
                recipient = m.canonical
                break
        donor = None
        bm = _EXTRACT_INKIND_PASSIVE_RX1.search(s[pre_lo : pm.end() + 60])
        if by_giver is not None:
            donor = by_giver.canonical
        elif bm and not pm.group("rec"):
            hit = _mention_at(sent.mentions, off + pre_lo + bm.end())
            donor = hit.canonical if hit else None
            if donor is None and "by" in pm.group(0):
                # "handed over by the Government of Germany to ...", "by the German
                # embassy to ...": the giver named inside the agent phrase.
                donor = next(
                    (
                        m.canonical
                        for m in sent.mentions
                        if pm.start() <= m.start - off < pm.end()
                        and (m.kind in PARTY_KINDS or m.kind == KIND_DEMONYM)
                        and m.canonical != recipient
                    ),
                    None,
                )
        if recipient is None and donor is not None and not pm.group("rec"):
            # "... were handed over by the New Zealand High Commission to the police's
            # northern command": a national unit of the story's country.
            recipient = _focus(salience, state, {donor})
        if recipient is None or recipient in _LENDERS:
            continue
        if donor is None:
            # "tonnes of Russian wheat": a demonym inside the goods phrase gives.
            for m in sent.mentions:
                a = m.start - off
                if (
                    m.kind == KIND_DEMONYM
                    and gm.start() - 30 <= a < gm.end()
                    and m.canonical != recipient
                    and not _clause_break(s).search(s, a, gm.end())
                ):
                    donor = m.canonical
        if donor is None:
            for m in sent.mentions:
                if pre_lo <= m.start - off < pm.start() and m.canonical != recipient:
                    donor = m.canonical  # "Japanese-built radars"
                    break
        if donor is None:
            dm = _EXTRACT_INKIND_PASSIVE_RX2.search(s[pre_lo:])
            donor = normalize(dm.group(1)) if dm else None
        if donor is None:
            donor = _official_donor(s, sent.mentions, off, pm.end(), recipient)
        if donor is None and not _FUTURE_PASSIVE.match(pm.group(0)):
            donor = state.get("donor")
        if donor is None or donor == recipient:
            continue  # "boats will be delivered to the Solomon Islands": no giver stated
        if donor:
            state["donor"] = donor
        purpose = s[gm.start() :].strip(" .")[:200]
        kind = _goods_kind(s[max(0, gm.start() - 40) : gm.end() + 20])
        return [Aid(donor, recipient, None, None, kind, purpose, s, sent.start, sent.end)]
    return []


_RATE_AFTER = re.compile(
    r"\s+(?:a|per|each|every)\s+(?:year|month|week|day|quarter)\b|\s+(?:annually|yearly)\b"
)
_ABILITY_BEFORE = re.compile(r"\b(?:can|cannot|could|able\s+to|capable\s+of)\s+$", re.I)
_ARRIVED_KEYS = (
    "arrived",
    "reached",
    "landed in",
    "landed at",
    "docked",
    "touched down",
    "loaded in",
    "loaded at",
    "received in",
    "received at",
    "flown in",
    "trucked in",
)
# A substring of every match of ``_GOODS_VERB_LOW`` (the tests enumerate its matches).
_GOODS_VERB_STEMS = (
    "donat",
    "hand",
    "deliver",
    "gift",
    "provid",
    "suppl",
    "send",
    "sent",
    "ship",
    "airlift",
    "transferr",
    "gave",
    "give",
    "giving",
    "dispatch",
    "unload",
    "cede",
    "turn",
    "flew",
    "flown",
    "flies",
    "flying",
    "airdrop",
    "air-drop",
    "truck",
    "ferr",
    "transport",
    "rush",
    "convey",
)
# "Berlin confirmed that two more IRIS-T air defence systems had reached Ukraine", "vaccines
# from India arrived in Dhaka": goods arriving, the giver named by "from" or as the source
# of the report.  Nothing after the leading space run starts with a space, so the run is
# possessive; the lookahead holds the first letter of every word that can follow it.
_ARRIVED = re.compile(
    r"\s++(?=[hnaflesrdtw])(?:(?:had|have|has)\s+)?"
    r"(?:(?:now|already|finally|also|later|eventually|safely)\s+)?"
    r"(?:arrived\s+(?:in|at)|reached|landed\s+(?:in|at)|docked\s+(?:in|at)|touched\s+down\s+"
    r"(?:in|at)|(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:unloaded|"
    r"offloaded|off-loaded|received|flown\s+in(?:to)?|trucked\s+in(?:to)?)\s+(?:in|at|into))\s+"
    r"(?:the\s+)?"
)
_REPORTED_BY = re.compile(
    r"\s*(?:officials\s+|authorities\s+|government\s+)?(?:has\s+|have\s+)?(?:said|says|"
    r"confirmed|confirms|announced|announces|reported|reports|disclosed|revealed|stated)\s+"
    r"(?:on\s+\w+\s+)?(?:that\s+)?(?:[^\s;]+\s+){0,6}$"
)
_FROM_GIVER = re.compile(
    r"\b(?:from|donated\s+by|gifted\s+by|supplied\s+by|sent\s+by)\s+(?:the\s+)?"
)


def _extract_inkind_arrived(
    sent: Sentence,
    state: dict,
    salience: Counter[str] | None = None,
    low: str | None = None,
    plain: bool | None = None,
) -> list[Aid]:
    """``low``/``plain``, when given, are ``sent.text.lower()``/``twins_apply(sent.text)``."""
    s = sent.text
    off = sent.start
    if low is None or plain is None:
        low = s.lower()
        plain = twins_apply(s)
    for am in _ARRIVED.finditer(s):
        lo = max(0, am.start() - 90)
        for cb in _clause_break(s).finditer(s, lo, am.start()):
            lo = cb.end()
        gm = first = None
        if not plain or _INKIND_GOODS_LOW.search(low, lo, am.start()) is not None:
            for g in _INKIND_GOODS.finditer(s, lo, am.start()):
                gm = g
                first = first or g
        if gm is None or _INKIND_NEGATIVE.search(s, max(0, lo - 30), am.end() + 40):
            continue
        recipient = _mention_at(sent.mentions, off + am.end())
        if recipient is None and salience is not None and s[am.end() : am.end() + 1].isupper():
            # "... kits from Britain was unloaded in Abéché": a town or region the gazetteer
            # does not know lies in the story's country, once a "from" giver is named.
            giver = next(
                (
                    m
                    for m in sent.mentions
                    if gm.end() <= m.start - off < am.start()
                    and m.kind in PARTY_KINDS
                    and _FROM_GIVER.search(s, max(0, m.start - off - 16), m.start - off)
                ),
                None,
            )
            place = _focus(salience, state, {giver.canonical}) if giver is not None else None
            if place is not None and is_country(place):
                recipient = Mention(off + am.end(), off + am.end(), "", place, KIND_COUNTRY)
        if recipient is None or recipient.kind == KIND_BODY:
            continue
        donor = None
        for m in sent.mentions:
            a = m.start - off
            if gm.end() <= a < am.start() and _FROM_GIVER.search(s, max(0, a - 16), a):
                donor = m.canonical
        pos, hit, cm = lo, None, None
        while donor is None and hit is None and (cm := _CARRIER.search(s, pos, first.end() + 40)):
            # "A UAE aircraft carrying 40 tonnes of medical supplies landed at Beirut
            # airport": the carrier's flag gives ("Two Indian air force planes", "A Qatar
            # Amiri Air Force aircraft": the flag is the word whose mention ends there).
            hit = next(
                (
                    m
                    for m in sent.mentions
                    if m.end - off == cm.end(1)
                    and m.kind in (KIND_COUNTRY, KIND_METONYM, KIND_DEMONYM)
                ),
                None,
            )
            pos = cm.end(1)
        if hit is not None and cm is not None:
            carried = _INKIND_GOODS.search(s, cm.end(), am.start())
            if hit is not None and carried is not None:
                donor, first = hit.canonical, carried
        if donor is None:
            before = [m for m in sent.mentions if m.end - off <= gm.start()]
            # "Iranian drones reached ...": a maker named on the goods; no report source.
            if any(m.kind == KIND_DEMONYM and gm.start() - (m.end - off) < 25 for m in before):
                continue
            for m in before:
                a, b = m.start - off, m.end - off
                if (
                    m.kind in (KIND_COUNTRY, KIND_METONYM)
                    and not s[:a].strip()
                    and _REPORTED_BY.match(s, b, gm.start())
                ):
                    donor = m.canonical
                break
        if donor is None or donor == recipient.canonical or recipient.canonical in _LENDERS:
            continue
        return [_handover(donor, recipient.canonical, first.start(), sent, state)]
    return []


_CARRIER = re.compile(
    r"(?<!\S)(\S+)\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:military\s+|cargo\s+|air\s+force\s+|navy\s+|relief\s+|"
    r"transport\s+)?"
    r"(?:aircraft|planes?|jets?|flights?|ships?|vessels?|convoys?|trucks|lorries|airlifts?)\s+"
    r"(?:carrying|loaded\s+with|laden\s+with|bringing|transporting|with)\s+"
)


# "A French air force transport plane landed in Abéché carrying 38 tonnes of tents", "A
# Belgian-chartered cargo flight delivered 25 tonnes of medical supplies to Bunia", "Two
# Indian navy ships docked in Colombo with relief goods": the carrier's flag (or its
# charterer) gives, the landing place (or the dateline's country) receives.
_VEHICLE = re.compile(
    r"\b(?:aircraft|air\s*planes?|planes?|jets?|flights?|airlifts?|ships?|vessels?|convoys?|"
    r"lorries|trucks|frigates?|C-\d+\w*|Hercules|Globemaster)\b"
)
_FLAG_GAP = re.compile(
    r"(?:-(?:chartered|registered|flagged|owned|operated|run|funded|led))?"
    r"(?:\s+(?!(?:to|in|at|on|for|from|with|and|of)\b)[\w-]+){0,4}?\s+$"
)
# "A Belgian-chartered cargo flight": the gazetteer does not see a demonym glued by a hyphen.
_HYPHEN_FLAG = re.compile(
    r"\b([A-Z][\w'’]+)-(?:chartered|registered|flagged|owned|operated|funded|led)\b"
)
_CARRIER_ARRIVES = re.compile(
    r"\s+(?:(?:had|has|have|finally|also|then|later)\s+)?(?:landed|arrived|touched\s+down|docked|"
    r"delivered|brought|unloaded|flew|dropped\s+off)\b"
)
_ARRIVE_PLACE = re.compile(
    r"\b(?:landed|arrived|touched\s+down|docked|flew|delivered|brought|unloaded|dropped\s+off)"
    r"(?:\s+(?:[\w-]+\s+){0,8}?)?\s*(?:in|at|to|into)\s+(?:the\s+)?(?=[A-Z])"
)
_CARGO_FOR = re.compile(r"\b(?:for|to|into|across)\s+(?:the\s+)?$")
_CARRIER_KEYS = (
    "aircraft",
    "plane",
    "jet",
    "flight",
    "airlift",
    "ship",
    "vessel",
    "convoy",
    "lorries",
    "truck",
    "frigate",
    "c-1",
    "hercules",
    "globemaster",
)
# A literal every match of ``_CARRIER_ARRIVES`` holds (it is case-sensitive, so each is in
# the lower-cased text too).
_CARRIER_VERBS = (
    "landed",
    "arrived",
    "touched",
    "docked",
    "delivered",
    "brought",
    "unloaded",
    "flew",
    "dropped",
)
# Bit 1: a carrier key; bit 2: an arrival verb. Both are needed for a record.
_CARRIER_CUES = Cues(_CARRIER_KEYS, _CARRIER_VERBS)
# The in-kind key groups (bits 1, 2, 4, 8: ``_extract_inkind``'s; 16: _ACCESS_KEYS) and
# ``_CARRIER_CUES``'s two (32, 64) in one scan of the sentence: adding a group leaves the
# bits of the others as they were.
_INKIND_ALL_CUES = Cues(
    _INKIND_PASSIVE_KEYS,
    _RECEIVE_KEYS,
    _ARRIVED_KEYS,
    _GOODS_VERB_STEMS,
    _ACCESS_KEYS,
    _CARRIER_KEYS,
    _CARRIER_VERBS,
)


def _extract_carrier_arrival(
    sent: Sentence,
    state: dict,
    salience: Counter[str] | None = None,
    low: str | None = None,
    cues: int | None = None,
) -> list[Aid]:
    """``cues``, when given, is ``_INKIND_ALL_CUES(low)`` (its bits 32 and 64 are
    ``_CARRIER_CUES``'s)."""
    s = sent.text
    off = sent.start
    if cues is not None and low is not None:
        if cues & 96 != 96:
            return []
    elif _CARRIER_CUES(s.lower() if low is None else low) != 3:
        return []
    for vm in _VEHICLE.finditer(s):
        am = _CARRIER_ARRIVES.match(s, vm.end())
        if am is None:
            continue
        lo = 0
        for cb in _clause_break(s).finditer(s, 0, vm.start()):
            lo = cb.end()
        flag = None
        for m in sent.mentions:
            a, b = m.start - off, m.end - off
            if (
                lo <= a
                and b <= vm.start()
                and vm.start() - b < 50
                and m.kind in (KIND_COUNTRY, KIND_METONYM, KIND_DEMONYM)
                and _FLAG_GAP.match(s, b, vm.start())
            ):
                flag = m
                break
        if flag is None:
            hm = _HYPHEN_FLAG.search(s, lo, vm.start())
            got = find_mentions(hm.group(1)) if hm else []
            if got and got[0].kind in (KIND_COUNTRY, KIND_METONYM, KIND_DEMONYM):
                g = got[0]
                flag = Mention(off + hm.start(), off + hm.end(1), g.surface, g.canonical, g.kind)
        if flag is None:
            continue
        hi = len(s)
        cb = _clause_break(s).search(s, am.end())
        if cb:
            hi = cb.start()
        gm = _INKIND_GOODS.search(s, am.end(), hi) or _INKIND_GOODS.search(s, vm.end(), len(s))
        if gm is None or _INKIND_NEGATIVE.search(s, max(0, vm.start() - 30), gm.end() + 40):
            continue
        pm = _ARRIVE_PLACE.search(s, am.start(), len(s))
        if pm is None:
            continue
        place = _mention_at(sent.mentions, off + pm.end())
        recipient = None
        if place is not None and place.kind != KIND_BODY:
            recipient = place.canonical
        elif place is None:
            # A town the gazetteer does not know: the dateline's country, else the story's.
            recipient = state.get("home") or (
                _focus(salience, state, {flag.canonical}) if salience is not None else None
            )
        if (
            recipient is None
            or recipient == flag.canonical
            or recipient in _LENDERS
            or not is_country(recipient)
        ):
            continue
        if any(
            m.start - off > pm.end()
            and m.kind in (KIND_COUNTRY, KIND_METONYM)
            and m.canonical not in (recipient, flag.canonical)
            and _CARGO_FOR.search(s, max(0, m.start - off - 30), m.start - off)
            for m in sent.mentions
        ):
            continue  # "... in Amman, a gift intended for Syria's hospitals": a transit point
        rec = _handover(flag.canonical, recipient, gm.start(), sent, state)
        # The kind from the cargo alone: the plane that brings it is not equipment given.
        rec.kind = _goods_kind(s[gm.start() : gm.end() + 60])
        return [rec]
    return []


_BOUGHT_REL = re.compile(
    r"\s*,?\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,4}?(?:had\s+|has\s+|have\s+)?(?:bought|"
    r"purchased|ordered|paid\s+for|acquired|procured|contracted\s+for|leased)\b",
    re.I,
)
_NONFINITE_BEFORE = re.compile(
    r"(?:\bto\s+(?:be\s+)?|\bbeing\s+|\b(?:will|would|is|are)\s+be\s+|,\s+)(?:\w+ly\s+)?$", re.I
)


_EXTRACT_INKIND_RX1 = re.compile(
    r"(?:sen[dt]|ship|transfer|giv|gave|provid|suppl|unload|hand(?!\w*\s+over)|fl[eoyi]|air-?drop|"
    r"truck|ferr|transport|rush|convey)",
    re.I,
)
_EXTRACT_INKIND_RX2 = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|several|batch|fleet|humanitarian|medical|relief|food|"
    r"emergency|shipments?|consignments?|cargo|convoy|planeloads?|truckloads?|"
    r"loads?|tonnes|tons)\b",
    re.I,
)
_EXTRACT_INKIND_RX3 = re.compile(
    r"\bas\s+(?:humanitarian\s+)?aid\b|\bfree\s+of\s+charge\b|"
    r"\bdonat",
    re.I,
)
# "is sending tents, blankets and water purifiers": a coordinated list of relief goods is
# a gift even after a weak verb and without a quantity.
_RELIEF_ITEM = (
    r"(?:[\w-]+\s+){0,2}?(?:tents|blankets|medicines?|medical\s+supplies|food(?:\s+\w+)?|"
    r"hygiene\s+kits|water[\s-]purif\w+(?:\s+\w+)?|water\s+filters|generators|mattresses|"
    r"tarpaulins|sleeping\s+bags|water\s+tanks|kitchen\s+sets|rice|flour|wheat|vaccines|"
    r"first[\s-]aid\s+kits|shelter\s+kits|jerry\s*cans|plastic\s+sheet\w*|solar\s+lamps|"
    r"bottled\s+water|drinking\s+water|clothing|clothes|milk\s+powder|baby\s+formula)"
)
_RELIEF_LIST = re.compile(
    r"\s+" + _RELIEF_ITEM + r"(?:\s*,\s*" + _RELIEF_ITEM + r")*,?\s+and\s+" + _RELIEF_ITEM + r"\b",
    re.I,
)
_EXTRACT_INKIND_RX4 = re.compile(r"\s*(?:with|a|an)?\b")
_EXTRACT_INKIND_RX5 = re.compile(
    r"vehicles|boats|drones|helicopters|equipment|weapons|howitzers|corvette", re.I
)


# Debated, alleged or paid-for transfers are not gifts: "is debating whether to supply
# weapons to Ukraine", "intelligence says Pyongyang shipped shells to Russia, earning ...".
_STATE_GOODS_HEDGE = re.compile(
    r"\b(?:whether|debat\w*|consider\w*|could|might|may|discuss\w*|weigh\w*|plans?|planning|"
    r"propos\w*|not|never|refus\w*|accus\w*|alleg\w*|says|claims?|reportedly|suspected|"
    r"intelligence|denied|denies|urg\w*|asked|called\s+on|if)\b",
    re.I,
)
_STATE_GOODS_PAID = re.compile(
    r"[^.;]*?\b(?:earn\w*|in\s+exchange|in\s+return|paid|payment|sold|sale|contract|"
    r"purchas\w*|bought|order(?:ed)?)\b",
    re.I,
)
_TO_FOREIGN = re.compile(r"(?:\s+[\w-]+){0,3}?\s+to\s+(?:the\s+)?")


def _state_to_state(s: str, mentions: list[Mention], off: int, verb: int, goods_end: int) -> bool:
    """'Japan will also provide coastal radar systems to the Philippine Navy': a state
    subject giving goods to another state or its forces, without a quantity."""
    tm = _TO_FOREIGN.match(s, goods_end)
    if tm is None:
        return False
    hit = _mention_at(mentions, off + tm.end())
    if hit is None or hit.kind == KIND_BODY:
        return False
    clause_lo = 0
    for cb in _clause_break(s).finditer(s, 0, verb):
        clause_lo = cb.end()
    if _STATE_GOODS_HEDGE.search(s, clause_lo, verb) or _STATE_GOODS_PAID.search(s, goods_end):
        return False
    return any(
        clause_lo <= m.start - off < verb
        and m.kind in (KIND_COUNTRY, KIND_METONYM)
        and m.canonical != hit.canonical
        and is_country(m.canonical)
        for m in mentions
    )


_ONWARD_KEYS = ("onward", "bound for", "destined for", "en route to", "in transit to")
_ONWARD = re.compile(
    r"\b(?:for\s+(?:its\s+|their\s+)?onward\s+(?:[\w-]+\s+)?(?:transport|shipment|delivery|"
    r"transfer|transit|distribution|carriage|trucking|travel)\s+(?:to|into)|onward\s+to|"
    r"(?:destined|bound)\s+for|en\s+route\s+to|in\s+transit\s+to)\s+(?:the\s+)?",
    re.I,
)


def _extract_inkind(
    sent: Sentence,
    salience: Counter[str],
    state: dict,
    min_pos: int = 0,
    max_pos: int | None = None,
    low: str | None = None,
    plain: bool | None = None,
    cues: int | None = None,
) -> list[Aid]:
    """In-kind gifts in ``sent``; ``low``/``plain``/``cues`` are ``s.lower()``/``twins_apply(s)``/
    ``_INKIND_ALL_CUES(low)``."""
    s = sent.text
    off = sent.start
    out: list[Aid] = []
    if low is None or plain is None:
        low = s.lower()
        plain = twins_apply(s)
        cues = None
    whole = min_pos == 0 and max_pos is None
    # The key groups below: bit 1 passive, 2 received, 4 arrived, 8 verbs (16: access).
    if cues is None:
        cues = _INKIND_ALL_CUES(low)
    if cues & 1 and (min_pos == 0 or max_pos is None):
        # After an amount only a separate reported clause counts: "..., and that a patrol
        # boat had been handed over to the police".
        that = s.find(" and that ", min_pos - 20) if min_pos else 0
        if that != -1:
            got = _extract_inkind_passive(sent, salience, state, that)
            if got:
                return got
    if whole and cues & 2:
        got = _extract_inkind_received(sent, salience, state, low, plain)
        if got:
            return got
    if whole and cues & 4:
        got = _extract_inkind_arrived(sent, state, salience, low, plain)
        if got:
            return got
    if whole and cues & 12:
        got = _extract_carrier_arrival(sent, state, salience, low, cues)
        if got:
            return got
    end = len(s) if max_pos is None else max_pos
    # No character lowers to one of CASE_FOLDS_TO_ASCII's but itself: so does ``low``.
    verbs = _GOODS_VERB_LOW if plain or twins_apply(low) else _GOODS_VERB
    # Every match of the lower-case verbs holds one of their stems (bit 8).
    found = verbs.finditer(low, min_pos, end) if cues & 8 or verbs is _GOODS_VERB else ()
    for vm in found:
        gm = _goods_search(s, low, plain, vm.end(), min(end, vm.end() + 90))
        if not gm:
            continue
        if _PROVIDES_FOR.match(s, vm.end()) and vm.group(0)[:4].lower() == "prov":
            continue  # "the project provides for the supply of radars": what it covers
        if min_pos and _NONFINITE_BEFORE.search(s, max(0, vm.start() - 20), vm.start()):
            continue  # "$5m ..., to be delivered as food parcels": how the money is spent
        if _ABILITY_BEFORE.search(s, max(0, vm.start() - 20), vm.start()):
            continue  # "yards that can deliver twelve ships": capacity, not a gift
        if "be" in low[max(0, vm.start() - 16) : vm.start()] and _PASSIVE_AUX.search(
            s, max(0, vm.start() - 30), vm.start()
        ):
            continue  # "boats will be delivered to ...": passive; later goods are not its object
        if _inkind_negative(s, low, plain, max(0, vm.start() - 40), gm.end() + 10):
            continue
        if _BOUGHT_REL.match(s, gm.end()):
            continue  # "delivered the last of six drones that Niamey bought": a sale
        between = s[vm.end() : gm.end()]
        weak = _EXTRACT_INKIND_RX1.match(vm.group(0))
        if (
            weak
            and not _EXTRACT_INKIND_RX2.search(between)
            # "supplied Niger with air defence systems": a recipient, then the goods.
            and not _SUPPLIED_WITH.match(between)
            and not _EXTRACT_INKIND_RX3.search(s[vm.start() :])
            and not _RELIEF_LIST.match(s, vm.end())
            and not _state_to_state(s, sent.mentions, off, vm.start(), gm.end())
        ):
            continue
        clause_lo = 0
        for cb in _clause_break(s).finditer(s, 0, vm.start()):
            clause_lo = cb.end()
        donor = _pick_donor(
            s,
            _unplaced(s, sent.mentions, off, vm.start()),
            vm.start(),
            Money(off + gm.end(), off + gm.end(), None, "", ""),
            off,
            clause_lo,
        )
        if donor is None and _ARMS.match(gm.group(0)):
            continue  # "... signed a peace accord and handed over 300 weapons": a surrender
        if donor is None and _RATE_AFTER.match(s, gm.end()):
            continue  # "builders deliver twelve ships a year": output, not a gift
        if donor is None:
            donor = _pronoun_donor(s, state, vm.start(), sent.mentions, off) or state.get("donor")
        if donor is None:
            continue  # "relief agencies are handing out food": no named giver, no record
        # Recipient right after the verb ("supplied Niger with ...") or after the goods.
        recipient = None
        thx = (
            _thanked(s, sent.mentions, off, vm.start()) if "than" in low or "grat" in low else None
        )
        if thx is not None:
            donor, recipient = thx
        for m in sent.mentions if recipient is None else ():
            rel = m.start - off
            if m.canonical == donor or m.kind not in (*PARTY_KINDS, KIND_DEMONYM):
                continue
            if (
                vm.end() <= rel < gm.start()
                and _EXTRACT_INKIND_RX4.match(s[m.end - off :])
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
                off + (max_pos if max_pos is not None else _coord_stop(s, gm.end())),
                donor,
                salience,
                placed.canonical
                if (placed := _fronted_place(s, sent.mentions, off, vm.start())) is not None
                else state.get("recipient"),
            )
        if has_any(low, _ONWARD_KEYS):
            # "delivered wheat at the port of Lomé for onward transport to Burkina Faso":
            # the transit port is not the recipient, the final destination is.
            om = _ONWARD.search(s, gm.end(), end)
            hit = _mention_at(sent.mentions, off + om.end(), 2) if om else None
            if hit is not None and hit.canonical != donor and hit.kind != KIND_DEMONYM:
                recipient = hit.canonical
        if recipient is None or recipient == donor:
            continue
        if donor:
            state["donor"] = donor
        state["recipient"] = recipient
        kind = (
            "humanitarian"
            if _KIND_RULES[3][1].search(s, vm.start()) and not _EXTRACT_INKIND_RX5.search(between)
            else "equipment"
        )
        purpose = s[vm.end() : end].strip(" .,")[:200]
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
    id_of = {id(a): j for j, a in enumerate(aid)}
    used: set[int] = set()  # a part of a total broken down is no total of the parts after it
    for i, total in enumerate(aid):
        if total.amount is None or i in used:
            continue
        parts = [
            a
            for j, a in enumerate(aid)
            if j != i
            and a.start >= total.start
            and a.amount is not None
            and a.currency == total.currency
            and a.amount < total.amount
            and (a.recipient == total.recipient or a.donor == total.donor)
            # parts of one commitment come from its donor
            and (a.donor == total.donor or a.donor is None or total.donor is None)
        ]
        for k in range(2, min(len(parts), 5) + 1):
            window = parts[:k]
            if abs(sum(a.amount for a in window) - total.amount) <= 0.02 * total.amount:
                drop.add(i)
                used.update(id_of[id(a)] for a in window)
                for a in window:
                    # "€62 million in emergency assistance, with €30 million for ...": the
                    # parts share the total's kind
                    if a.kind == "unspecified" and a.start == total.start:
                        a.kind = total.kind
                break
    return [a for i, a in enumerate(aid) if i not in drop]
