"""The figure finder: every figure about people in a text, with its bounds as the dataset format reads them.

``find_figures(text)`` returns :class:`Figure` objects in text order; their
``start``/``end`` are code-point offsets into ``text`` as given (line endings
untouched), so ``text[f.start:f.end] == f.text``.
"""

from .claimed import unclaimed
from .scan import Figure, find_figures

__all__ = ["Figure", "find_figures", "unclaimed"]
