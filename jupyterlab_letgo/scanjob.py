"""One letgo scan at a time, run as an asyncio subprocess of the Jupyter server.

The job runs ``letgo scan ... --out DIR --progress json`` (the bundled CLI, see
:mod:`jupyterlab_letgo.command`) and follows its stderr: JSON progress lines, warnings
(``letgo: warning: ...``) and the one-line error of a failed run (``letgo: ...``). It
never blocks the server's event loop, and :meth:`ScanJob.stop` ends the process group.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .command import EXIT_MISSING_TOOL, NodeNotFound, command

State = Literal["idle", "running", "done", "failed"]

#: Longest stderr line read from the CLI, bytes (its lines are one-liners; progress lines are ~100 bytes).
MAX_LINE_BYTES = 1 << 20
#: Warnings kept for the status (the CLI prints one line each).
MAX_WARNINGS = 50
#: How long a stopped scan gets to end after SIGTERM before SIGKILL, seconds.
STOP_GRACE_S = 5.0


@dataclass
class ScanStatus:
    """What ``GET /letgo/scan`` answers: the state, progress in commits, the CLI's last message and the report written."""

    state: State = "idle"
    done: int = 0
    total: int = 0
    message: str = ""
    report: str | None = None
    exit_code: int | None = None
    warnings: list[str] = field(default_factory=list)
    started: float | None = None
    finished: float | None = None

    def to_json(self) -> dict[str, object]:
        """The JSON body: ``{"state", "progress": {"done", "total"}, "message", "report", "exitCode", "warnings", "startedAt", "finishedAt"}`` (times in ms since the epoch)."""
        ms = lambda t: None if t is None else int(t * 1000)  # noqa: E731
        return {
            "state": self.state,
            "progress": {"done": self.done, "total": self.total},
            "message": self.message,
            "report": self.report,
            "exitCode": self.exit_code,
            "warnings": list(self.warnings),
            "startedAt": ms(self.started),
            "finishedAt": ms(self.finished),
        }


class Busy(RuntimeError):
    """A scan is already running."""


class ScanJob:
    """The server's one scan: :meth:`start` it, read :attr:`status`, :meth:`stop` it."""

    def __init__(self) -> None:
        self.status = ScanStatus()
        self._process: asyncio.subprocess.Process | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        """Whether a scan is under way."""
        return self.status.state == "running"

    def start(self, args: list[str], cwd: Path, report: str) -> None:
        """Starts ``letgo *args`` in ``cwd``; ``report`` is the report.json path to announce when it succeeds.

        :raises Busy: a scan is running
        """
        if self.running:
            raise Busy("a scan is already running: wait for it to finish")
        self.status = ScanStatus(state="running", started=time.time())
        self._task = asyncio.ensure_future(self._run(args, cwd, report))

    async def _run(self, args: list[str], cwd: Path, report: str) -> None:
        status = self.status
        last_error = ""
        try:
            argv = command(args)
            env = {**os.environ, "NO_COLOR": "1"}
            self._process = await asyncio.create_subprocess_exec(
                *argv,
                cwd=str(cwd),
                env=env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
                limit=MAX_LINE_BYTES,
                start_new_session=os.name != "nt",
            )
            assert self._process.stderr is not None
            while True:
                try:
                    raw = await self._process.stderr.readline()
                except (ValueError, asyncio.LimitOverrunError):
                    continue  # an over-long line: skipped, the next one is read
                if not raw:
                    break
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                if line.startswith('{"progress"'):
                    try:
                        p = json.loads(line)["progress"]
                        status.done, status.total = int(p["done"]), int(p["total"])
                    except (ValueError, KeyError, TypeError):
                        pass
                elif line.startswith("letgo: warning: "):
                    if len(status.warnings) < MAX_WARNINGS:
                        status.warnings.append(line[len("letgo: warning: ") :])
                elif line.startswith("letgo: "):
                    last_error = line[len("letgo: ") :]
            code = await self._process.wait()
        except NodeNotFound as e:
            code, last_error = EXIT_MISSING_TOOL, str(e)
        except OSError as e:
            code, last_error = EXIT_MISSING_TOOL, f"could not run the letgo CLI: {e}"
        status.exit_code = code
        status.finished = time.time()
        if code == 0:
            status.state, status.report, status.message = "done", report, "scan finished"
        else:
            status.state = "failed"
            status.message = last_error or f"letgo scan ended with exit code {code}"
        self._process = None

    async def stop(self) -> None:
        """Ends a running scan (SIGTERM to its process group, SIGKILL after :data:`STOP_GRACE_S`) and waits for it."""
        proc = self._process
        if proc is None or proc.returncode is not None:
            return
        _signal(proc, signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), STOP_GRACE_S)
        except asyncio.TimeoutError:
            _signal(proc, signal.SIGKILL)
            await proc.wait()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)


def _signal(proc: asyncio.subprocess.Process, sig: int) -> None:
    try:
        if os.name == "nt":
            proc.kill()
        else:
            os.killpg(proc.pid, sig)
    except ProcessLookupError:
        pass
