"""The letgo server extension on a real Jupyter server (pytest-jupyter), scanning real repositories with the bundled CLI."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from pathlib import Path

import pytest
from tornado.httpclient import HTTPClientError

from conftest import ANA, MAYA, git, make_repo, notebook, october_history

#: A scan of these small repositories takes about a second; this is the bound for one to finish.
SCAN_TIMEOUT_S = 120


async def fetch_json(jp_fetch, *parts: str, **kwargs):
    r = await jp_fetch(*parts, **kwargs)
    return r.code, json.loads(r.body.decode())


async def expect_error(jp_fetch, code: int, *parts: str, **kwargs) -> str:
    with pytest.raises(HTTPClientError) as info:
        await jp_fetch(*parts, **kwargs)
    assert info.value.code == code
    message = json.loads(info.value.response.body.decode())["message"]
    assert "\n" not in message and message
    return message


async def wait_done(jp_fetch) -> dict:
    deadline = time.monotonic() + SCAN_TIMEOUT_S
    while time.monotonic() < deadline:
        _, status = await fetch_json(jp_fetch, "letgo", "scan")
        if status["state"] in ("done", "failed"):
            return status
        await asyncio.sleep(0.2)
    raise AssertionError("the scan did not finish")


def post(body) -> dict:
    return {"method": "POST", "body": json.dumps(body)}


async def test_lists_repositories_to_depth_three(jp_fetch, jp_root_dir: Path, tmp_path_factory):
    one = [{"author": ANA, "date": "2026-10-02T10:00:00+00:00", "message": "m", "files": {"a.py": "x = 1\n"}}]
    make_repo(jp_root_dir / "team" / "pdsh", one)
    make_repo(jp_root_dir / "a" / "b" / "deep", one)  # depth 3: listed
    make_repo(jp_root_dir / "a" / "b" / "c" / "too-deep", one)  # depth 4: not
    make_repo(jp_root_dir / ".hidden" / "repo", one)
    outside = make_repo(tmp_path_factory.mktemp("outside") / "elsewhere", one)
    (jp_root_dir / "link").symlink_to(outside)  # a symlink out of the root is not walked
    (jp_root_dir / "plain").mkdir()
    code, body = await fetch_json(jp_fetch, "letgo", "repos")
    assert code == 200
    assert [r["path"] for r in body["repos"]] == ["a/b/deep", "team/pdsh"]
    assert body["repos"][1] == {"path": "team/pdsh", "name": "pdsh", "bare": False}
    assert body["reportFolder"] == "letgo-report"


async def test_manager_is_the_roots_email_whatever_git_dir_the_server_inherited(jp_fetch, jp_root_dir: Path, tmp_path_factory, monkeypatch):
    git(jp_root_dir, "init", "-q")
    git(jp_root_dir, "config", "user.email", MAYA[1])
    other = make_repo(tmp_path_factory.mktemp("hook") / "other", [{"author": ANA, "date": "2026-10-02T10:00:00+00:00", "message": "m", "files": {"a.py": "x = 1\n"}}])
    git(other, "config", "user.email", ANA[1])
    # A server started from a git hook (or git rebase -x) in another repository inherits its GIT_DIR.
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    monkeypatch.setenv("GIT_CONFIG_PARAMETERS", "'user.email'='leak@elsewhere.example'")
    code, body = await fetch_json(jp_fetch, "letgo", "repos")
    assert code == 200
    assert body["manager"] == MAYA[1]


async def test_scan_to_done_writes_the_report(jp_fetch, jp_root_dir: Path):
    make_repo(jp_root_dir / "team" / "churn", october_history())
    code, body = await fetch_json(jp_fetch, "letgo", "scan", **post({"paths": ["team/churn"], "manager": MAYA[1], "month": "2026-10", "teamDetail": True}))
    assert (code, body) == (202, {"state": "running"})
    status = await wait_done(jp_fetch)
    assert status["state"] == "done", status
    assert status["report"] == "letgo-report/report.json"
    assert status["exitCode"] == 0
    assert status["progress"]["total"] == 10 and status["progress"]["done"] == 10
    report = json.loads((jp_root_dir / status["report"]).read_text())
    # Maya made 2 of the team's 10 hands-on commits; a fair share of a team of 3 is 1/3: ratio 0.6.
    assert report["team"]["size"] == 3
    assert report["manager"]["id"] == MAYA[1]
    assert (report["handsOn"]["managerCommits"], report["handsOn"]["teamCommits"]) == (2, 10)
    assert report["handsOn"]["ratio"] == pytest.approx(0.6)
    # Cell-source churn: Ana's notebook 2+1+1+1, Ben's code 2 lines x 4, Maya's 1+1 (outputs never count).
    assert (report["handsOn"]["managerChurn"], report["handsOn"]["teamChurn"]) == (2, 15)
    assert report["signal"]["level"] == "watch"
    assert {m["name"] for m in report["team"]["members"]} == {"Maya Lead", "Ana Costa", "Ben Okafor"}
    for name in ("facts.jsonl", "repos.json"):
        assert (jp_root_dir / "letgo-report" / name).is_file()


async def test_second_scan_while_one_runs_is_409(jp_fetch, jp_root_dir: Path):
    make_repo(jp_root_dir / "r", october_history())
    body = {"paths": ["r"], "manager": MAYA[1], "month": "2026-10", "out": "reports/r"}
    code, _ = await fetch_json(jp_fetch, "letgo", "scan", **post(body))
    assert code == 202
    message = await expect_error(jp_fetch, 409, "letgo", "scan", **post(body))
    assert "already running" in message
    status = await wait_done(jp_fetch)
    assert status["state"] == "done" and status["report"] == "reports/r/report.json"


@pytest.mark.parametrize(
    "paths, words",
    [
        (["../outside"], "leaves the server root"),
        (["/etc"], "relative to the server root"),
        (["link-out"], "leaves the server root"),
        (["plain"], "no git repository"),
        (["missing"], "does not exist"),
        ([], "paths"),
    ],
)
async def test_bad_paths_are_400(jp_fetch, jp_root_dir: Path, tmp_path_factory, paths, words):
    outside = make_repo(tmp_path_factory.mktemp("out") / "outside", october_history()[:1])
    (jp_root_dir / "link-out").symlink_to(outside)
    (jp_root_dir / "plain").mkdir()
    message = await expect_error(jp_fetch, 400, "letgo", "scan", **post({"paths": paths}))
    assert words in message
    _, status = await fetch_json(jp_fetch, "letgo", "scan")
    assert status["state"] == "idle"


@pytest.mark.parametrize(
    "body, words",
    [
        ({"paths": ["r"], "month": "2026-13-01"}, "month"),
        ({"paths": ["r"], "month": "2026-10", "since": "2026-10-01"}, "not both"),
        ({"paths": ["r"], "trend": 1_000_000_000}, "trend"),
        ({"paths": ["r"], "out": "../escape"}, "leaves the server root"),
        ({"paths": ["r"], "extra": 1}, "extra"),
        ("not an object", "object"),
    ],
)
async def test_bad_bodies_are_400(jp_fetch, jp_root_dir: Path, body, words):
    make_repo(jp_root_dir / "r", october_history()[:1])
    assert words in await expect_error(jp_fetch, 400, "letgo", "scan", **post(body))
    assert not (jp_root_dir.parent / "escape").exists()


async def test_requests_without_the_token_are_403(jp_fetch, http_server_client, jp_base_url):
    for method, body in (("GET", None), ("POST", json.dumps({"paths": ["."]}))):
        for path in ("letgo/repos", "letgo/scan"):
            with pytest.raises(HTTPClientError) as info:
                await http_server_client.fetch(f"{jp_base_url}{path}", method=method, body=body, raise_error=True)
            assert info.value.code == 403, (method, path)


async def test_a_failing_scan_reports_the_cli_message(jp_fetch, jp_root_dir: Path):
    make_repo(jp_root_dir / "r", october_history())
    code, _ = await fetch_json(jp_fetch, "letgo", "scan", **post({"paths": ["r"], "manager": "nobody@nowhere.example", "month": "2026-10"}))
    assert code == 202
    status = await wait_done(jp_fetch)
    assert status["state"] == "failed"
    assert status["exitCode"] == 5
    assert "nobody@nowhere.example" in status["message"] and "\n" not in status["message"]
    assert status["report"] is None
    assert not (jp_root_dir / "letgo-report").exists()


async def test_stopping_the_server_ends_a_running_scan(jp_serverapp, jp_fetch, jp_root_dir: Path, tmp_path: Path, monkeypatch):
    # A stand-in for node that never finishes, so the scan is still running when the extension stops.
    pidfile = tmp_path / "pid"
    slow = tmp_path / "slow-node"
    slow.write_text(f"#!/bin/sh\necho $$ > {pidfile}\nexec sleep 300\n")
    slow.chmod(0o755)
    monkeypatch.setenv("LETGO_NODE", str(slow))
    make_repo(jp_root_dir / "r", october_history()[:1])
    code, _ = await fetch_json(jp_fetch, "letgo", "scan", **post({"paths": ["r"]}))
    assert code == 202
    for _ in range(100):
        if pidfile.exists() and pidfile.read_text().strip():
            break
        await asyncio.sleep(0.05)
    pid = int(pidfile.read_text())
    os.kill(pid, 0)  # running
    await jp_serverapp.extension_manager.stop_all_extensions()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    _, status = await fetch_json(jp_fetch, "letgo", "scan")
    assert status["state"] == "failed" and status["exitCode"] == -signal.SIGTERM
