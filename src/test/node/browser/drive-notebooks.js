'use strict';
// Drives a running classic Jupyter Notebook server in headless Chromium (puppeteer-core, Debian's
// chromium) and writes what it saw as JSON; NotebookBrowserIT starts the server and judges the JSON.
//
//   node drive-notebooks.js --chromium PATH --url http://127.0.0.1:PORT --token T --out DIR
//        --report FILE --scratch scratch.ipynb NOTEBOOK.ipynb...

const fs = require('fs');
const path = require('path');
const chromium = require('./chromium');
const notebookPage = require('./notebook-page');
const scratchCells = require('./scratch-cells');

const TIMEOUT_MS = 120000;

function parse(argv) {
  const options = chromium.parse(argv, ['chromium', 'url', 'token', 'out', 'report', 'scratch']);
  return options;
}

/** Opened untrusted, then Restart & Run All: what the page showed each time, with a screenshot of each. */
async function notebook(browser, options, name) {
  const base = path.join(options.out, name.replace(/\.ipynb$/, ''));
  const result = {name};
  const page = await notebookPage.open(browser, options.url, options.token, name, TIMEOUT_MS);
  try {
    await chromium.openedAndRun(notebookPage, page, name, base, result, TIMEOUT_MS);
  } finally {
    await page.close();
  }
  return result;
}

async function scratch(browser, options) {
  const page = await notebookPage.open(browser, options.url, options.token, options.scratch, TIMEOUT_MS);
  try {
    const result = await scratchCells.check(page, TIMEOUT_MS);
    await notebookPage.screenshot(page, path.join(options.out, 'scratch.png'));
    return result;
  } finally {
    await page.close();
  }
}

async function main() {
  const options = parse(process.argv.slice(2));
  fs.mkdirSync(options.out, {recursive: true});
  const browser = await chromium.launch(options.chromium);
  const report = {notebooks: []};
  try {
    for (const name of options.notebooks) {
      const started = Date.now();
      try {
        report.notebooks.push(await notebook(browser, options, name));
      } catch (error) {
        report.notebooks.push({name, failed: error.message});
      }
      console.error(`${name}: ${Date.now() - started} ms`);
    }
    report.scratch = await scratch(browser, options).catch(error => ({failed: error.message}));
  } finally {
    await browser.close();
  }
  fs.writeFileSync(options.report, JSON.stringify(report, null, 2));
}

main().catch(error => {
  console.error(error.stack || error.message);
  process.exit(2);
});
