#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, builds everything and runs every test.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }
# The LLM store tests start a real redis-server (no persistence) on a free 127.0.0.1 port; the document tests run
# poppler's pdftotext/pdfinfo, as the service does; the speech tests run the real engines: pocketsphinx's library and
# en-us model (speech to text), flite and espeak-ng (text to speech), ffmpeg and sox (audio formats); the browser tests
# drive Debian's chromium through Playwright (its driver comes with the NuGet package; no browser is downloaded).
missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v flite >/dev/null || missing+=(flite)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v sox >/dev/null || missing+=(sox)
ldconfig -p | grep -q 'libpocketsphinx\.so\.3' || missing+=(libpocketsphinx3)
[ -d /usr/share/pocketsphinx/model/en-us/en-us ] || missing+=(pocketsphinx-en-us)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  as_root=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $as_root apt-get update -qq && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

dotnet restore Serverless.sln -v quiet
dotnet build Serverless.sln -c Release --no-restore -v quiet -nologo

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
rm -f artifacts/labelled-set-evaluation.txt artifacts/speech-wer.txt
# The console logger at minimal verbosity prints each failed test with its message and stack (passing ones stay quiet).
dotnet test Serverless.sln -c Release --no-build -v quiet -nologo --blame-hang-timeout 5m --logger "console;verbosity=minimal" 2>&1 | tee "$log" || status=$?

# The scorer's quality bar on the labelled answers (written by LabelledSetTests; xunit hides passing tests' output).
if [ -f artifacts/labelled-set-evaluation.txt ]; then
  echo; sed -n '1,4p' artifacts/labelled-set-evaluation.txt; sed -n '/^Violations/,$p' artifacts/labelled-set-evaluation.txt; echo
fi
# The speech-to-text word error rate on the engine tests' spoken sentences (written by the recognition tests).
if [ -f artifacts/speech-wer.txt ]; then
  cat artifacts/speech-wer.txt; echo
fi

# One closing line for CI: the totals over every test project.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  f += $(i + 1) + 0
         if ($i == "Passed:")  p += $(i + 1) + 0
         if ($i == "Skipped:") s += $(i + 1) + 0
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
