"""Pure NLP for Briefbot: text in, sentences, summaries and records out.

Nothing here touches Telegram or the database; ``bot`` calls these functions.
"""

from summarizer.extract import extract
from summarizer.language import detect_language
from summarizer.records import Agreement, Aid, Designation, Records
from summarizer.sentences import split_sentences
from summarizer.summarize import summarize, summarize_many

__all__ = [
    "Agreement",
    "Aid",
    "Designation",
    "Records",
    "detect_language",
    "extract",
    "split_sentences",
    "summarize",
    "summarize_many",
]
