#!/usr/bin/env bash
# Installs JupyterLab 4.6.4 and Notebook 7.6.3 for JupyterLabBrowserIT into a venv (default
# target/jupyter-venv, which `mvn clean` keeps), from requirements-lock.txt only: every wheel pinned and
# hashed, no dependency resolution, no retries. Configures both front ends for tests: the app as
# window.jupyterapp (the test drives it through its commands), no news or update checks, every notebook cell
# kept in the DOM (windowingMode "none"). The debugger stays on: the kernel answers it (DebuggerLabIT).
# Run again, it returns at once unless the lock file or this script changed.
#
#   src/test/jupyter/install-lab.sh [VENV]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
venv="${1:-$root/target/jupyter-venv}"
lock="$here/requirements-lock.txt"
stamp="$venv/.tablebook-lock.sha256"
want="$(cat "$lock" "$0" | sha256sum | cut -d' ' -f1)"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$venv/bin/jupyter-lab" ]; then
  echo "install-lab.sh: $venv is up to date"
  exit 0
fi

if ! /usr/bin/python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  echo "install-lab.sh: /usr/bin/python3 -m venv is not available (Debian: apt-get install python3-venv)" >&2
  exit 1
fi
rm -rf "$venv"
/usr/bin/python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --retries 0 --timeout 20 --no-deps --require-hashes -r "$lock"

# Lab and Notebook 7 read disabled plugins from labconfig/page_config.json and setting defaults from
# overrides.json, both inside the venv, so the IT's private JUPYTER_CONFIG_DIR stays empty.
mkdir -p "$venv/etc/jupyter/labconfig" "$venv/share/jupyter/lab/settings"
cat > "$venv/etc/jupyter/labconfig/page_config.json" <<'JSON'
{
  "exposeAppInBrowser": true,
  "disabledExtensions": {
    "@jupyterlab/apputils-extension:announcements": true
  }
}
JSON
cat > "$venv/share/jupyter/lab/settings/overrides.json" <<'JSON'
{
  "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
  "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": false}
}
JSON
echo "$want" > "$stamp"
echo "install-lab.sh: installed JupyterLab $("$venv/bin/jupyter-lab" --version) and Notebook $("$venv/bin/jupyter-notebook" --version) into $venv"
