// Opens GraphServer's /graph/ page in headless Chromium and reports what it drew.
// Usage: node graphview.mjs <server base url> <chromium path> <page query string> <node id to click> <artefact dir>
//   [artefact name prefix]
// Prints one JSON line: { nodes, edges, nodeIds, clicked, sources, links, download, screenshot, requests, foreignRequests, steps }.
import { chromium } from 'playwright-core';
import {
  artefactName, drawnGraph, pageLinks, printFailure, printReport, renderedPosition, sourceItems,
} from './graphview-page.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [, , baseUrl, executablePath, query, clickId, artefacts, artefactPrefix = ''] = process.argv;
fs.mkdirSync(artefacts, { recursive: true });
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graphserver-view-'));
const steps = [];
const requests = [];
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
context.on('request', r => requests.push(r.url()));
const page = context.pages()[0] ?? (await context.newPage());
const name = artefactName(artefactPrefix, query);
try {
  page.setDefaultTimeout(90_000);
  await page.goto(`${baseUrl}/graph/?${query}`);
  steps.push(`opened ${page.url()}`);
  await page.waitForFunction(() => window.graphView?.state === 'ready');
  steps.push('layout done');
  const drawn = await page.evaluate(drawnGraph);

  // A real mouse click where the node is drawn, as an investigator would.
  const box = await page.locator('#graph').boundingBox();
  const at = await page.evaluate(renderedPosition, clickId);
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.locator('#sources li').first().waitFor();
  const clicked = await page.locator('#details h2').innerText();
  const sources = await page.locator('#sources li').evaluateAll(sourceItems);
  const links = await page.evaluate(pageLinks);
  steps.push('clicked the node');

  const waiting = page.waitForEvent('download');
  await page.locator('#exports a[data-format="graphml"]').click();
  const download = await waiting;
  const saved = path.join(artefacts, `graphview-${name}.graphml`);
  await download.saveAs(saved);
  steps.push('downloaded graphml');

  const screenshot = path.join(artefacts, `graphview-${name}.png`);
  await page.screenshot({ path: screenshot });
  await page.waitForTimeout(500);
  printReport({ ...drawn, clicked, sources, links, download: saved, screenshot }, requests, baseUrl, steps);
} catch (error) {
  await printFailure(page, artefacts, name, requests, baseUrl, steps, error);
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
