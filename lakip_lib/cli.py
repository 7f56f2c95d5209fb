"""The ``lakip`` command: ``lakip build``, ``lakip check``, ``lakip preview``, ``lakip init``, ``lakip demo``.

A user mistake prints the kit's message and exits non-zero without a
traceback (``--debug`` shows it); so does an operating-system error (a
read-only or full disk), as one line naming the path and what to do. Ctrl-C prints one line and exits 130, the
shell's status for a command ended by SIGINT, once every kernel has stopped; SIGTERM likewise, with exit 143.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import signal
import threading
import sys
import traceback
from pathlib import Path
from typing import NoReturn

from .errors import LakipError, headline, os_error_line
from .gate import draft_lines, read_gate
from .execute import BUILD_TIMEOUT, CELL_TIMEOUT  # a light import: pandas and Jupyter only once a year is built
from .loading.inputs import missing_message
from .messages import LANGUAGES, current_language, datasets, expects, said, say, use_language


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, its 'usage: ' said in the command's language."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, said("help_usage").text() if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse's parser speaking the command's language (the language in effect when it is made): its help, its
    section titles, and its refusal of a command line, one line (:func:`_usage_error`) under the usage, ending with
    where the help is."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, formatter_class=_Formatter, add_help=False, **kwargs)
        self._positionals.title = said("help_positionals").text()
        self._optionals.title = said("help_options").text()
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=_help("help_help"))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, said("usage_line", prog=self.prog, message=_usage_error(message)).text() + "\n")


#: argparse's refusals (Python 3.11, its own English) → the catalogue's key; the last takes any other argument's reason
_USAGE_ERRORS = (
    (re.compile(r"argument (?P<argument>\S+): invalid (?P<kind>int|float) value: (?P<value>.+)"), "usage_invalid_value"),
    (re.compile(r"argument command: invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"), "usage_invalid_command"),
    (re.compile(r"argument (?P<argument>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"),
     "usage_invalid_choice"),
    (re.compile(r"the following arguments are required: (?P<arguments>.+)"), "usage_required"),
    (re.compile(r"one of the arguments (?P<arguments>.+) is required"), "usage_one_required"),
    (re.compile(r"unrecognized arguments: (?P<arguments>.+)"), "usage_unrecognized"),
    (re.compile(r"argument (?P<argument>\S+): expected one argument"), "usage_one_value"),
    (re.compile(r"argument (?P<argument>\S+): not allowed with argument (?P<other>\S+)"), "usage_not_with"),
    (re.compile(r"argument (?P<argument>\S+): (?P<reason>.+)"), "usage_other"),
)
#: what an int or float argument should be, in each language
_KINDS = {"int": ("bilangan bulat", "a whole number"), "float": ("angka", "a number")}


def _usage_error(message: str) -> str:
    """argparse's refusal said in the language in effect; a refusal it words otherwise stays as it is.

    Example:
        >>> _ = use_language("id"); _usage_error("argument --year: invalid int value: 'dua'")
        "argumen --year: 'dua' bukan bilangan bulat"
        >>> _usage_error("the following arguments are required: --year")
        'argumen ini wajib diberikan: --year'
        >>> _ = use_language(None)
    """
    for pattern, key in _USAGE_ERRORS:
        if (match := pattern.fullmatch(message)) is not None:
            fields = match.groupdict()
            if "kind" in fields:
                fields["kind"] = _KINDS[fields["kind"]][current_language() == "en"]
            return said(key, **fields).text()
    return message


def _help(key: str, **fields: object) -> str:
    """A help text of the catalogue in the language in effect, its '%' kept from argparse's formatting."""
    return said(key, **fields).text().replace("%", "%%")


