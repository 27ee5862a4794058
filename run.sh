#!/usr/bin/env bash
# The main job on embedded defaults: no cloud account, no network.
#   ./run.sh          build and serve the app and its web page on http://127.0.0.1:7071
#   ./run.sh demo     a scripted interview on an accelerated clock; prints the transcript and the report
#   ./run.sh bench    the benchmark (see docs/benchmarks.md); extra arguments go to the benchmark;
#                     ./run.sh bench scoring: time per answer evaluation
#                     ./run.sh bench router: LLM router overhead, failover and a simulated day's cache use (no network)
#                     ./run.sh bench resume: parse + ATS score of a 2-page PDF resume
#                     ./run.sh bench voice [stt|tts|turn]: speech-to-text real-time factor, time to first synthesised
#                     audio, and the voice turn (end of answer audio -> next question audio ready), on the local engines;
#                     turn: answers uploaded in pieces while spoken in real time (~6 min); turn --whole: one upload
#   ./run.sh eval     score a labelled-answers file (default: the test set; --file path for another) and print accuracy
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v dotnet >/dev/null || { echo "run.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }

# Build output: artifacts/bin, or artifacts/$BUILD_SLOT/bin when a slot is set (see Directory.Build.props).
bin="$PWD/artifacts${BUILD_SLOT:+/$BUILD_SLOT}/bin"

command=${1:-serve}
[ $# -gt 0 ] && shift
case "$command" in
  serve)
    dotnet build functions/MockInterview.Functions.csproj -c Release -v quiet -nologo
    url=${URLS:-http://127.0.0.1:7071}
    echo "Mock interview server on $url (data under functions/data); Ctrl+C stops it."
    cd functions
    exec dotnet "$bin"/MockInterview.Functions/release/MockInterview.Functions.dll --urls "$url" "$@"
    ;;
  demo)
    dotnet build functions/MockInterview.Functions.csproj -c Release -v quiet -nologo
    cd functions
    exec dotnet "$bin"/MockInterview.Functions/release/MockInterview.Functions.dll demo "$@"
    ;;
  bench)
    dotnet build tests/Benchmarks/MockInterview.Benchmarks.csproj -c Release -v quiet -nologo
    exec dotnet "$bin"/MockInterview.Benchmarks/release/MockInterview.Benchmarks.dll "$@"
    ;;
  eval)
    dotnet build tests/Benchmarks/MockInterview.Benchmarks.csproj -c Release -v quiet -nologo
    exec dotnet "$bin"/MockInterview.Benchmarks/release/MockInterview.Benchmarks.dll eval "$@"
    ;;
  *)
    echo "usage: ./run.sh [serve|demo|bench|eval] [args…]" >&2
    exit 2
    ;;
esac
