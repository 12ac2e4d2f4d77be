'use strict';
// Drives one running Jupyter server's JupyterLab (/lab) and Notebook 7 (/notebooks) in headless Chromium
// (puppeteer-core, Debian's chromium) and writes what it saw as JSON; JupyterLabBrowserIT starts the
// server and judges the JSON.
//
//   node drive-lab.js --chromium PATH --url http://127.0.0.1:PORT --token T --out DIR --report FILE
//        --scratch scratch.ipynb --notebook7 A.ipynb,B.ipynb NOTEBOOK.ipynb...

const fs = require('fs');
const path = require('path');
const chromium = require('./chromium');
const labPage = require('./lab-page');
const labScratch = require('./lab-scratch');

const TIMEOUT_MS = 120000;

function parse(argv) {
  const options = chromium.parse(argv, ['chromium', 'url', 'token', 'out', 'report', 'scratch', 'notebook7']);
  options.notebook7 = options.notebook7.split(',');
  return options;
}

/** Opened untrusted, then Restart Kernel and Run All: what the page showed each time, with a screenshot of each. */
async function notebook(browser, options, name, ui) {
  const base = path.join(options.out, `${ui}-${name.replace(/\.ipynb$/, '').replace(/\//g, '-')}`);
  const result = {name, ui};
  const page = await labPage.open(browser, options.url, options.token, name, ui, TIMEOUT_MS);
  try {
    await chromium.openedAndRun(labPage, page, name, base, result, TIMEOUT_MS);
  } finally {
    await labPage.close(page);
  }
  return result;
}

async function scratch(browser, options) {
  const page = await labPage.open(browser, options.url, options.token, options.scratch, 'lab', TIMEOUT_MS);
  try {
    const result = await labScratch.check(page, path.join(options.out, 'lab-scratch'), TIMEOUT_MS);
    result.pageErrors = page.pageErrors;
    return result;
  } finally {
    await labPage.close(page);
  }
}

/** Each output's renderer, "notebook cell renderer" a line, for the charts seen opened and after the run. */
function renderers(report) {
  const lines = [];
  for (const seen of report.notebooks) {
    for (const when of ['opened', 'run']) {
      for (const output of (seen[when] || {}).outputs || []) {
        if (output.chart) {
          lines.push(`${seen.ui}:${seen.name}:${when} ${output.cell} ${output.renderer || 'none'}`);
        }
      }
    }
  }
  return lines.join('\n') + '\n';
}

async function main() {
  const options = parse(process.argv.slice(2));
  fs.mkdirSync(options.out, {recursive: true});
  const browser = await chromium.launch(options.chromium);
  const report = {notebooks: []};
  try {
    const runs = options.notebooks.map(name => [name, 'lab']).concat(options.notebook7.map(name => [name, 'notebook7']));
    for (const [name, ui] of runs) {
      const started = Date.now();
      try {
        report.notebooks.push(await notebook(browser, options, name, ui));
      } catch (error) {
        report.notebooks.push({name, ui, failed: error.message});
      }
      console.error(`${ui} ${name}: ${Date.now() - started} ms`);
    }
    report.scratch = await scratch(browser, options).catch(error => ({failed: error.message}));
  } finally {
    await browser.close();
  }
  fs.writeFileSync(options.report, JSON.stringify(report, null, 2));
  fs.writeFileSync(path.join(options.out, 'renderers.txt'), renderers(report));
}

main().catch(error => {
  console.error(error.stack || error.message);
  process.exit(2);
});
