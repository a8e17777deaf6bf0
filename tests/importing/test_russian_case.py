"""A Russian claimant in the nominative (viewer.model.drafts.russian_case), and its dictionaries loaded late."""

import subprocess
import sys

import pytest

from viewer.model.drafts.russian_case import nominative


@pytest.mark.parametrize("phrase, case, want", [
    ("пресс-секретаря Кремля Дмитрия Пескова", "gent", "пресс-секретарь Кремля Дмитрий Песков"),
    ("официального представителя МИД Марии Захаровой", "gent", "официальный представитель МИД Мария Захарова"),
    ("губернатора Белгородской области Вячеслава Гладкова", "gent", "губернатор Белгородской области Вячеслав Гладков"),
    ("казахстанских властей", "gent", "казахстанские власти"),
    ("Эллы Памфиловой", "gent", "Элла Памфилова"),
    ("Пескова", "gent", "Песков"),
    ("собеседника в Кремле", "accs", "собеседник в Кремле"),
    ("пресс-службу ФСБ", "accs", "пресс-служба ФСБ"),
    ("источники в погранслужбе", "accs", "источники в погранслужбе"),
    ("своих источников в правительстве", "accs", "свои источники в правительстве"),
    ("президента Казахстана Касым-Жомарта Токаева", "gent", "президент Казахстана Касым-Жомарт Токаев"),
    ("данные ФСБ", "accs", "данные ФСБ"),
    ("двух источников", "gent", "двух источников"),     # a numeral: left as it is
    # what hangs on the head stays: a complement, a name after a preposition, a relative's name, an abbreviation
    ("МВД Казахстана", "gent", "МВД Казахстана"),
    ("собеседника в окружении Дмитрия Пескова", "accs", "собеседник в окружении Дмитрия Пескова"),
    ("вдовы Алексея Навального", "gent", "вдова Алексея Навального"),
    ("ООН", "gent", "ООН"),
    ("Forbes", "gent", "Forbes"),
    ("Министр внутренних дел", "", "Министр внутренних дел"),
])
def test_a_russian_claimant_is_put_in_the_nominative(phrase, case, want):
    assert nominative(phrase, case) == want


def test_the_russian_dictionaries_are_loaded_only_to_draft_a_russian_claimant():
    code = ("import sys; from viewer.model.drafts import draft_claims; "
            "draft_claims('Officials said 5,000 people crossed into Georgia.'); a = 'pymorphy3' in sys.modules; "
            "draft_claims('По данным источника, 5 тысяч человек въехали в Грузию.'); b = 'pymorphy3' in sys.modules; "
            "print(a, b)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "True"], result.stderr
