"""Colours: the Okabe–Ito palette, distinguishable with colour-blindness, and the themes built on it.

A Theme holds every colour a view draws with. The Okabe–Ito colours that carry
meaning (claimant types, relations, denials, flows) keep their hue in every
theme; only the ground they stand on and the ink around them change, and each
takes a lighter (on dark ground) or darker (on white) shade of its hue where
Okabe–Ito's own would be too faint on the ground: 3:1 at least for a mark or a
swatch (WCAG 2.1, 1.4.11), 4.5:1 where the colour is text (the denial's "✕
denied") or has text on it (a relation's chip). Each theme's claimant colours
stay at least as far apart, for eyes with protanopia, deuteranopia or
tritanopia (Machado et al. 2009), as Okabe–Ito's are (tests/gui/test_themes.py
measures it).
"""

from __future__ import annotations

from dataclasses import dataclass

OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000", "grey": "#999999",
}

CLAIMANT_COLOURS = {
    "government": OKABE_ITO["blue"], "anonymous": OKABE_ITO["orange"], "media": OKABE_ITO["green"],
    "organization": OKABE_ITO["purple"], "other": OKABE_ITO["grey"], "": OKABE_ITO["grey"],
}
"""Okabe–Ito as published: the hues every theme keeps, and the colour-blind separation each must match."""
CLAIMANTS_ON_LIGHT = dict(CLAIMANT_COLOURS, anonymous="#B47E04", media="#039B72", organization="#965479",
                          other="#888888", **{"": "#888888"})
"""Okabe–Ito darkened in their own hue to 3:1 at least on the light window (#EFEFEF): the orange is 2.0:1 there
as it is, the grey 2.5:1, the purple 2.7:1, the green 3.0:1. The purple is darker than 3:1 needs: a lighter one
comes as close to the blue (protanopia) and to the darkened orange (tritanopia) as Okabe–Ito's never do."""
CLAIMANTS_ON_DARK = dict(CLAIMANT_COLOURS, government="#29B2FF", media="#00A87B")
"""Okabe–Ito's blue (3.2:1 on the dark chart) and bluish green (4.6:1 on the dark window) lightened in their own
hue to 4.5:1 at least; the five stay as far apart for colour-blind eyes as Okabe–Ito's."""
CLAIMANTS_HIGH_CONTRAST_LIGHT = dict(CLAIMANT_COLOURS, anonymous="#8D650C", media="#02694D",
                                     organization="#CA1C7C", other="#474747", **{"": "#474747"})
"""Okabe–Ito darkened in their own hue to 4.5:1 at least on white and on the alternate rows (#F0F0F0); the purple
more saturated and the grey and green darker than 4.5:1 needs, to keep them as far apart as Okabe–Ito's."""
RELATION_CLAIMANTS = {"agrees": "media", "differs": "anonymous", "disputed": "organization"}
"""A relation's chip wears the theme's shade of a claimant colour (green, orange, purple); "denies" its denial."""
# The arrows reach into the filtered destination's fill (land_selected) and must stand out 3:1 on it as on every
# other fill: on light ground the flow is a darker shade of Okabe–Ito's blue (2.8:1 there as it is, 1.8:1 in high
# contrast), on dark ground that fill is a deep blue under the sky-blue arrows.


@dataclass(frozen=True)
class Theme:
    """Every colour of the views, as "#RRGGBB" (fills with alpha as "#AARRGGBB")."""

    name: str
    dark: bool
    # the map
    sea: str
    land: str
    land_context: str
    land_origin: str
    land_destination: str
    land_selected: str
    border: str
    border_context: str
    border_width: float
    flow: str
    flow_hover: str
    flow_selected: str
    denial: str
    country_label: str
    origin_label: str
    label_text: str
    label_fill: str
    label_border: str
    # text and the window
    text: str
    muted: str
    window: str
    base: str
    alternate_base: str
    button: str
    selection: str
    selection_text: str
    link: str
    # highlights of quotes in the article
    highlight: str
    highlight_text: str
    highlight_light: str
    highlight_light_text: str
    # claimant types (chart bars and points, the legend), as (type, colour) pairs
    claimants: tuple[tuple[str, str], ...] = tuple(CLAIMANT_COLOURS.items())

    def claimant(self, kind: str) -> str:
        """The colour of a claimant type (an empty or unknown type: the grey of "other")."""
        colours = dict(self.claimants)
        return colours.get(kind, colours[""])

    def claimant_colours(self) -> dict[str, str]:
        """Claimant type -> colour, in the legend's order."""
        return dict(self.claimants)

    def relation(self, kind: str) -> str:
        """The chip colour of a relation between two claims ("agrees", "differs", "denies", "disputed")."""
        return self.denial if kind == "denies" else self.claimant(RELATION_CLAIMANTS[kind])


