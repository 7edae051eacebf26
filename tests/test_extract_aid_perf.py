"""The cheap gates in ``summarizer._extract_aid`` agree with the patterns they guard."""

from summarizer import _extract_aid as aid

_TEXTS = [
    "Japan handed over two patrol boats and armoured vehicles to the navy.",
    "The UAE sent 12 Land Cruisers, x-ray scanners and minibuses on Monday.",
    "Germany delivered wind turbines and electrical substations to Kyiv.",
    "Norway supplied field ambulances, not buses, to the health ministry.",
    "The minister said the talks on trade would resume in May.",
    "Ten mini-buses and a patrol  vessel arrived; the rest follows.",
    "Patrol vessels",
    "buses minibuses ambulances",
]


def test_goods_filter_finds_exactly_when_goods_pattern_does() -> None:
    for text in _TEXTS:
        low = text.lower()
        assert aid._plain(text)
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1, 3):
                full = aid._INKIND_GOODS.search(text, lo, hi) is not None
                assert (aid._INKIND_GOODS_LOW.search(low, lo, hi) is not None) == full, (
                    text,
                    lo,
                    hi,
                )


def test_passive_gate_is_necessary() -> None:
    for key in aid._INKIND_PASSIVE_KEYS:
        assert any(g in key for g in aid._INKIND_PASSIVE_GATE)
