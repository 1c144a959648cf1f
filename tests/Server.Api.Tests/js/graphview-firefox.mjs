// Opens GraphServer's /graph/ page in headless Firefox (Debian's firefox-esr) over WebDriver BiDi and reports what it
// drew, in the same steps and the same JSON as graphview.mjs does for Chromium. Playwright drives only its own patched
// Firefox, so this one uses puppeteer-core, which speaks BiDi to a stock Firefox; no browser is downloaded.
// Usage: node graphview-firefox.mjs <server base url> <firefox path> <page query string> <node id to click> <artefact dir>
//   [artefact name prefix]
// Prints one JSON line: { nodes, edges, nodeIds, clicked, sources, links, download, screenshot, requests, foreignRequests, steps }.
import puppeteer from 'puppeteer-core';
import {
  artefactName, drawnGraph, pageLinks, printFailure, printReport, renderedPosition, sourceItems,
} from './graphview-page.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [, , baseUrl, executablePath, query, clickId, artefacts, artefactPrefix = ''] = process.argv;
fs.mkdirSync(artefacts, { recursive: true });
// BiDi has no download command puppeteer maps for Firefox: the profile's preferences send every download, without a
// dialog, to a folder of our own.
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'graphserver-firefox-downloads-'));
const steps = [];
const requests = [];
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath,
  headless: true,
  defaultViewport: { width: 1400, height: 900 },
  protocolTimeout: 180_000,
  extraPrefsFirefox: {
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.start_downloads_in_tmp_dir': false,
  },
});
steps.push(`firefox ${await browser.version()}`);
const page = (await browser.pages())[0] ?? (await browser.newPage());
page.on('request', r => requests.push(r.url()));
const name = artefactName(`firefox-${artefactPrefix}`, query);

async function savedDownload(extension, timeout) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    // Firefox writes NAME.part, then renames it when the download is complete.
    const done = fs.readdirSync(downloads).filter(f => f.endsWith(extension));
    if (done.length > 0 && !fs.readdirSync(downloads).some(f => f.endsWith('.part'))) return path.join(downloads, done[0]);
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error(`no ${extension} download in ${downloads} after ${timeout} ms: ${fs.readdirSync(downloads).join(', ')}`);
}

try {
  page.setDefaultTimeout(90_000);
  await page.goto(`${baseUrl}/graph/?${query}`);
  steps.push(`opened ${page.url()}`);
  await page.waitForFunction(() => window.graphView?.state === 'ready', { polling: 200 });
  steps.push('layout done');
  const drawn = await page.evaluate(drawnGraph);

  // A real mouse click (BiDi input actions) where the node is drawn, as an investigator would.
  const box = await (await page.$('#graph')).boundingBox();
  const at = await page.evaluate(renderedPosition, clickId);
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.waitForSelector('#sources li');
  const clicked = await page.$eval('#details h2', h => h.innerText);
  const sources = await page.$$eval('#sources li', sourceItems);
  const links = await page.evaluate(pageLinks);
  steps.push('clicked the node');

  await page.click('#exports a[data-format="graphml"]');
  const downloaded = await savedDownload('.graphml', 60_000);
  const saved = path.join(artefacts, `graphview-${name}.graphml`);
  fs.copyFileSync(downloaded, saved);
  steps.push('downloaded graphml');

  const screenshot = path.join(artefacts, `graphview-${name}.png`);
  await page.screenshot({ path: screenshot });
  await new Promise(resolve => setTimeout(resolve, 500));
  printReport({ ...drawn, clicked, sources, links, download: saved, screenshot }, requests, baseUrl, steps);
} catch (error) {
  await printFailure(page, artefacts, name, requests, baseUrl, steps, error);
} finally {
  await browser.close();
  fs.rmSync(downloads, { recursive: true, force: true });
}
