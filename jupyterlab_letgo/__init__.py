"""letgo for JupyterLab: the prebuilt extension (panel, ownership nudges, activity tracker).

The labextension itself is built from the npm package in this repository
(``npm run build:prod``) and shipped as shared data; this module only tells JupyterLab
where it is.
"""

try:
    from ._version import __version__
except ImportError:  # running from a source checkout that was never built
    __version__ = "dev"


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "jupyterlab-letgo"}]
