"""Articles as analysts collect them (saved pages, PDFs, browser copies) turned into plain text and metadata.

``read_article(path)`` is the one entry point: it returns an :class:`Article`
or raises :class:`ArticleError` with one line saying what is wrong and what to
do. Nothing here writes a file or opens a network connection.
"""

from .model import Article, ArticleError, MAX_INPUT_BYTES
from .reader import read_article, read_article_bytes

__all__ = ["Article", "ArticleError", "MAX_INPUT_BYTES", "read_article", "read_article_bytes"]
