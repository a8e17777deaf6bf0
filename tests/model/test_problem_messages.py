"""Problem messages keep their template and values, so the window can translate them."""

from __future__ import annotations

import pickle

from tests.corpus_problems import corpus_problems, update_script
from viewer.model.checking.problems import Message, msg


def nested(message: Message):
    """The message and every Message among its values, depth first."""
    yield message
    for value in message.values.values():
        if isinstance(value, Message):
            yield from nested(value)


def test_every_problem_of_the_corpus_is_a_message_with_a_collected_template(tmp_path):
    problems = corpus_problems(tmp_path)
    assert len(problems) > 100
    templates = set(update_script().problem_templates()[0])
    for problem in problems:
        assert isinstance(problem.text, Message), problem
        for part in nested(problem.text):
            assert part.template in templates, part.template
            assert str(msg(part.template, **part.values)) == str(part)   # the English is the template filled in
    used = {part.template for p in problems for part in nested(p.text)}
    assert len(used) > 60   # the corpus reaches most of the messages


def test_every_msg_call_has_a_literal_template():
    templates, odd = update_script().problem_templates()
    assert odd == []
    assert "the quote occurs %n time(s)" in templates and "{value} is not one of: {allowed}" in templates


def test_english_counts_and_literal_braces():
    assert msg("the quote occurs %n time(s)", n=1) == "the quote occurs 1 time"
    assert msg("the quote occurs %n time(s)", n=3) == "the quote occurs 3 times"
    assert msg("must hold a JSON object ({...})") == "must hold a JSON object ({...})"   # no values: not formatted


def test_a_message_survives_the_trip_to_a_quote_worker_and_back():
    inner = msg("the quote occurs %n time(s)", n=2)
    outer = msg("no occurrence of the quote has both this prefix and this suffix ({where}): check", where=inner)
    back = pickle.loads(pickle.dumps(outer))
    assert back == outer and isinstance(back, Message)
    assert back.template == outer.template and back.values["where"].values == {"n": 2}
