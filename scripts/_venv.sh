# Sourced by scripts/run and scripts/test: create and reuse .venv, reinstall when pyproject.toml or setup.py changes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode="${1:-main}"
hash="$(cat pyproject.toml setup.py | sha256sum | cut -c1-16)"
if [ ! -x .venv/bin/python ]; then
    "${PYTHON:-python3}" -m venv .venv
fi
if [ ! -f ".venv/.installed-$hash-dev" ] && [ ! -f ".venv/.installed-$hash-$mode" ]; then
    echo "Installing briefbot into .venv (once per change of pyproject.toml) ..." >&2
    extra=""
    [ "$mode" = dev ] && extra="[dev]"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".$extra" >&2
    find .venv -maxdepth 1 -name '.installed-*' ! -name ".installed-$hash-*" -delete
    touch ".venv/.installed-$hash-$mode"
fi
