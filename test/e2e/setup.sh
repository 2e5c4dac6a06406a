#!/usr/bin/env bash
# Installs what the real-editor tests (test/e2e) need on a fresh Debian machine, offline except for the
# npm registry and Debian's packages:
#   - Debian packages: chromium (driven by playwright-core), ripgrep (code-server's search, see below),
#     neovim (0.7.2, the LSP client of the Neovim test), and the tool chain code-server's native modules
#     build with (libkrb5-dev g++ make python3 pkg-config);
#   - code-server@4.100.3 (a real VS Code 1.100.3 server build) into .vscode-test/code-server (git-ignored).
#
# Idempotent: a stamp (.vscode-test/setup.stamp) records what was installed; when it matches and the
# binaries are there the script exits at once. Set FACTLINE_E2E_FORCE_SETUP=1 to reinstall code-server.
# Needs root (or password-less sudo) only when a Debian package is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CS_VERSION="4.100.3"
BASE="$ROOT/.vscode-test"
DEST="$BASE/code-server"
STAMP="$BASE/setup.stamp"
APT_PACKAGES=(chromium fonts-dejavu-core ripgrep neovim libkrb5-dev g++ make python3 pkg-config ca-certificates)
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
KEY="code-server@$CS_VERSION node$NODE_MAJOR $(uname -m) apt:${APT_PACKAGES[*]}"
CS_ENTRY="$DEST/node_modules/code-server/out/node/entry.js"

log() { printf '[e2e setup] %s\n' "$*" >&2; }

have_all_commands() {
  command -v chromium >/dev/null && command -v rg >/dev/null && command -v nvim >/dev/null
}

if [[ "${FACTLINE_E2E_FORCE_SETUP:-}" != 1 && -f "$STAMP" && "$(cat "$STAMP")" == "$KEY" && -f "$CS_ENTRY" ]] && have_all_commands; then
  log "already installed ($KEY)"
  exit 0
fi

mkdir -p "$BASE"
# One setup at a time in this checkout (other engineers or a parallel run may start it too).
exec 9>"$BASE/setup.lock"
flock 9

start=$(date +%s)

# --- Debian packages ---------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=()
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
      log "missing Debian packages: ${missing[*]}; run this script as root (or with password-less sudo)"
      exit 1
    fi
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  aptlog="$(mktemp)"
  if ! { "${SUDO[@]}" apt-get update -q && "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$aptlog" 2>&1; then
    tail -n 40 "$aptlog" >&2
    rm -f "$aptlog"
    log "apt-get failed (log above)"
    exit 1
  fi
  rm -f "$aptlog"
fi
have_all_commands || { log "chromium, rg or nvim still missing after apt-get"; exit 1; }

# --- code-server -------------------------------------------------------------------------------
if [[ "$NODE_MAJOR" != 20 ]]; then
  log "code-server $CS_VERSION needs Node 20 (this is Node $NODE_MAJOR)"
  exit 1
fi

if [[ "${FACTLINE_E2E_FORCE_SETUP:-}" == 1 || ! -f "$CS_ENTRY" || "$(node -p "require('$DEST/node_modules/code-server/package.json').version" 2>/dev/null)" != "$CS_VERSION" ]]; then
  work="$(mktemp -d "$BASE/setup-tmp.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  # @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless it finds the archive in
  # $TMPDIR/vscode-ripgrep-cache-<its version>/. Read both versions from the packages, then put
  # Debian's rg there under the expected name.
  log "reading the @vscode/ripgrep version of code-server@$CS_VERSION"
  (cd "$work" && npm pack --silent "code-server@$CS_VERSION" >/dev/null)
  tar -xzf "$work/code-server-$CS_VERSION.tgz" -C "$work" package/lib/vscode/npm-shrinkwrap.json
  rg_version="$(node -p "require('$work/package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'].version")"
  rm -rf "$work/package"
  (cd "$work" && npm pack --silent "@vscode/ripgrep@$rg_version" >/dev/null)
  tar -xzf "$work/vscode-ripgrep-$rg_version.tgz" -C "$work" package/lib/postinstall.js
  rg_tag="$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$work/package/lib/postinstall.js")"
  case "$(uname -m)" in
    x86_64) rg_target=x86_64-unknown-linux-musl ;;
    aarch64) rg_target=aarch64-unknown-linux-musl ;;
    *) log "unsupported architecture $(uname -m)"; exit 1 ;;
  esac
  mkdir -p "$work/tmp/vscode-ripgrep-cache-$rg_version"
  tar -czf "$work/tmp/vscode-ripgrep-cache-$rg_version/ripgrep-$rg_tag-$rg_target.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  log "ripgrep cache: @vscode/ripgrep $rg_version, $rg_tag, $rg_target"

  rm -rf "$DEST"
  mkdir -p "$DEST"
  printf '{ "name": "factline-e2e-code-server", "private": true }\n' > "$DEST/package.json"
  log "npm install code-server@$CS_VERSION (native modules build from source; takes a few minutes)"
  # unsafe_perm: its postinstall refuses to run as root otherwise; yes: node-pty's postinstall runs
  # `npx node-gyp`, which cancels without a terminal otherwise.
  (cd "$DEST" && TMPDIR="$work/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >"$work/npm.log" 2>&1) || {
    tail -n 60 "$work/npm.log" >&2
    log "npm install code-server failed (full log above)"
    exit 1
  }
  cmp -s "$(command -v rg)" "$DEST/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ||
    log "warning: code-server's ripgrep is not Debian's (the ripgrep cache was not used?)"
fi

# Keep code-server from touching ~/.config and ~/.local while it prints its version.
xdg="$(mktemp -d "$BASE/setup-xdg.XXXXXX")"
version="$(XDG_CONFIG_HOME="$xdg" XDG_DATA_HOME="$xdg" node "$CS_ENTRY" --version 2>/dev/null | grep -m1 "^$CS_VERSION" || true)"
rm -rf "$xdg"
[[ "$version" == "$CS_VERSION"* ]] || { log "code-server --version printed '$version'"; exit 1; }

printf '%s' "$KEY" > "$STAMP"
log "ready in $(( $(date +%s) - start )) s: code-server $version, $(chromium --version 2>/dev/null), neovim $(dpkg-query -W -f='${Version}' neovim)"
