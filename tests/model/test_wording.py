"""Words the model makes, in another language: countries, figures, cells, sort order and search."""

from tests.conftest import DATA
from tests.model.test_map_layout import UKRAINE
from viewer.model import load_dataset
from viewer.model.index.claims_index import ClaimsIndex
from viewer.model.mapping.countries import country_name, destination_name
from viewer.model.flows.figures import format_range
from viewer.model.mapping.map_layout import build_layout, flow_lines
from viewer.model.state import Filters
from viewer.model.flows.wording import ENGLISH, Wording

RUSSIAN = Wording(language="ru", thousands="\u00a0", abroad="За рубеж", up_to="до {n}", at_least="не менее {n}",
                  per_day="{figure} в день", no_figure="без цифры", flow_line="{metric}: {figure}",
                  denied="{line} · отрицается ({n})", metrics={"entered": "въехали", "left": "уехали"},
                  stances={"asserts": "утверждает", "denies": "отрицает"})


def test_country_names_in_russian_from_pycountry_and_short_forms():
    assert country_name("KAZ", RUSSIAN) == "Казахстан"
    assert country_name("RUS", RUSSIAN) == "Россия" and country_name("RUS") == "Russia"
    assert country_name("KOR", RUSSIAN) == "Южная Корея"
    assert country_name("", RUSSIAN) == "За рубеж" and country_name("") == "Abroad"
    assert destination_name("EST;FIN", RUSSIAN) == "Эстония + Финляндия"
    assert country_name("XXX", RUSSIAN) == "XXX"
    assert country_name("KAZ", Wording(language="zz")) == "Kazakhstan"   # no catalogue: English


def test_figures_in_russian():
    assert format_range(600000, 700000, words=RUSSIAN) == "600\u00a0000–700\u00a0000"
    assert format_range(None, 700000, words=RUSSIAN) == "до 700\u00a0000"
    assert format_range(3000, None, "people_per_day", RUSSIAN) == "не менее 3\u00a0000 в день"
    assert format_range(None, None, words=RUSSIAN) == "без цифры"
    assert format_range(None, 700000) == "up to 700,000" and format_range(1, 1, words=ENGLISH) == "1"


def test_map_layout_in_russian():
    layout = build_layout("UKR", UKRAINE, RUSSIAN)
    assert layout.abroad.lines == ["уехали: 1\u00a0000\u00a0000"]   # the denial: the map's mark says it
    abroad = UKRAINE[UKRAINE["destination"] == ""]
    assert flow_lines(abroad, RUSSIAN) == ["уехали: 1\u00a0000\u00a0000 · отрицается (1)"]
    assert {a.title for a in layout.arrows} >= {"Польша", "Молдова"}


def test_claims_index_relabels_cells_sort_and_search():
    ds = load_dataset(DATA)
    view = ClaimsIndex(ds.claims, ds.sources)
    row = view.row_of("bb-08")
    assert view.text("destination", row) == "Kazakhstan" and view.text("stance", row) == "asserts"
    assert view.text_mask("kazakhstan").any() and not view.text_mask("казахстан").any()
    view.relabel(RUSSIAN)
    assert view.text("destination", row) == "Казахстан" and view.text("stance", row) == "утверждает"
    assert view.text("figure", view.row_of("bb-03")) == "700\u00a0000"
    assert view.text_mask("казахстан").any()
    # Sorted by destination in the new language's alphabet: "За рубеж" before "Казахстан".
    order = view.update(Filters(), "destination", True)
    names = [view.text("destination", r) for r in order]
    assert names == sorted(names, key=str.casefold)
    # Filters still work on codes.
    assert len(view.update(Filters(destination="KAZ"), "published", True)) == (ds.claims["destination"] == "KAZ").sum()


def test_dates_and_periods_are_worded_and_never_cut():
    months = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
    russian = Wording(language="ru", period_span="с {start} по {end}", period_from="с {start}",
                      period_until="по состоянию на {end}",
                      day=lambda d: f"{d.day} {months[d.month - 1]} {d.year}")
    nb = "\u00a0"
    assert russian.date("2022-10-06T18:42:00+05:30") == russian.date("2022-10-06") == "6 октября 2022"
    assert ENGLISH.date("2022-10-06T18:42:00+05:30") == "2022-10-06"   # the model's own: ISO, the day alone
    assert ENGLISH.date("sometime") == "sometime"
    assert ENGLISH.period("2022-09-21", "") == f"from{nb}2022-09-21"   # no dangling dash
    assert ENGLISH.period("", "2022-10-04") == f"until{nb}2022-10-04"
    assert ENGLISH.period("2022-09-21", "2022-10-04") == f"from{nb}2022-09-21{nb}to{nb}2022-10-04"
    assert ENGLISH.period("", "") == ""
    assert russian.period("2022-09-21", "") == nb.join(["с", "21", "сентября", "2022"])
    assert " " not in russian.period("2022-09-21", "2022-10-04")
