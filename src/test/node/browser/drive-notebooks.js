'use strict';
// Drives a running classic Jupyter Notebook server in headless Chromium (puppeteer-core, Debian's
// chromium) and writes what it saw as JSON; NotebookBrowserIT starts the server and judges the JSON.
//
//   node drive-notebooks.js --chromium PATH --url http://127.0.0.1:PORT --token T --out DIR
//        --report FILE --scratch scratch.ipynb NOTEBOOK.ipynb...

const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');
const notebookPage = require('./notebook-page');
const scratchCells = require('./scratch-cells');

const TIMEOUT_MS = 120000;
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function parse(argv) {
  const options = {notebooks: []};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) {
      options[argv[i].slice(2)] = argv[++i];
    } else {
      options.notebooks.push(argv[i]);
    }
  }
  for (const required of ['chromium', 'url', 'token', 'out', 'report', 'scratch']) {
    if (!options[required]) {
      throw new Error(`--${required} is missing`);
    }
  }
  return options;
}

/** Opened untrusted, then Restart & Run All: what the page showed each time, with a screenshot of each. */
async function notebook(browser, options, name) {
  const base = path.join(options.out, name.replace(/\.ipynb$/, ''));
  const result = {name};
  const page = await notebookPage.open(browser, options.url, options.token, name, TIMEOUT_MS);
  try {
    result.opened = await notebookPage.facts(page);
    await notebookPage.screenshot(page, base + '-opened.png');
    await notebookPage.restartAndRunAll(page, name, TIMEOUT_MS);
    result.run = await notebookPage.facts(page);
    await notebookPage.screenshot(page, base + '-run.png');
    result.pageErrors = page.pageErrors;
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
  const browser = await puppeteer.launch({executablePath: options.chromium, headless: true, args: CHROMIUM_FLAGS});
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
