"""The claims-atlas command: open the window, or check and summarise a dataset."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path

from . import __version__
from .languages import LANGUAGES, env_note, unsupported_env
from .shipped import shipped

from .cli_articles import ARTICLE_COMMANDS, add_parsers as add_article_parsers, run as run_article_command

COMMANDS = ("check", "flows", "export", *ARTICLE_COMMANDS)


FORMAT_NOTE = f"The dataset format is described in {shipped('docs/dataset-format.md')}."


def bundled_dataset() -> Path:
    """The dataset shipped with the app (data/ beside the package, or inside it when installed from a wheel)."""
    return shipped("data")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claims-atlas",
        description=("Claims Atlas: see every contested figure about people on the move, "
                     "and trace each to its words. Without a command, opens the window."),
        epilog="Run 'claims-atlas COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"claims-atlas {__version__}")
    _lang_option(parser, None, ROOT_LANG)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser("check", help="validate a dataset folder and list its problems",
                           description=("Validate a dataset folder. Prints each problem as "
                                        "FILE:LINE: COLUMN: message (paths relative to the folder). "
                                        "Exit status: 0 clean, 1 problems found, 2 not a readable dataset."))
    check.add_argument("dataset", type=Path, metavar="DATASET", help="the dataset folder")
    _lang_option(check, argparse.SUPPRESS, argparse.SUPPRESS)   # refused with a note, in any place
    flows = sub.add_parser("flows", help="summarise the flows the claims add up to",
                           description="Print the flows of a dataset: a table, or with --json the format's JSON summary.")
    flows.add_argument("dataset", type=Path, metavar="DATASET", help="the dataset folder")
    flows.add_argument("--json", action="store_true", help="print the JSON summary defined by the dataset format")
    flows.add_argument("--as-of", metavar="YYYY-MM-DD",
                       help="only the claims published by that day (a source's own written date counts)")
    _lang_option(flows, argparse.SUPPRESS, argparse.SUPPRESS)
    exp = sub.add_parser(
        "export", help="write the map, chart, a report or the claims CSV (or render the window), offscreen",
        description=("Write exports offscreen, with no display needed. Pictures carry a footer citing the "
                     "source (outlet, date) of every figure shown; a report gives, flow by flow, the range and "
                     "every claim with its exact quote, claimant, outlet, date and URL, with the denials beside "
                     "them. Several exports can be written at once."),
        epilog=("Which claims: all of them, or those passing --destination and --search (the table's filters); "
                "with --select, only those on that claim's flow. The chart shows the filtered destination, else "
                "the selected claim's. Example: claims-atlas export data --select bb-07 --report kaz.pdf "
                "--chart kaz.png. Each file option may be given more than once (e.g. --report r.html --report r.pdf)."))
    exp.add_argument("dataset", type=Path, metavar="DATASET", help="the dataset folder")
    exp.add_argument("--window", type=Path, action="append", default=[], metavar="FILE.png",
                     help="the whole window, as PNG (with --as-of, the Timeline tab in front of the Claims table: "
                          "the story as known then)")
    exp.add_argument("--map", type=Path, action="append", default=[], metavar="FILE.png|FILE.svg",
                     help="the map with title, legend and sources; PNG at twice the pixels, or SVG")
    exp.add_argument("--chart", type=Path, action="append", default=[], metavar="FILE.png|FILE.svg",
                     help="the comparison chart with title, legend and sources; PNG at twice the pixels, or SVG")
    exp.add_argument("--report", type=Path, action="append", default=[], metavar="FILE.html|FILE.pdf",
                     help="a report of the claims, flow by flow, as self-contained HTML or as PDF")
    exp.add_argument("--claims", type=Path, action="append", default=[], metavar="FILE.csv",
                     help="the claims as claims.csv in the dataset format")
    exp.add_argument("--select", metavar="CLAIM_ID",
                     help="select this claim first; the report and CSV then cover only its flow")
    exp.add_argument("--destination", metavar="CODE",
                     help="only claims about this destination: an ISO alpha-3 code, codes joined by ';' "
                          "(e.g. 'EST;FIN'), or 'abroad' for abroad as a whole")
    exp.add_argument("--search", default="", metavar="TEXT",
                     help="only claims whose claimant, quote, wording, outlet, destination, note or id holds TEXT "
                          "(as the table's search box; not case-sensitive)")
    exp.add_argument("--as-of", metavar="YYYY-MM-DD",
                     help="the story as known on that day: the map, chart, report and CSV cover the claims "
                          "published by then, and each picture's title says so")
    exp.add_argument("--as-of-each-day", type=Path, metavar="FOLDER",
                     help="write one map PNG per day into FOLDER (map-YYYY-MM-DD.png), from the first day a "
                          "claim was published to the last (or to --as-of), for slides and animations")
    exp.add_argument("--size", default="1600x1000", metavar="WxH",
                     help="size in pixels of the window and of the map and chart pictures (default 1600x1000)")
    _lang_option(exp, argparse.SUPPRESS, EXPORT_LANG)
    open_ = sub.add_parser("open", help="open the window (the default; 'claims-atlas [DATASET]')",
                           description="Open the window on DATASET, or on the bundled dataset.")
    open_.add_argument("dataset", type=Path, nargs="?", metavar="DATASET",
                       help="the dataset folder (default: the bundled one)")
    _lang_option(open_, argparse.SUPPRESS, WINDOW_LANG)
    add_article_parsers(sub)
    return parser


WINDOW_LANG = ("the window's language: " + ", ".join(LANGUAGES) + " (default: the CLAIMS_ATLAS_LANG environment "
               "variable, else the one last chosen in View › Language, else the system's)")
EXPORT_LANG = ("the language of the files written: " + ", ".join(LANGUAGES) + " (default: the CLAIMS_ATLAS_LANG "
               "environment variable, else the system's; never the window's choice, so a script writes the same "
               "files whoever used the window last)")
ROOT_LANG = (", ".join(LANGUAGES) + ": the language of the window and of export's files. Default: the "
             "CLAIMS_ATLAS_LANG environment variable, else (for the window only) the one last chosen in "
             "View › Language, else the system's. check and flows always print in English")


def _lang_option(parser: argparse.ArgumentParser, default, text: str) -> None:
    parser.add_argument("--lang", choices=tuple(LANGUAGES), default=default, help=text)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _escape_undecodable()
    stdout = sys.stdout
    sys.stdout = _Reader(stdout)
    try:
        return _main(argv)
    finally:
        sys.stdout.flush()   # here, so that no write is left for Python's exit (where a broken pipe says 120)
        sys.stdout = stdout


def _main(argv: list[str]) -> int:
    try:
        if argv and (argv[0] in COMMANDS or argv[0] == "open" or argv[0].startswith("-")):
            args = _parser().parse_args(argv)
        elif _mistyped_command(argv):
            return 2
        else:
            args = _parser().parse_args(["open", *argv])
        if args.command in ("check", "flows", *ARTICLE_COMMANDS) and args.lang is not None:
            print(f"claims-atlas {args.command}: --lang applies to the window and to export; "
                  f"{args.command} always prints in English", file=sys.stderr)
            return 2
        if args.command not in ("check", "flows", *ARTICLE_COMMANDS) and args.lang is None and unsupported_env() is not None:
            # The window and export's files are in English then: said once, here (the window says it too).
            print(env_note(unsupported_env()), file=sys.stderr)
        if args.command == "check":
            return _check(args.dataset)
        as_of = None
        if getattr(args, "as_of", None) is not None:
            from .model.timeline.as_of import parse_day
            try:
                as_of = parse_day(args.as_of)
            except ValueError as err:
                print(f"claims-atlas {args.command}: --as-of: {err}", file=sys.stderr)
                return 2
        if args.command == "flows":
            return _flows(args.dataset, args.json, as_of)
        if args.command == "export":
            return _export(args)
        if args.command in ARTICLE_COMMANDS:
            return run_article_command(args)
        return _open(getattr(args, "dataset", None), args.lang)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:   # not stdout's (see _Reader): a pipe of the command's own, broken
        _stdout_gone()
        return 1
    except Exception as err:  # never a traceback for a user
        print(f"claims-atlas: unexpected error: {type(err).__name__}: {err}. "
              "This is a bug in Claims Atlas; please report it with the dataset.", file=sys.stderr)
        return 3


def _mistyped_command(argv: list[str]) -> bool:
    """Say so when the first word is no folder but near a command ("chek" for check): it was taken for the
    folder to open, and argparse then said "unrecognized arguments" of the real folder after it."""
    import difflib
    if len(argv) < 2:
        return False
    word = argv[0]
    if os.path.exists(word) or os.sep in word:
        return False
    near = difflib.get_close_matches(word, [*COMMANDS, "open"], n=1, cutoff=0.6)
    if not near:
        return False
    print(f"claims-atlas: {word!r} is not a command; did you mean '{near[0]}'? "
          "(Run 'claims-atlas --help' for the commands.)", file=sys.stderr)
    return True


def _escape_undecodable() -> None:
    """Print a name's bytes that are not UTF-8 (and lone surrogates) escaped, never as an error."""
    from .model.reading.undecodable import ERRORS
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors=ERRORS)
        except (AttributeError, ValueError):
            pass   # not a text file of the usual kind (a test's capture)


