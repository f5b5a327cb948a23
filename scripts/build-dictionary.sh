#!/usr/bin/env bash
# Regenerates the Linux spell checker's bundled dictionary, resources/dictionaries/en-us-10-2.bdic,
# from Debian's Hunspell en_US word list. A developer runs this by hand; CI and the app never do
# (the .bdic is committed). Needs the Debian packages hunspell-en-us (en_US.dic/.aff, SCOWL) and
# qt6-webengine-dev-tools (qwebengine_convert_dict, Chromium's convert_dict built by Qt):
#   apt-get install -y hunspell-en-us qt6-webengine-dev-tools
#
# Made on Debian 12 with hunspell-en-us 1:2020.12.07-2 and qt6-webengine-dev-tools
# 6.4.2-final+dfsg-1; the conversion is deterministic, and that pair gives
# sha256 e67e0f041201a1d5118c50c52d3234eb44b205706952e244e708b5f5fb7d9658 (707,744 bytes).
#
# The file name is Chromium's newest versioned name for en-US, lowercased; the app installs it under
# each name Chromium uses (node/spellcheck/bundledDictionary.ts). If a new Electron's Chromium bumps
# the version in spellcheck_common.cc, add it there and rename the file here.
set -euo pipefail
cd "$(dirname "$0")/.."

convert=/usr/lib/qt6/libexec/qwebengine_convert_dict
dic=/usr/share/hunspell/en_US.dic
licence=/usr/share/doc/hunspell-en-us/copyright
out=resources/dictionaries/en-us-10-2.bdic

for needed in "$convert" "$dic" "${dic%.dic}.aff" "$licence"; do
  if [ ! -f "$needed" ]; then
    echo "build-dictionary: $needed not found; install hunspell-en-us and qt6-webengine-dev-tools" >&2
    exit 1
  fi
done

mkdir -p resources/dictionaries
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# convert_dict reads en_US.aff next to the .dic and verifies the result before writing it.
"$convert" "$dic" "$tmp/en-US.bdic"
mv "$tmp/en-US.bdic" "$out"
# SCOWL's permission notice must travel with the word list.
cp "$licence" resources/dictionaries/en-US.LICENSE.txt
echo "build-dictionary: wrote $out ($(wc -c <"$out") bytes), sha256 $(sha256sum "$out" | cut -d' ' -f1)"
echo "build-dictionary: check it with npx vitest run test/node/spellcheck/bundledDictionary.test.ts"
