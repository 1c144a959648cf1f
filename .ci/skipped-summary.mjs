// Prints the skipped tests of every .trx file under a folder, grouped by reason, most frequent first:
//   57 skipped: NEO4J_URI is not set
// Nothing at all when no test was skipped. Usage: node skipped-summary.mjs DIR
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : name.endsWith(".trx") ? [path] : [];
});

const decode = (text) => text
  .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'").replace(/&amp;/g, "&");

const reasons = new Map();
for (const file of files(process.argv[2])) {
  const xml = readFileSync(file, "utf8");
  // A skipped result is NotExecuted; its reason is the ErrorInfo message (xunit's Skip text or SkippableFact's).
  for (const match of xml.matchAll(/<UnitTestResult\b([^>]*?)(\/>|>([\s\S]*?)<\/UnitTestResult>)/g)) {
    if (!/\boutcome="NotExecuted"/.test(match[1])) continue;
    const message = /<Message>([\s\S]*?)<\/Message>/.exec(match[3] ?? "");
    const reason = message ? decode(message[1]).trim().split("\n")[0] : "(no reason given)";
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
}

const total = [...reasons.values()].reduce((a, b) => a + b, 0);
if (total > 0) {
  console.log(`skipped tests by reason (${total} in all):`);
  for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    console.log(`${String(count).padStart(5)} skipped: ${reason}`);
  }
}
