"""TEMPORARY placeholder — replaced by the summarizer issue (#3)."""

from summarizer.sentences import split_sentences


def summarize(text: str, sentences: int | str = 3, method: str = "auto", language: str = "english") -> list[str]:
    if not text.strip():
        raise ValueError("cannot summarize empty text")
    return split_sentences(text, language)[: int(sentences)]


def summarize_many(documents, sentences: int = 5):
    return [(doc_id, s) for doc_id, text in documents for s in summarize(text, 1)][:sentences]