class _Reader:
    """sys.stdout for a reader that may go away before the end (``flows data | head -1``): a write or flush
    that finds the pipe closed sends the rest to /dev/null, so the command runs on and its exit status stays
    the truth (0 for flows, 1 for check with problems, ...).

    A BrokenPipeError came out of whichever write found the reader gone: whether that was one inside the
    command (exit 1) or none at all (exit 0) depended on how fast ``head`` exited, so the same command and
    data gave 0 or 1 from run to run."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._gone()
            return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._gone()

    def _gone(self) -> None:
        _stdout_gone()
        try:
            self._stream.flush()   # what was still buffered, now to /dev/null
        except (OSError, ValueError):
            pass

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _stdout_gone() -> None:
    """After a broken pipe: send what is left to /dev/null, so that Python's own flush at exit says nothing."""
    import os
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _load(folder: Path, verify_quotes: bool = True, notes: bool = False):
    from .model import DatasetError, load_dataset
    from .model.reading.undecodable import escaped
    try:
        return load_dataset(folder, verify_quotes=verify_quotes, notes=notes)
    except DatasetError as err:
        problem = err.problem
        if problem.file == str(folder):
            print(f"claims-atlas: {escaped(str(folder))}: {problem.message}", file=sys.stderr)
        else:
            print(f"{problem}", file=sys.stderr)
            print(f"claims-atlas: {escaped(str(folder))} cannot be read as a dataset. {FORMAT_NOTE}", file=sys.stderr)
        return None


