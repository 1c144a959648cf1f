# Sourced by .ci/run: installs on a fresh machine whatever the tests need and the image may lack.
# Idempotent and quiet when everything is already there.

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]}" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >&2
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet is missing: this project needs the .NET 10 SDK on PATH" >&2
  exit 1
fi

echo "== dotnet restore" >&2
dotnet restore >&2
