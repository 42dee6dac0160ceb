#!/usr/bin/env bash
# setup.sh: Gradescope runs this once, as root, when it builds the autograder's image.
# It installs la4ml from the wheel in this zip (plain pip, no conda) into a virtual
# environment of its own, then grades the stubs once: a broken build fails here, with
# a message, and not at the first student.
set -euo pipefail

ROOT="${LA4ML_AUTOGRADER_ROOT:-/autograder}" # only la4ml's own tests set this
SOURCE="$ROOT/source"
VENV="$ROOT/la4ml-venv"

say() { printf 'la4ml setup: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
apt_install() { # best effort: succeeds only if the packages got installed
    [ "$(id -u)" = 0 ] && have apt-get || return 1
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# 1. Python 3.10 or newer.
if ! have python3; then
    say "python3 is missing: installing it with apt-get"
    apt_install python3 python3-venv python3-pip || {
        say "cannot install python3"
        exit 1
    }
fi
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
    say "la4ml needs Python 3.10 or newer, and this image has $(python3 --version 2>&1):"
    say "choose a newer base image (Ubuntu 22.04 or later) in the autograder settings"
    exit 1
fi

# 2. bubblewrap gives student code its own namespaces. Without it (or where the kernel
#    refuses namespaces, as in many containers) student code still runs as an
#    unprivileged user with resource limits, and every result says which isolation ran.
if ! have bwrap; then
    if apt_install bubblewrap; then
        say "installed bubblewrap"
    else
        say "bubblewrap is not available: student code will run with resource limits only"
    fi
fi

# 3. la4ml from its wheel; numpy, pytest, click and PyYAML come from PyPI.
rm -rf "$VENV"
if ! python3 -m venv "$VENV" 2>/dev/null; then
    rm -rf "$VENV"
    say "python3 -m venv failed: installing python3-venv with apt-get"
    apt_install python3-venv || {
        say "cannot install python3-venv"
        exit 1
    }
    python3 -m venv "$VENV"
fi
shopt -s nullglob
wheels=("$SOURCE"/la4ml-*.whl)
if [ "${#wheels[@]}" -ne 1 ]; then
    say "expected one la4ml wheel in $SOURCE, found ${#wheels[@]}"
    exit 1
fi
"$VENV/bin/python" -m pip install --quiet --no-input --disable-pip-version-check "${wheels[0]}"

# 4. The settings (the secret seed) are for root only: student code runs as another user.
chmod 600 "$SOURCE/la4ml-autograder.json"

# 5. Prove the install: grade the stubs; every function must come back "not started".
"$VENV/bin/python" -m grader.delivery.gradescope_run --self-test
say "ready"