def _check(folder: Path) -> int:
    from .model.checking.quoteworkers import discard_early, start_early
    from .model.checking.problems import msg
    from .model.reading import ahead
    start_early(folder / "claims.csv")   # a large table: the quote workers start while the tables are read
    ahead.read_ahead(folder, "claims.csv", msg("claims table"))   # and it is read while pandas is imported
    from .model.reading.strcol import keep_arrow_allocator   # (imports pandas)
    keep_arrow_allocator()   # one dataset read, then the process ends (see there)
    try:
        dataset = _load(folder, notes=True)
    finally:
        discard_early()
        ahead.discard()
    if dataset is None:
        return 2
    n = len(dataset.problems)
    try:
        _print_lines(str(problem) for problem in dataset.problems)
        # after the problems; they change nothing, the exit status included
        _print_lines("note: " + note for note in dataset.notes.english())
        sys.stdout.flush()
    except BrokenPipeError:
        _stdout_gone()   # ``check BIG | head -1``: the reader has seen enough; the status stays the truth
        return 1 if n else 0
    summary = (f"{_count(len(dataset.sources), 'source')} and {_count(len(dataset.claims), 'claim')} loaded; "
               f"{_count(n, 'problem')}{'; ' + _count(len(dataset.notes), 'note') if dataset.notes else ''}.")
    print(summary, file=sys.stderr)
    return 1 if n else 0


