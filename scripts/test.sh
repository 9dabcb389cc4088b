#!/usr/bin/env bash
# The tests, on a machine that has only Node, npm, Python and git (the README's second
# command; .ci/run runs it too):
#   1. what npm cannot install: git, Debian's chromium (the end-to-end browser test) and
#      python3-venv, installed with apt-get when run as root, else a stop at once with
#      the exact apt-get line to run;
#   2. npm ci, then npm test (npm run lint: tsc, ESLint, Prettier --check; then vitest: core, scan, CLI, report, lab widgets, and the
#      JupyterLab end-to-end test, which builds the wheel into dist/ and installs it
#      beside the newest JupyterLab in .venv: scripts/lab-env.mjs);
#   3. the server extension's tests with pytest-jupyter in that .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v git >/dev/null 2>&1 || need_apt+=(git)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "letgo tests: missing ${need_apt[*]}; install them with: sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
  echo "letgo tests: installing ${need_apt[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
# The tests commit to repositories they make; git needs an identity to do so.
git config --global user.email >/dev/null 2>&1 || git config --global user.email "tests@letgo.invalid"
git config --global user.name >/dev/null 2>&1 || git config --global user.name "letgo tests"

npm ci --no-audit --no-fund
npm test
node scripts/lab-env.mjs >/dev/null
.venv/bin/python -m pytest -q -p no:cacheprovider tests/python
