"""The REST API under ``{base_url}/letgo/``, on jupyter_server's authenticated API handlers.

- ``GET  /letgo/repos``: ``{"repos": [{"path", "name", "bare"}], "manager": str | None, "reportFolder": str}``;
  the git repositories under the server root (:func:`~jupyterlab_letgo.repos.find_repos`),
  the server user's ``git config user.email`` and the default report folder.
- ``POST /letgo/scan`` with ``{"paths": [...], "manager"?, "month"? | "since"? + "until"?, "trend"?, "out"?, "teamDetail"?}``:
  202 ``{"state": "running"}``; 400 with a one-line ``message`` for a bad body or path;
  409 while a scan runs.
- ``GET  /letgo/scan``: :meth:`~jupyterlab_letgo.scanjob.ScanStatus.to_json`.

jupyter_server checks the token (403 without it) and, for a browser POST, the XSRF cookie.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import tornado.web
from jupyter_server.base.handlers import APIHandler

from .repos import PathError, confined, confined_repo, find_repos
from .scanjob import Busy, ScanJob

#: The body of ``POST /letgo/scan``; formats as the CLI's own options take them.
SCAN_REQUEST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["paths"],
    "properties": {
        "paths": {"type": "array", "minItems": 1, "maxItems": 500, "items": {"type": "string", "minLength": 1, "maxLength": 4096}},
        "manager": {"type": "string", "minLength": 1, "maxLength": 320},
        "month": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"},
        "since": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "until": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "trend": {"type": "integer", "minimum": 1, "maximum": 120},
        "out": {"type": "string", "minLength": 1, "maxLength": 4096},
        "teamDetail": {"type": "boolean"},
    },
    "not": {"anyOf": [{"required": ["month", "since"]}, {"required": ["month", "until"]}]},
}
_VALIDATOR = jsonschema.Draft202012Validator(SCAN_REQUEST_SCHEMA)

#: How long ``git config user.email`` may take, seconds.
GIT_CONFIG_TIMEOUT_S = 10.0


def _one_line(error: jsonschema.ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "body"
    if error.validator == "not":
        return "give either month or since/until, not both"
    return f"{where}: {error.message}"


def scan_args(body: Any, root: Path, default_out: str) -> tuple[list[str], str]:
    """The ``letgo`` arguments for a scan request, and the report.json path relative to ``root``.

    Every value is passed as ``--option=value``, so no value can be read as another option.

    :raises PathError: the body fails :data:`SCAN_REQUEST_SCHEMA`, or a path is absolute,
        leaves the root or is no repository
    """
    error = jsonschema.exceptions.best_match(_VALIDATOR.iter_errors(body))
    if error is not None:
        raise PathError(_one_line(error))
    repos = [str(confined_repo(root, p)) for p in body["paths"]]
    out_rel = body.get("out", default_out)
    out = confined(root, out_rel, "report folder", must_exist=False)
    args = ["scan", *repos, f"--out={out}", "--progress=json", "--format=json"]
    for key in ("manager", "month", "since", "until", "trend"):
        if key in body:
            args.append(f"--{key}={body[key]}")
    if body.get("teamDetail"):
        args.append("--team-detail")
    report = (out / "report.json").relative_to(root.resolve()).as_posix()
    return args, report


async def _git(cwd: Path, *args: str, env: dict[str, str] | None = None) -> str | None:
    """``git ARGS`` in ``cwd``: its stdout, or None when git is missing, fails or takes over :data:`GIT_CONFIG_TIMEOUT_S`."""
    try:
        proc = await asyncio.create_subprocess_exec(
            "git", *args, cwd=str(cwd), env=env,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        )
        out, _ = await asyncio.wait_for(proc.communicate(), GIT_CONFIG_TIMEOUT_S)
    except (OSError, asyncio.TimeoutError):
        return None
    return out.decode("utf-8", "replace") if proc.returncode == 0 else None


#: git's ``--local-env-vars``, asked once per process by :func:`git_user_email`.
_local_env_vars: frozenset[str] | None = None


async def git_user_email(cwd: Path) -> str | None:
    """``git config --get user.email`` as the server user sees it in ``cwd``; None when unset or git is missing.

    The repository-local variables git lists with ``git rev-parse --local-env-vars``
    (``GIT_DIR``, ``GIT_CONFIG_PARAMETERS``, ...; set when the server was started from a
    git hook or ``git rebase -x``) are removed first, as the CLI's scan/git.ts removes them,
    so the answer is that of ``cwd``. When git cannot list them, it cannot answer either.
    """
    global _local_env_vars
    if _local_env_vars is None:
        local = await _git(cwd, "rev-parse", "--local-env-vars")
        if local is None:
            return None
        _local_env_vars = frozenset(local.split())
    email = await _git(cwd, "config", "--get", "user.email", env={k: v for k, v in os.environ.items() if k not in _local_env_vars})
    email = (email or "").strip()
    return email or None


class _LetgoHandler(APIHandler):
    def initialize(self, root: str, job: ScanJob, report_folder: str) -> None:  # type: ignore[override]
        self.root = Path(root).resolve()
        self.job = job
        self.report_folder = report_folder


class ReposHandler(_LetgoHandler):
    """``GET /letgo/repos``."""

    @tornado.web.authenticated
    async def get(self) -> None:
        loop = asyncio.get_running_loop()
        repos = await loop.run_in_executor(None, find_repos, self.root)
        self.finish(json.dumps({"repos": repos, "manager": await git_user_email(self.root), "reportFolder": self.report_folder}))


class ScanHandler(_LetgoHandler):
    """``GET`` and ``POST /letgo/scan``."""

    @tornado.web.authenticated
    async def get(self) -> None:
        self.finish(json.dumps(self.job.status.to_json()))

    @tornado.web.authenticated
    async def post(self) -> None:
        body = self.get_json_body()  # 400 for a body that is not JSON
        loop = asyncio.get_running_loop()
        try:
            args, report = await loop.run_in_executor(None, scan_args, body, self.root, self.report_folder)
        except PathError as e:
            raise tornado.web.HTTPError(400, str(e)) from None
        try:
            self.job.start(args, self.root, report)
        except Busy as e:
            raise tornado.web.HTTPError(409, str(e)) from None
        self.set_status(202)
        self.finish(json.dumps({"state": "running"}))
