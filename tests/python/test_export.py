"""``letgo export``: the facts of a saved scan as Parquet, read back with pyarrow and compared row by row with facts.jsonl."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.parquet as pq
import pytest

LETGO = str(Path(sys.executable).with_name("letgo"))


def letgo(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([LETGO, *args], capture_output=True, text=True, timeout=300, cwd=cwd)
    assert r.returncode == 0, r.stderr
    return r


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    """The demo team's scan (notebooks with outputs, a Jupytext pair, co-authors, a bot), written with --out."""
    root = tmp_path_factory.mktemp("export")
    letgo("demo", "--dir", str(root / "team"), "--out", str(root / "scan"), "--quiet", "--format", "json", cwd=root)
    return root / "scan"


def facts(scan: Path) -> list[dict]:
    return [json.loads(line) for line in (scan / "facts.jsonl").read_text().splitlines() if line.strip()]


def offset_minutes(iso: str) -> int:
    off = datetime.fromisoformat(iso).utcoffset()
    return int(off.total_seconds() // 60) if off else 0


def expected(f: dict) -> dict:
    """The export's row for a facts.jsonl line, worked out here independently of letgo's code."""
    file_row = "path" in f
    notebook = f.get("kind") == "notebook"
    cells = f.get("cells")
    return {
        "repo": f["repo"], "sha": f["sha"], "author": f["author"], "author_name": f["authorName"], "author_email": f["authorEmail"],
        "co_authors": json.dumps([f"{c['name']} <{c['email']}>" for c in f.get("coAuthors", [])], separators=(",", ":")),
        "time": datetime.fromisoformat(f["time"]).astimezone(timezone.utc).replace(tzinfo=None),
        "utc_offset_minutes": offset_minutes(f["time"]), "local_time": f["time"],
        "path": f.get("path"), "old_path": f.get("oldPath"), "status": f.get("status"), "kind": f.get("kind"), "tier": f.get("tier"),
        "lines_added": f.get("added"), "lines_deleted": f.get("deleted"),
        "binary": bool(f.get("binary")) if file_row else None,
        "cells_added": cells["added"] if cells else None, "cells_deleted": cells["deleted"] if cells else None,
        "cells_modified": cells["modified"] if cells else None,
        "outputs_only": bool(f.get("outputsOnly")) if notebook else None, "metadata_only": bool(f.get("metadataOnly")) if notebook else None,
        "parse": f.get("parse"), "jupytext": bool(f.get("jupytext")) if file_row else None, "paired_with": f.get("pairedWith"),
        "reviewers": json.dumps([f"{r['trailer']}: {r['name']} <{r['email']}>" for r in f.get("reviewers", [])], separators=(",", ":")),
    }


def test_parquet_round_trip_equals_facts_jsonl(scan: Path, tmp_path: Path):
    out = tmp_path / "facts.parquet"
    letgo("export", "--in", str(scan), "--format", "parquet", "--out", str(out), cwd=tmp_path)
    table = pq.read_table(out)
    rows = table.to_pylist()
    want = [expected(f) for f in facts(scan)]
    assert len(rows) == len(want) > 300
    for got, exp in zip(rows, want):
        if isinstance(got["time"], datetime) and got["time"].tzinfo is not None:
            got["time"] = got["time"].astimezone(timezone.utc).replace(tzinfo=None)
        for column in ("co_authors", "reviewers"):
            got[column] = json.dumps(json.loads(got[column]), separators=(",", ":"))
        assert got == exp
    types = {f.name: str(f.type) for f in table.schema}
    assert types["time"].startswith("timestamp[ms")
    assert types["lines_added"] == "int32" and types["utc_offset_minutes"] == "int32"
    assert types["outputs_only"] == "bool" and types["path"] == "string"
    # The demo has notebooks counted by cells, re-runs, co-authored commits and a Jupytext pair.
    assert any(r["cells_added"] for r in rows) and any(r["outputs_only"] for r in rows)
    assert any(r["co_authors"] != "[]" for r in rows) and any(r["paired_with"] for r in rows)
    # ... and review trailers (Reviewed-by: and the like) naming the manager.
    assert any(r["reviewers"] != "[]" for r in rows)


def test_csv_and_jsonl_hold_the_same_rows(scan: Path, tmp_path: Path):
    letgo("export", "--in", str(scan), "--format", "csv", "--out", str(tmp_path / "f.csv"), cwd=tmp_path)
    letgo("export", "--in", str(scan), "--format", "jsonl", "--out", str(tmp_path / "f.jsonl"), cwd=tmp_path)
    with (tmp_path / "f.csv").open(newline="") as fh:
        csv_rows = list(csv.DictReader(fh))
    jsonl_rows = [json.loads(line) for line in (tmp_path / "f.jsonl").read_text().splitlines()]
    want = [expected(f) for f in facts(scan)]
    assert len(csv_rows) == len(jsonl_rows) == len(want)
    for c, j, exp in zip(csv_rows, jsonl_rows, want):
        assert j["sha"] == c["sha"] == exp["sha"] and j["path"] == exp["path"]
        assert j["lines_added"] == exp["lines_added"]
        assert c["lines_added"] == ("" if exp["lines_added"] is None else str(exp["lines_added"]))
        assert datetime.fromisoformat(j["time"].replace("Z", "+00:00")).replace(tzinfo=None) == exp["time"]


def test_the_example_notebook_answers_its_question_from_the_export(scan: Path, tmp_path: Path):
    import nbformat
    from nbclient import NotebookClient

    out = tmp_path / "facts.parquet"
    letgo("export", "--in", str(scan), "--format", "parquet", "--out", str(out), cwd=tmp_path)
    nb = nbformat.read(Path(__file__).resolve().parents[2] / "examples" / "team-notebook-rhythm.ipynb", as_version=4)
    client = NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    os.environ["LETGO_FACTS"] = str(out)
    try:
        client.execute()
    finally:
        del os.environ["LETGO_FACTS"]
    answer = nb.cells[-1].outputs[0]["data"]["text/plain"]
    # The same answer worked out here from facts.jsonl, without pandas.
    churn_by_hour: dict[int, int] = {}
    reruns, notebook_changes = 0, 0
    for f in facts(scan):
        if f.get("kind") != "notebook" or "path" not in f:
            continue
        local = datetime.fromisoformat(f["time"])
        churn_by_hour[local.hour] = churn_by_hour.get(local.hour, 0) + (f.get("added") or 0) + (f.get("deleted") or 0)
        notebook_changes += 1
        reruns += bool(f.get("outputsOnly"))
    import ast

    got = ast.literal_eval(answer)
    # Ties between hours may come in any order: the three hours' churn must be the three largest.
    assert [churn_by_hour[h] for h in got["busiest_hours"]] == sorted(churn_by_hour.values(), reverse=True)[:3]
    assert got["rerun_share"] == round(reruns / notebook_changes, 3)