def _parser() -> argparse.ArgumentParser:
    """The command line's parser, its help in the language in effect."""
    parser = _Parser(prog="lakip", description=_help("help_description"))
    parser.add_argument("--debug", action="store_true", help=_help("help_debug"))
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = commands.add_parser("build", help=_help("help_build"))
    which = build.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=int, help=_help("help_build_year"))
    which.add_argument("--all", action="store_true", help=_help("help_all"))
    build.add_argument("--data", default="data/raw", help=_help("help_data"))
    build.add_argument("--out", default="outputs", help=_help("help_out"))
    build.add_argument("--jobs", type=_positive, default=None,
                       help=_help("help_jobs"))
    build.add_argument("--lang", choices=("id", "en"), default="id", help=_help("help_lang_report"))
    build.add_argument("--force", action="store_true", help=_help("help_force"))
    build.add_argument("--pdf", action="store_true", help=_help("help_pdf"))
    build.add_argument("--docx", action="store_true",
                       help=_help("help_docx"))
    build.add_argument("--no-cache", action="store_true",
                       help=_help("help_no_cache"))
    build.add_argument("--final", action="store_true",
                       help=_help("help_final"))
    build.add_argument("--cell-timeout", type=_seconds, default=CELL_TIMEOUT, metavar="SECONDS",
                       help=_help("help_cell_timeout", seconds=f"{CELL_TIMEOUT:g}"))
    build.add_argument("--build-timeout", type=_seconds, default=BUILD_TIMEOUT, metavar="SECONDS",
                       help=_help("help_build_timeout", seconds=f"{BUILD_TIMEOUT:g}"))

    check = commands.add_parser("check", help=_help("help_check"))
    check.add_argument("--year", type=int, required=True, help=_help("help_check_year"))
    check.add_argument("--data", default="data/raw", help=_help("help_data"))
    check.add_argument("--lang", choices=("id", "en"), default="id", help=_help("help_lang_lines"))
    check.add_argument("--explain", action="store_true",
                       help=_help("help_explain"))
    check.add_argument("--no-cache", action="store_true",
                       help=_help("help_no_cache"))

    preview = commands.add_parser("preview", help=_help("help_preview"))
    preview.add_argument("--year", type=int, required=True, help=_help("help_preview_year"))
    preview.add_argument("--data", default="data/raw", help=_help("help_data"))
    preview.add_argument("--out", default="outputs", help=_help("help_preview_out"))
    preview.add_argument("--port", type=_port, default=0, help=_help("help_port"))
    preview.add_argument("--host", default="127.0.0.1",
                         help=_help("help_host"))
    preview.add_argument("--open", action="store_true", help=_help("help_open"))
    preview.add_argument("--lang", choices=("id", "en"), default="id", help=_help("help_lang_report"))
    preview.add_argument("--jobs", type=_positive, default=None, help=_help("help_jobs"))

    init = commands.add_parser("init", help=_help("help_init"))
    init.add_argument("folder", help=_help("help_init_folder"))
    init.add_argument("--year", type=int, default=None, help=_help("help_init_year"))
    init.add_argument("--lang", choices=("id", "en"), default="id", help=_help("help_lang_lines"))

    demo = commands.add_parser("demo", help=_help("help_demo"))
    demo.add_argument("--employees", type=int, required=True, help=_help("help_employees"))
    demo.add_argument("--years", type=int, required=True, help=_help("help_years"))
    demo.add_argument("--out", required=True, help=_help("help_demo_out"))
    demo.add_argument("--start-year", type=int, default=2021, help=_help("help_start_year"))
    demo.add_argument("--seed", type=int, default=0, help=_help("help_seed"))
    return parser


def _language_asked(argv: list[str]) -> str | None:
    """The ``--lang`` of a command line not parsed yet (``--lang en``, ``--lang=en``), if it names a language.

    Example:
        >>> _language_asked(["check", "--year", "x", "--lang=en"]), _language_asked(["check", "--lang"])
        ('en', None)
    """
    for i, word in enumerate(argv):
        lang = word.partition("=")[2] if word.startswith("--lang=") else argv[i + 1] if word == "--lang" and i + 1 < len(argv) else None
        if lang in LANGUAGES:
            return lang
    return None


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(said("usage_kernels", value=text).text())
    return number


