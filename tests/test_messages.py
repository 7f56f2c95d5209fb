"""The command's own lines follow ``--lang``: Indonesian by default, English with ``--lang en``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lakip_lib.cli import main
from lakip_lib.messages import MESSAGES

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "raw"


def test_every_message_has_both_languages_with_the_same_fields():
    import string
    for key, (indonesian, english) in MESSAGES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (indonesian, english)]
        assert indonesian and english and fields[0] == fields[1], key



def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def test_every_message_and_report_label_closes_its_brackets():
    """A stray bracket reads as a typo to every user ('(ditandai *) pada tabelnya)' was one in the draft band)."""
    from lakip_lib.domain import labels
    texts = {f"message {key}": text for key, pair in MESSAGES.items() for text in pair}
    texts |= {f"label {key} ({lang})": str(text) for lang in ("id", "en") for key, text in labels(lang).items()}
    assert [name for name, text in texts.items() if not _balanced(text)] == []
    assert not _balanced("(ditandai *) pada tabelnya)")

@pytest.mark.parametrize(("lang", "missing", "severity", "total"), [
    ("id", "data tidak ada: kinerja, anggaran, sarana", "PERINGATAN 2024/: tidak ada data kinerja", "temuan, 0 kesalahan"),
    ("en", "missing data: indicators, budget, assets", "WARNING  2024/: no performance indicators", "findings, 0 errors"),
])
def test_check_speaks_the_language_asked_for(tmp_path, capsys, lang, missing, severity, total):
    (tmp_path / "2024").mkdir()
    shutil.copy(SAMPLE / "2024" / "pegawai.xlsx", tmp_path / "2024")
    shutil.copy(SAMPLE / "lakip.yml", tmp_path)
    argv = ["check", "--year", "2024", "--data", str(tmp_path), "--no-cache"]
    assert main(argv + (["--lang", lang] if lang == "en" else [])) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == missing
    assert any(line.startswith(severity) for line in lines), lines
    assert lines[-1].endswith(total) and lines[-1].startswith("3 ")
