"""Where the files shipped with the app are: the bundled dataset, the borders, the translations.

In a checkout (and an editable install, which ``uv run`` makes) they sit
beside the package: ``data/``, ``resources/``. A wheel carries them inside
the package, under ``viewer/_shipped/`` (see ``pyproject.toml``), since
nothing beside a package survives installation. Pure Python: the model uses it.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
INSIDE = PACKAGE / "_shipped"
"""Where a wheel puts them."""
CHECKOUT = PACKAGE.parent
"""Where they are in a checkout."""


def shipped(relative: str) -> Path:
    """The shipped file or folder ``relative`` (e.g. "resources/i18n"): the wheel's copy if installed from one."""
    inside = INSIDE / relative
    return inside if inside.exists() else CHECKOUT / relative