def _print_lines(lines, chunk: int = 10_000) -> None:
    """``print`` of each line, written 10,000 lines at a time (a million print calls cost about a second)."""
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == chunk:
            sys.stdout.write("\n".join(batch) + "\n")
            batch.clear()
    if batch:
        sys.stdout.write("\n".join(batch) + "\n")


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _flows(folder: Path, as_json: bool, as_of=None) -> int:
    from .model import flows_records
    from .model.timeline.as_of import claims_as_of
    from .model.flows.compute import compute_flows
    dataset = _load(folder)
    if dataset is None:
        return 2
    claims = dataset.claims if as_of is None else claims_as_of(dataset.claims, dataset.sources, as_of)
    records = flows_records(compute_flows(claims))
    if as_json:
        print(flows_json(records))
    else:
        print(_flows_table(records))
    if as_of is not None and not len(claims) and len(dataset.claims):
        print(f"claims-atlas flows: no claim of {folder} was published by {as_of.isoformat()}, so there is no "
              "flow yet; give a later --as-of", file=sys.stderr)
    _warn_left_out(dataset, folder, "these flows")
    return 0


def _warn_left_out(dataset, folder: Path, what: str) -> None:
    """One line on stderr when the dataset had problems: what they left out of ``what``, how to list them."""
    left = dataset.left_out()
    if not left:
        return
    parts = []
    for table, n, read in (("claims", left.claims, left.claims_read), ("sources", left.sources, left.sources_read)):
        if n is None:
            parts.append(f"the {table} table could not be read")
        elif n:
            parts.append(f"{n:,} of {_count(read, table[:-1])}")
    counts = f" ({', '.join(parts)})" if parts else ""
    command = f"claims-atlas check {shlex.quote(str(folder))}"
    shown = f'"{command}"' if "'" in command else f"'{command}'"
    print(f"claims-atlas: {_count(left.problems, 'problem')} found; rows with problems are left out of {what}"
          f"{counts}. Run {shown} to list them.", file=sys.stderr)


def flows_json(records: list[dict]) -> str:
    """The JSON summary: a list, one flow object per line, keys in the format's order."""
    if not records:
        return "[]"
    return "[\n" + ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in records) + "\n]"


def _flows_table(records: list[dict]) -> str:
    from .model.mapping.countries import destination_name
    from .model.flows.figures import format_range
    header = ("Origin", "Destination", "Metric", "Unit", "Range", "Claims", "Denied by")
    rows = [(r["origin"], destination_name(r["destination"]), r["metric"],
             "per day" if r["unit"] == "people_per_day" else "people",
             format_range(r["low"], r["high"]), ", ".join(r["claims"]) or "-",
             ", ".join(r["denied_by"]) or "-") for r in records]
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _export(args) -> int:
    from .export import Request, parse_size, run, shown
    from .model import DatasetError
    request = Request(window=args.window, map_file=args.map, chart=args.chart, report=args.report,
                      claims=args.claims, select=args.select, destination=args.destination, search=args.search)
    if args.as_of is not None:
        from .model.timeline.as_of import parse_day
        request.as_of = parse_day(args.as_of)   # (checked in main)
    request.each_day = args.as_of_each_day
    if not request.targets() and request.each_day is None:
        print("claims-atlas export: say what to write: --map, --chart (FILE.png|FILE.svg), --report "
              "(FILE.html|FILE.pdf), --claims FILE.csv, --window FILE.png or --as-of-each-day FOLDER",
              file=sys.stderr)
        return 2
    try:
        request.size = parse_size(args.size)
        request.lang = args.lang
        loaded = []
        written = run(args.dataset, request, loaded=loaded.append)
    except DatasetError as err:
        if err.problem.file == str(args.dataset):   # the folder itself (not there): one line, as check says it
            print(f"claims-atlas export: {shown(args.dataset)}: {err.problem.message}", file=sys.stderr)
            return 2
        print(err.problem, file=sys.stderr)
        print(f"claims-atlas export: {shown(args.dataset)} cannot be read as a dataset. {FORMAT_NOTE}",
              file=sys.stderr)
        return 2
    except ValueError as err:
        print(f"claims-atlas export: {err}", file=sys.stderr)
        return 2
    for note in written.notes:
        print(f"claims-atlas export: {note}", file=sys.stderr)
    for path in written:
        print(shown(path))
    _warn_left_out(loaded[0], args.dataset, "the files written")
    return 0


def _open(folder: Path | None, lang: str | None) -> int:
    from .app import run
    return run(folder or bundled_dataset(), lang)
