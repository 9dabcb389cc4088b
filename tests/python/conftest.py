"""pytest-jupyter's real Jupyter server with the letgo server extension, and real git repositories under its root."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

pytest_plugins = ["pytest_jupyter.jupyter_server"]


@pytest.fixture
def jp_server_config():
    return {"ServerApp": {"jpserver_extensions": {"jupyterlab_letgo": True}}}


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """Runs git in ``repo`` with a clean identity and config; returns stdout."""
    full = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull, **(env or {})}
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=full).stdout


def notebook(sources: list[str]) -> str:
    """An nbformat 4.5 notebook of code cells, with a PNG-looking output so its JSON lines outnumber its source lines."""
    cells = [
        {"cell_type": "code", "execution_count": i + 1, "id": f"c{i}", "metadata": {},
         "outputs": [{"output_type": "display_data", "data": {"image/png": "iVBORw0KGgo" * 200, "text/plain": ["<Figure>"]}, "metadata": {}}],
         "source": s}
        for i, s in enumerate(sources)
    ]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


def make_repo(path: Path, commits: list[dict]) -> Path:
    """A repository at ``path`` with ``commits``: each ``{"author": (name, email), "date": ISO, "message", "files": {path: text}}``."""
    path.mkdir(parents=True)
    git(path, "init", "-q", "-b", "main")
    for c in commits:
        for rel, text in c["files"].items():
            f = path / rel
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(text)
            git(path, "add", "--", rel)
        name, email = c["author"]
        env = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": c["date"],
               "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": c["date"]}
        git(path, "commit", "-q", "-m", c["message"], env=env)
    return path


MAYA = ("Maya Lead", "maya@team.example")
ANA = ("Ana Costa", "ana@team.example")
BEN = ("Ben Okafor", "ben@team.example")


def october_history() -> list[dict]:
    """October 2026: Ana 4 notebook commits, Ben 4 code commits, Maya 2 notebook commits: 10 hands-on commits, team of 3."""
    commits = []
    churn, load = ["import pandas as pd"], []
    for i in range(4):
        churn.append(f"df{i} = pd.DataFrame({{'x': [{i}]}})")
        commits.append({"author": ANA, "date": f"2026-10-{2 + i * 5:02d}T10:00:00+00:00", "message": f"churn {i}",
                        "files": {"analysis/churn.ipynb": notebook(list(churn))}})
        load.append(f"def load_{i}():\n    return {i}\n")
        commits.append({"author": BEN, "date": f"2026-10-{3 + i * 5:02d}T10:00:00+00:00", "message": f"load {i}",
                        "files": {"etl/load.py": "".join(load)}})
    commits.append({"author": MAYA, "date": "2026-10-06T10:00:00+00:00", "message": "mine", "files": {"analysis/mine.ipynb": notebook(["x = 1"])}})
    commits.append({"author": MAYA, "date": "2026-10-16T10:00:00+00:00", "message": "mine 2",
                    "files": {"analysis/mine.ipynb": notebook(["x = 1", "y = x + 1"])}})
    return sorted(commits, key=lambda c: c["date"])