LIGHT = Theme(
    name="light", dark=False,
    sea="#FFFFFF", land="#EDEBE6", land_context="#F6F5F2", land_origin="#F6E3B8", land_destination="#CFE6F5",
    land_selected="#8FC5EA", border="#8C8C8C", border_context="#C8C8C8", border_width=0.8,
    flow="#006AA6", flow_hover="#004C78", flow_selected="#000000", denial="#B14E00",
    country_label="#555555", origin_label="#7A5500", label_text="#111111", label_fill="#E1FFFFFF",
    label_border="#9A9A9A",
    text="#1A1A1A", muted="#555555", window="#EFEFEF", base="#FFFFFF", alternate_base="#F5F5F5",
    button="#EFEFEF", selection="#2F6FAE", selection_text="#FFFFFF", link="#0B5CAD",
    highlight="#F5D76E", highlight_text="#000000", highlight_light="#E6F1FA", highlight_light_text="#000000",
    claimants=tuple(CLAIMANTS_ON_LIGHT.items()),
)

DARK = Theme(
    name="dark", dark=True,
    sea="#16191D", land="#33373D", land_context="#23262B", land_origin="#5C4A24", land_destination="#1F4A66",
    land_selected="#1B5A8A", border="#80868F", border_context="#3C4047", border_width=0.8,
    flow=OKABE_ITO["sky"], flow_hover="#93D1F4", flow_selected="#FFFFFF", denial="#F06A00",
    country_label="#B8BCC2", origin_label="#F0C674", label_text="#EDEDED", label_fill="#E61E2125",
    label_border="#6A7079",
    text="#E6E6E6", muted="#A9AEB5", window="#25282C", base="#1C1F23", alternate_base="#24282D",
    button="#2E3237", selection="#0072B2", selection_text="#FFFFFF", link="#7CC3F0",
    highlight="#F5D76E", highlight_text="#000000", highlight_light="#2C4A63", highlight_light_text="#F0F0F0",
    claimants=tuple(CLAIMANTS_ON_DARK.items()),
)

HIGH_CONTRAST = Theme(
    name="high-contrast", dark=True,
    sea="#000000", land="#2E2E2E", land_context="#151515", land_origin="#6A5310", land_destination="#0E4C75",
    land_selected="#14578A", border="#FFFFFF", border_context="#5A5A5A", border_width=1.6,
    flow=OKABE_ITO["sky"], flow_hover="#A6DBF7", flow_selected=OKABE_ITO["yellow"], denial=OKABE_ITO["vermillion"],
    country_label="#E0E0E0", origin_label="#FFD54A", label_text="#FFFFFF", label_fill="#F0000000",
    label_border="#FFFFFF",
    text="#FFFFFF", muted="#CFCFCF", window="#000000", base="#000000", alternate_base="#121212",
    button="#1A1A1A", selection=OKABE_ITO["yellow"], selection_text="#000000", link="#8FD3FF",
    highlight=OKABE_ITO["yellow"], highlight_text="#000000", highlight_light="#1D3D57", highlight_light_text="#FFFFFF",
    claimants=tuple(CLAIMANTS_ON_DARK.items()),
)

HIGH_CONTRAST_LIGHT = Theme(
    name="high-contrast-light", dark=False,
    sea="#FFFFFF", land="#DADADA", land_context="#F0F0F0", land_origin="#F2C86B", land_destination="#B5DAF2",
    land_selected="#4A9FD8", border="#000000", border_context="#9A9A9A", border_width=1.6,
    flow="#00476E", flow_hover="#002E4A", flow_selected="#000000", denial="#B84E00",
    country_label="#1A1A1A", origin_label="#5A3E00", label_text="#000000", label_fill="#F2FFFFFF",
    label_border="#000000",
    text="#000000", muted="#2B2B2B", window="#FFFFFF", base="#FFFFFF", alternate_base="#F0F0F0",
    button="#F0F0F0", selection="#0072B2", selection_text="#FFFFFF", link="#004C99",
    highlight=OKABE_ITO["yellow"], highlight_text="#000000", highlight_light="#D6EAF8", highlight_light_text="#000000",
    claimants=tuple(CLAIMANTS_HIGH_CONTRAST_LIGHT.items()),
)

THEMES = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST, HIGH_CONTRAST_LIGHT)}


def theme_of(app) -> Theme:
    """The theme the shared model carries (the light one until a window sets another)."""
    return getattr(app, "theme", None) or LIGHT


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#RRGGBB" (or "#AARRGGBB": the alpha is ignored)."""
    hex_ = colour.lstrip("#")[-6:]
    channels = [int(hex_[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def focus_frame(theme: Theme) -> str:
    """A style sheet for a plot: a frame in the theme's flow colour shows it has the keyboard focus."""
    return (f"QGraphicsView {{ border: 2px solid transparent; }} "
            f"QGraphicsView:focus {{ border: 2px solid {theme.flow}; }}")


def ink_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return "#000000" if contrast("#000000", background) >= contrast("#FFFFFF", background) else "#FFFFFF"