def _port(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(said("usage_port", value=text).text())
    return number


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not 0 < seconds < math.inf:
        raise argparse.ArgumentTypeError(said("usage_seconds", value=text).text())
    return seconds


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a service manager, a CI job cancelled): handled as Ctrl-C is, every kernel stopped first."""


def _terminated(_number: int, _frame: object) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    # the command's language is known before its line is parsed, so that a refusal of the line is said in it too:
    # its --lang, else Indonesian, the default of every --lang
    spoken = use_language(_language_asked(argv) or "id")
    try:
        args = _parser().parse_args(argv)
    except SystemExit:
        use_language(spoken)
        raise
    main_thread = threading.current_thread() is threading.main_thread()  # where Python lets a handler be set
    previous = signal.signal(signal.SIGTERM, _terminated) if main_thread else None
    # an input problem is said in the command's language, here and in every kernel it starts (they inherit LAKIP_LANG)
    use_language(getattr(args, "lang", None) or current_language())
    inherited = os.environ.get("LAKIP_LANG")
    os.environ["LAKIP_LANG"] = current_language()
    try:
        return _COMMANDS[args.command](args)
    except LakipError as err:
        if args.debug:
            traceback.print_exc()
        print(f"lakip: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # a folder that cannot be read or written: its path and what to do, not a traceback
        if args.debug:
            traceback.print_exc()
        print(f"lakip: {os_error_line(err, reading=args.command == 'check')}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as err:
        if args.debug:
            traceback.print_exc()
        print(said("stopped_sigterm" if isinstance(err, Terminated) else "stopped_interrupted").text(), file=sys.stderr)
        return 128 + signal.SIGTERM if isinstance(err, Terminated) else 130
    finally:
        if main_thread:  # None: a handler set outside Python, as the default is
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
        use_language(spoken)
        if inherited is None:
            os.environ.pop("LAKIP_LANG", None)
        else:
            os.environ["LAKIP_LANG"] = inherited


def _build(args: argparse.Namespace) -> int:
    from .execute import build_years, year_folders

    years = year_folders(args.data) if args.all else [args.year]
    if not years:
        print(f"lakip: {say('no_years', args.lang, folder=args.data)}", file=sys.stderr)
        return 2
    if Path(args.data).is_dir() and not (Path(args.data) / "lakip.yml").is_file():
        print(f"lakip: {say('no_settings', args.lang, folder=args.data)}", file=sys.stderr)
    results = build_years(years, jobs=args.jobs, progress=sys.stderr.isatty(), data_dir=args.data, out_dir=args.out,
                          lang=args.lang, force=args.force, pdf=args.pdf, docx=args.docx, cache=not args.no_cache,
                          cell_timeout=args.cell_timeout, build_timeout=args.build_timeout, final=args.final)
    for result in results:
        if result.status == "failed":
            print(f"{result.year}: FAILED: {headline(result.message)}", file=sys.stderr)
            if args.debug and result.detail:
                print(result.detail, file=sys.stderr)
            if "\n" in result.message:  # every problem, for the one who fixes the file; the headline is not said twice
                first, rest = result.message.split("\n", 1)
                print(rest if first == headline(result.message) else result.message, file=sys.stderr)
        else:
            note = f" ({say('missing', args.lang, datasets=datasets(result.missing, args.lang))})" if result.missing else ""
            print(f"{result.year}: {result.status} in {result.seconds:.1f} s -> {Path(result.output_dir) / f'lakip-{result.year}.html'}{note}")
            for dataset in result.missing:  # what the report lacks, the name the file needs, the files not read
                print(f"  {missing_message(Path(args.data) / str(result.year), dataset, args.lang)}")
            later = _trend_of(result, year_folders(args.data))
            if later:
                print(f"  {say('trend_only', args.lang, year=result.year, later=later)}")
            gate = read_gate(Path(result.output_dir), result.year)
            for line in draft_lines(gate, Path(result.output_dir), args.lang) if gate else ():
                print(line)
    _index(Path(args.out), args.lang, results)
    return 1 if any(r.status == "failed" for r in results) else 0


def _trend_of(result, years: list[int]) -> int | None:
    """The first later year whose report reads ``result``'s year as an earlier one, when that year holds the indicators
    alone (a folder of realisations kept for the trend): its own report is partial and the line says what it is for."""
    from .loading.inputs import DATASETS, EARLIER_YEARS

    if set(result.missing) != set(DATASETS) - {"indicators"}:
        return None
    return next((y for y in sorted(years) if result.year < y <= result.year + EARLIER_YEARS), None)


def _index(out: Path, lang: str, results: list) -> None:
    """Rewrite ``<out>/index.html`` from the years built there (when that changes it), unless every year of this run
    failed: a build that published nothing leaves the output folder as it was. Failing to write it is a warning."""
    from .presentation.index import INDEX_NAME, write_index

    if results and all(r.status == "failed" for r in results):
        return

    try:
        written = write_index(out, lang)
    except OSError as err:
        print(f"lakip: {os_error_line(err, out / INDEX_NAME)}", file=sys.stderr)
        return
    if written is None and (out / INDEX_NAME).exists():
        print(f"lakip: {say('index_kept', lang, path=out / INDEX_NAME)}", file=sys.stderr)


def _check(args: argparse.Namespace) -> int:
    from .analysis.checks import reconcile
    from .analysis.gate import acknowledge, open_errors, unmatched
    from .loading.year import load_year
    from .ownership import usable_cache

    if args.explain and not _explain(args):
        return 2
    cache = None
    if not args.no_cache and (Path(args.data) / str(args.year)).is_dir():
        cache, warning = usable_cache(Path(args.data))
        if warning:
            print(warning, file=sys.stderr)
    data = load_year(args.data, args.year, cache_dir=cache)
    if data.missing:
        print(say("missing", args.lang, datasets=datasets(data.missing, args.lang)))
    findings = reconcile(data)
    acknowledgements = data.project.acknowledgements
    gated = acknowledge(findings, acknowledgements)
    message = "message" if args.lang == "id" else "message_en"
    shown = ("error", "warning", "info", *(("explained",) if gated["acknowledged"].ne("").any() else ()))
    width = max(8, *(len(say(f"severity_{s}", args.lang)) for s in shown))
    for finding in gated.itertuples():
        # an error names its check id too: with the location, what an acknowledgement in lakip.yml names
        severity = "explained" if finding.acknowledged else finding.severity
        check = f"{finding.check} " if finding.severity == "error" else ""
        explained = f" ({say('explanation', args.lang, text=finding.acknowledged)})" if finding.acknowledged else ""
        print(f"{say(f'severity_{severity}', args.lang):{width}} {check}{finding.location}: {getattr(finding, message)}{explained}")
    for stale in unmatched(findings, acknowledgements):
        print(say("unmatched", args.lang, check=stale.check, location=stale.location))
    errors = len(open_errors(gated))
    explained = int(gated["acknowledged"].ne("").sum())
    summary = say("findings", args.lang, count=len(findings), errors=errors)
    print(summary + (say("findings_explained", args.lang, count=explained) if explained else ""))
    return 1 if errors else 0


def _explain(args: argparse.Namespace) -> bool:
    """Print how each file of the year was read (:mod:`lakip_lib.presentation.explain`); whether every file was."""
    from .config import load_project
    from .errors import InputError, Problem
    from .loading.inputs import find_inputs
    from .loading.year import load_dataset
    from .presentation.explain import explain

    year_dir = Path(args.data) / str(args.year)
    if not year_dir.is_dir():
        raise InputError(Problem(str(year_dir), expected=expects("year_folder", year=args.year, data=args.data)))
    project = load_project(Path(args.data) / "lakip.yml", args.year)
    files, problems = find_inputs(year_dir)
    if problems:
        raise InputError(problems)
    read = True
    for dataset, path in files.items():
        try:
            loaded = load_dataset(dataset, path, args.year, project)
            print(explain(path.name, loaded.recognition, dataset=dataset))
        except InputError as err:
            read = False
            print(explain(path.name, getattr(err, "records", []), err.problems, dataset=dataset))
        print()
    return read


def _preview(args: argparse.Namespace) -> int:
    from .preview import run_preview

    if not (Path(args.data) / str(args.year)).is_dir():
        print(f"lakip: {say('no_year_folder', args.lang, folder=Path(args.data) / str(args.year))}", file=sys.stderr)
        return 2
    return run_preview(args.year, args.data, args.out, lang=args.lang, host=args.host, port=args.port,
                       open_browser=args.open, jobs=args.jobs)


def _init(args: argparse.Namespace) -> int:
    import datetime as dt

    from .init import write_skeleton

    year = args.year or dt.date.today().year - 1  # the LAKIP written this year reports on the last
    files = write_skeleton(args.folder, year)
    print(say("init_done", args.lang, folder=args.folder, files=len(files), year=year))
    return 0


def _demo(args: argparse.Namespace) -> int:
    from .demo import write_demo

    files = write_demo(args.out, args.employees, args.years, start_year=args.start_year, seed=args.seed)
    last = args.start_year + args.years - 1
    print(f"{args.out}: {len(files)} files, {args.years} year{'s' if args.years > 1 else ''} "
          f"({args.start_year}–{last}) of {args.employees} employees; build with: lakip build --all --data {args.out}")
    return 0


_COMMANDS = {"build": _build, "check": _check, "preview": _preview, "init": _init, "demo": _demo}

if __name__ == "__main__":
    sys.exit(main())
