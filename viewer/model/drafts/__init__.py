"""Draft claims: for each figure in an article, a claim filled in as far as its words allow.

A draft is never a claim: it is what the claim form is filled in with, for the
analyst to accept, change or drop. Every field carries how sure it is
(``Draft.confidence``, 0 to 1).
"""

from .draft import Draft, draft_claims
from .source import draft_source

__all__ = ["Draft", "draft_claims", "draft_source"]
