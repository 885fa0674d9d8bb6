#!/usr/bin/env bash
# `npm test`: lint, type-check, build, the Electron security scan, then every vitest project
# (engine, main, CLI, renderer, end-to-end in Chromium) against a real Secret Service.
# Ends with one line "N passed, N failed" counted from vitest's JSON report.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results

step() { printf '\n== %s\n' "$1"; }
failures=0

step "lint";        npx eslint . || failures=$((failures + 1))
step "typecheck";   npm run -s typecheck || failures=$((failures + 1))
step "build";       npx electron-vite build >test-results/build.log 2>&1 || { cat test-results/build.log; failures=$((failures + 1)); }
step "electronegativity"; node scripts/electronegativity.mjs || failures=$((failures + 1))

step "vitest"
report=test-results/vitest.json
rm -f "$report"
run_vitest() {
  npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@"
}
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ "${TOKENLAB_FRESH_KEYRING:-}" != "1" ] && [ -z "${CI:-}" ]; then
  # A developer's desktop session: use its keychain as it is.
  run_vitest "$@"
elif command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  # A private D-Bus session with a fresh, unlocked gnome-keyring: the real Secret Service.
  keyring_home=$(mktemp -d)
  export TOKENLAB_VITEST_ARGS="$*"
  XDG_DATA_HOME="$keyring_home" XDG_RUNTIME_DIR="$keyring_home" dbus-run-session -- sh -c '
    echo -n tokenlab-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    npx vitest run --reporter=default --reporter=json --outputFile.json="'"$report"'" $TOKENLAB_VITEST_ARGS'
  rm -rf "$keyring_home"
else
  echo "No dbus-run-session/gnome-keyring: keychain tests will skip (they never skip with CI=true)."
  run_vitest "$@"
fi

node scripts/summarize-vitest.mjs "$report" "$failures"
