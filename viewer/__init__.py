"""Claims Atlas: a desktop viewer for contested claims about people on the move."""

__version__ = "0.1.0"
