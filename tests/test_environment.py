"""The three dependency lists (pyproject.toml, environment.yml, constraints.txt) agree."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def _pyproject() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    return {_name(r): r for r in requirements}


def test_environment_yml_lists_exactly_the_pyproject_dependencies():
    conda = yaml.safe_load((ROOT / "environment.yml").read_text())["dependencies"]
    listed = {_name(d): d for d in conda if isinstance(d, str) and _name(d) not in ("python", "pip")}
    assert set(listed) == set(_pyproject())
    for name, requirement in _pyproject().items():
        assert listed[name].replace(" ", "") == requirement.replace(" ", ""), name


def test_every_dependency_is_pinned_in_constraints():
    pins = {_name(line): line for line in (ROOT / "constraints.txt").read_text().splitlines() if "==" in line}
    assert set(_pyproject()) <= set(pins)
