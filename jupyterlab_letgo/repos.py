"""Finding and checking git repositories under the Jupyter server root.

Nothing here runs git or reads a file's contents beyond a ``.git`` file's ``gitdir:``
line: a repository is recognised by its layout, and every path is confined to the root.
"""

from __future__ import annotations

import os
from pathlib import Path

#: How deep below the root repositories are looked for (the CLI's own discovery depth).
MAX_DEPTH = 3
#: Folders never walked into: dependency and environment folders of every language.
SKIP_DIRS = frozenset({"node_modules", "__pycache__", "site-packages", "venv"})


class PathError(ValueError):
    """A requested path that is absolute, leaves the root, or is no repository; ``str()`` is a one-line message."""


def _is_bare(d: Path) -> bool:
    return (d / "HEAD").is_file() and (d / "objects").is_dir() and (d / "refs").is_dir()


def _git_dir(d: Path) -> Path | None:
    """The git dir of a work tree ``d`` (``.git`` folder, or the target of a ``.git`` file), or ``d`` when bare; None for no repository."""
    dot = d / ".git"
    if dot.is_dir():
        return dot
    if dot.is_file():
        try:
            with dot.open("rb") as f:
                first = f.read(4096).split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        except OSError:
            return None
        if first.startswith("gitdir:"):
            target = Path(first[len("gitdir:") :].strip())
            return target if target.is_absolute() else d / target
        return None
    return d if _is_bare(d) else None


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def find_repos(root: Path, max_depth: int = MAX_DEPTH) -> list[dict[str, object]]:
    """The git repositories at or below ``root`` to ``max_depth`` folders deep.

    Hidden folders, :data:`SKIP_DIRS` and symlinks are not walked; a repository's own
    subfolders are not searched (its submodules belong to it).

    :returns: ``[{"path": "team/pdsh", "name": "pdsh", "bare": False}, ...]`` sorted by
        path, paths relative to ``root`` with ``/`` separators (``"."`` for the root itself)
    """
    root = root.resolve()
    found: list[dict[str, object]] = []

    def walk(d: Path, depth: int) -> None:
        git_dir = _git_dir(d)
        if git_dir is not None and _inside(git_dir.resolve(), root):
            rel = d.relative_to(root).as_posix() if d != root else "."
            found.append({"path": rel, "name": d.name or root.name, "bare": git_dir == d})
            return
        if depth == max_depth:
            return
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            return
        for e in entries:
            if e.name.startswith(".") or e.name in SKIP_DIRS:
                continue
            if e.is_dir(follow_symlinks=False):
                walk(Path(e.path), depth + 1)

    walk(root, 0)
    return sorted(found, key=lambda r: str(r["path"]))


def confined(root: Path, rel: object, what: str, must_exist: bool = True) -> Path:
    """``root / rel`` resolved (symlinks followed), checked to stay inside ``root``.

    :raises PathError: ``rel`` is not a non-empty string, is absolute, holds a NUL, leaves
        the root (``..``, a symlink out), or does not exist when ``must_exist``
    """
    if not isinstance(rel, str) or not rel.strip():
        raise PathError(f"{what} must be a non-empty path relative to the server root")
    if "\0" in rel or os.path.isabs(rel) or rel.startswith("~"):
        raise PathError(f"{what} {rel!r} must be relative to the server root")
    root = root.resolve()
    target = (root / rel).resolve(strict=False)
    if not _inside(target, root):
        raise PathError(f"{what} {rel!r} leaves the server root")
    if must_exist and not target.exists():
        raise PathError(f"{what} {rel!r} does not exist under the server root")
    return target


def confined_repo(root: Path, rel: object) -> Path:
    """A repository path from a request, resolved inside ``root``.

    :raises PathError: see :func:`confined`; also when it is no git repository, or its
        git dir (a ``.git`` file's target) lies outside the root
    """
    target = confined(root, rel, "repository")
    git_dir = _git_dir(target) if target.is_dir() else None
    if git_dir is None:
        raise PathError(f"repository {rel!r} is no git repository (no .git in it)")
    if not _inside(git_dir.resolve(), root.resolve()):
        raise PathError(f"repository {rel!r} keeps its git data outside the server root")
    return target
