"""letgo for JupyterLab: the prebuilt extension (panel, ownership nudges, activity
tracker), the server extension that lists repositories and runs scans (REST under
``/letgo/``, :mod:`jupyterlab_letgo.handlers`), and the ``letgo`` console command
(:mod:`jupyterlab_letgo.command`).

The labextension is built from the npm package in this repository (``npm run
build:prod``) and shipped as shared data; the CLI bundle ships as ``bundle/``.
"""

from __future__ import annotations

try:
    from ._version import __version__
except ImportError:  # running from a source checkout that was never built
    __version__ = "dev"


def _jupyter_labextension_paths() -> list[dict[str, str]]:
    return [{"src": "labextension", "dest": "jupyterlab-letgo"}]


def _jupyter_server_extension_points() -> list[dict[str, object]]:
    from .app import LetgoApp

    return [{"module": "jupyterlab_letgo", "app": LetgoApp}]
