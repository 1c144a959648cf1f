# Sourced by .ci/run: installs on a fresh machine whatever the tests need and the image may lack.
# Idempotent and quiet when everything is already there.

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
# The API's conformance tests run node scripts and drive Chromium; the build installs Banana Cake Pop with npm.
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# The export tests read GraphML and GEXF with NetworkX; the graph view tests drive /graph/ in Firefox too (puppeteer-core
# from npm over WebDriver BiDi, against Debian's firefox-esr: no browser is downloaded).
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || need_apt+=(python3-networkx)
command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]}" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >&2
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet is missing: this project needs the .NET 10 SDK on PATH" >&2
  exit 1
fi

for npm_dir in "$repo/Server/Api/Ide/npm" "$repo/Server/Api/GraphView/cytoscape-npm" "$repo/tests/Server.Api.Tests/js"; do
  # Again when the lock file changed since the last install (a package added, such as puppeteer-core for Firefox).
  if [ ! -d "$npm_dir/node_modules" ] || [ "$npm_dir/package-lock.json" -nt "$npm_dir/node_modules/.package-lock.json" ]; then
    echo "== npm ci in ${npm_dir#"$repo"/}" >&2
    (cd "$npm_dir" && npm ci --no-audit --no-fund) >&2 || exit 1
  fi
done

echo "== dotnet restore" >&2
dotnet restore >&2
