// Opens Banana Cake Pop from a running GraphServer in headless Chromium, lets it load the schema, runs a query and
// reports what the page shows. Usage: node ide.mjs <server base url> <chromium path> <query> <text expected in result>
// Prints one JSON line: { schemaLoaded, resultText, steps, requests, foreignRequests }: every request the page and its
// workers made, and those whose origin is not the server's (telemetry, fonts, CDNs), which must be none.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [, , baseUrl, executablePath, query, expected] = process.argv;
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graphserver-bcp-'));
const steps = [];
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = context.pages()[0] ?? (await context.newPage());
page.on('response', r => { if (r.request().method() === 'POST') steps.push(`POST ${r.url()} ${r.status()}`); });
// The context sees the requests of every page, frame and worker; data: and blob: URLs never leave the browser.
const requests = [];
context.on('request', r => requests.push(r.url()));
const foreign = () => requests.filter(u => /^(https?|wss?):/.test(u) && new URL(u).origin !== new URL(baseUrl).origin);
try {
  // Generous: CI machines shared by several builds take well over 30 s to index the schema.
  page.setDefaultTimeout(90_000);
  await page.goto(`${baseUrl}/graphql`);
  steps.push(`opened ${page.url()}`);

  await page.getByText('Create Document', { exact: true }).click();
  steps.push('created a document');

  // The status bar says "Schema unavailable" until the introspection has loaded; the schema tab lists the root type.
  await page.getByText('Schema available', { exact: true }).waitFor();
  const schemaLoaded = true;
  steps.push('schema loaded');

  const editor = page.locator('.monaco-editor').first();
  await editor.click();
  await page.keyboard.insertText(query);
  // The IDE parses the editor's text a moment later; running before that sends an empty document.
  await page.getByText('No Operations', { exact: true }).waitFor({ state: 'hidden' });
  await page.waitForTimeout(500);
  steps.push('typed the query');

  // The IDE may still be re-rendering after the schema loaded and swallow a click: press Run until a response shows.
  const result = page.locator('.monaco-editor', { hasText: expected }).first();
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.locator('button[aria-label^="Run Operation"]').first().click();
    steps.push(`pressed Run (${attempt})`);
    try {
      await result.waitFor({ timeout: 7_500 });
      break;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
  // Read every editor at once (the response pane re-renders, and a locator held across that goes stale); Monaco
  // renders spaces as no-break spaces.
  const resultText = await page.evaluate(() =>
    [...document.querySelectorAll('.monaco-editor')].map(e => e.innerText).find(t => t.includes('"data"'))?.replace(/\u00a0/g, ' ') ?? '');
  steps.push('found the result');
  // Telemetry goes out a moment after start; give it time to show up in the log before judging.
  await page.waitForTimeout(2_000);
  console.log(JSON.stringify({ schemaLoaded, resultText, steps, requests: requests.length, foreignRequests: foreign() }));
} catch (error) {
  // A picture of the page is the quickest way to see what the IDE was showing when a step failed.
  const screenshot = path.join(os.tmpdir(), 'graphserver-bcp-failure.png');
  await page.screenshot({ path: screenshot }).catch(() => {});
  steps.push(`screenshot: ${screenshot}`);
  console.log(JSON.stringify({ schemaLoaded: false, resultText: '', steps, requests: requests.length, foreignRequests: foreign(), error: String(error) }));
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
