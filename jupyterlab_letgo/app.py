"""The server extension: registers the ``/letgo/`` handlers and ends a running scan when the server stops."""

from __future__ import annotations

from jupyter_server.extension.application import ExtensionApp
from traitlets import Unicode

from .handlers import ReposHandler, ScanHandler
from .scanjob import ScanJob


class LetgoApp(ExtensionApp):
    """letgo's Jupyter server extension (configurable as ``LetgoApp.report_folder``)."""

    name = "jupyterlab_letgo"
    load_other_extensions = True

    report_folder = Unicode(
        "letgo-report",
        config=True,
        help="Folder, relative to the server root, that scans write report.json, facts.jsonl and repos.json into "
        "when the request names none (the panel sends its own 'Report folder' setting).",
    )

    def initialize_handlers(self) -> None:
        self.job = ScanJob()
        kwargs = {"root": self.serverapp.root_dir, "job": self.job, "report_folder": self.report_folder}
        self.handlers.extend([(r"/letgo/repos", ReposHandler, kwargs), (r"/letgo/scan", ScanHandler, kwargs)])

    async def stop_extension(self) -> None:
        await self.job.stop()
