"""Colours: the Okabe–Ito palette, distinguishable with colour-blindness."""

OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000", "grey": "#999999",
}

CLAIMANT_COLOURS = {
    "government": OKABE_ITO["blue"], "anonymous": OKABE_ITO["orange"], "media": OKABE_ITO["green"],
    "organization": OKABE_ITO["purple"], "other": OKABE_ITO["grey"], "": OKABE_ITO["grey"],
}
DENIAL = OKABE_ITO["vermillion"]
FLOW = OKABE_ITO["blue"]
HIGHLIGHT = "#F5D76E"
HIGHLIGHT_LIGHT = "#E6F1FA"
RELATION_COLOURS = {"agrees": OKABE_ITO["green"], "differs": OKABE_ITO["orange"], "denies": OKABE_ITO["vermillion"],
                    "disputed": OKABE_ITO["purple"]}

LAND = "#EDEBE6"
LAND_ORIGIN = "#F6E3B8"
LAND_DESTINATION = "#CFE6F5"
LAND_SELECTED = "#8FC5EA"
BORDER = "#8C8C8C"
SEA = "#FFFFFF"
FOCUS = OKABE_ITO["blue"]
FOCUS_FRAME = f"QGraphicsView {{ border: 2px solid transparent; }} QGraphicsView:focus {{ border: 2px solid {FOCUS}; }}"
"""A frame that shows which plot has the keyboard focus."""
