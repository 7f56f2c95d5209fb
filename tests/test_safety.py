"""Guards on what the kit writes (lakip_lib.safety): plain names, paths inside the output folder, neutralised cells."""

import pandas as pd
import pytest

from lakip_lib.errors import UnsafePathError
from lakip_lib.safety import inside, neutralise, neutralise_frame, safe_name


@pytest.mark.parametrize("name", ["2024", "lakip-2024.html", "a_b.c"])
def test_plain_names_pass(name):
    assert safe_name(name) == name


@pytest.mark.parametrize("name", ["", "..", "../x", "a/b", "a\\b", ".hidden", "a..b", "x" * 129, "2024\n"])
def test_names_that_could_leave_a_folder_are_refused(name):
    with pytest.raises(UnsafePathError, match="is not a plain name for year"):
        safe_name(name, "year")


def test_inside_refuses_a_symlink_out_of_the_root(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "link").symlink_to(tmp_path)
    assert inside(tmp_path / "out", "2024", "tables") == (tmp_path / "out" / "2024" / "tables").resolve()
    with pytest.raises(UnsafePathError, match="would write outside"):
        inside(tmp_path / "out", "link", "secret")


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+62", "'+62"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"), ("\tq", "'\tq"), ("\r=1", "'\r=1"),
    ("-", "-"), ("ok", "ok"), ("a=b", "a=b"), (-5, -5), (None, None),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_neutralise_frame_quotes_text_cells_and_names_and_keeps_dtypes():
    frame = pd.DataFrame({
        "=a": ["=1+1", "-", "ok", None, 5, "-x"],
        "n": [1, -2, 3, 4, 5, 6],
        "s": pd.array(["=x", "a", None, "@b", "-", "\tq"], dtype="string"),
        "c": pd.Categorical(["=x", "a", "a", "b", "-", "c"]),
    })
    out = neutralise_frame(frame)
    assert out.to_dict("list") == {
        "'=a": ["'=1+1", "-", "ok", None, 5, "'-x"],
        "n": [1, -2, 3, 4, 5, 6],
        "s": ["'=x", "a", None, "'@b", "-", "'\tq"],
        "c": ["'=x", "a", "a", "b", "-", "c"],
    }
    assert [str(t) for t in out.dtypes[:3]] == [str(t) for t in frame.dtypes[:3]]
    assert isinstance(out["c"].dtype, pd.CategoricalDtype)
    assert frame.loc[0, "=a"] == "=1+1"  # the input is not changed


def test_neutralise_frame_leaves_a_safe_frame_equal():
    frame = pd.DataFrame({"name": ["Biro", "Bidang"], "value": [1.5, -2.0]})
    assert neutralise_frame(frame).equals(frame)


@pytest.mark.parametrize("values", [[80.0, 90.5], [None, None], [80.0, "=BB", None]])
def test_object_columns_without_only_text_are_neutralised_without_error(values):
    """Issue 11: an indicator sheet whose targets are all numbers crashed 04-report (``.str`` on floats)."""
    frame = pd.DataFrame({"target": pd.Series(values, dtype=object)})
    out = neutralise_frame(frame)["target"].tolist()
    assert out == [("'" + v if isinstance(v, str) else v) for v in values]
