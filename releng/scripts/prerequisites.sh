# Sourced by ./atlas, ./build and .ci/run: the Debian packages the product and its UI tests need,
# installed when missing and when we may (root with apt-get); otherwise we say what to install.
ensure_debian_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >&2
  else
    echo "Account Atlas needs these packages: ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
    return 1
  fi
}

require_display() {
  ensure_debian_packages libgtk-3-0 fonts-noto-cjk
  if [ -z "${DISPLAY:-}" ]; then
    echo "atlas: the workbench needs a display; run it in a desktop session, or under Xvfb: xvfb-run -a ./atlas" >&2
    exit 1
  fi
}
