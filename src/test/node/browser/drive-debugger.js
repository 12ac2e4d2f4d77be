'use strict';
// Drives JupyterLab 4.6's debugger panel over a Tablebook kernel in headless Chromium, and writes what it saw as
// JSON; DebuggerLabIT judges it. The notebook's cells run, the debugger is switched on from the notebook's toolbar
// (its bug button), and the panel's variable list is read: each variable's name and the detail Lab shows (the value of
// a number, the type of anything else). Then a Table is opened as the list's "Render variable" button opens it, which
// asks the kernel for its rich view,
// and the rendered table's cells are read. Every wait is for a condition in the page, none a fixed sleep.
//
//   node drive-debugger.js --chromium PATH --url URL --token T --out DIR --report FILE --notebook PATH --table NAME

const fs = require('fs');
const path = require('path');
const chromium = require('./chromium');
const labPage = require('./lab-page');

const TIMEOUT_MS = 120000;

async function until(page, what, fn, ...args) {
  await labPage.waitFor(page, what, TIMEOUT_MS, fn, ...args);
}

/** The variable list as the panel shows it: name and detail of each row. */
async function variables(page) {
  return page.evaluate(() => [...document.querySelectorAll('.jp-DebuggerVariables-body .jp-DebuggerVariables-name')]
    .map(name => {
      const row = name.parentElement;
      const detail = row.querySelector('.jp-DebuggerVariables-detail');
      return {name: name.textContent.trim(), detail: detail ? detail.textContent.trim() : null};
    }));
}

async function main() {
  const options = chromium.parse(process.argv.slice(2), ['chromium', 'url', 'token', 'out', 'report', 'notebook', 'table']);
  fs.mkdirSync(options.out, {recursive: true});
  const browser = await chromium.launch(options.chromium);
  const report = {};
  let page;
  try {
    page = await labPage.open(browser, options.url, options.token, options.notebook, 'lab', TIMEOUT_MS);
    await labPage.command(page, 'notebook:run-all-cells', {}, 'run all', TIMEOUT_MS);
    await until(page, 'the debugger button in the notebook toolbar', () =>
      document.querySelector('.jp-DebuggerBugButton') !== null);
    report.buttonEnabled = await page.evaluate(() => !document.querySelector('.jp-DebuggerBugButton').disabled);
    await page.click('.jp-DebuggerBugButton');
    await page.evaluate(() => window.jupyterapp.shell.activateById('jp-debugger-sidebar'));
    await until(page, `the variable ${options.table} listed in the debugger panel`, table =>
      [...document.querySelectorAll('.jp-DebuggerVariables-body .jp-DebuggerVariables-name')]
        .some(name => name.textContent.trim() === table), options.table);
    report.variables = await variables(page);

    await page.setViewport({width: 1280, height: 900});
    await page.screenshot({path: path.join(options.out, 'debugger-variables.png')});
    // What the row's "Render variable" button (shown on hover) runs: Lab asks the kernel for richInspectVariables.
    await page.evaluate(table => {
      window.tablebookRendered = window.jupyterapp.commands.execute('debugger:render-mime-variable', {name: table})
        .then(() => 'done', error => 'failed: ' + error);
    }, options.table);
    await until(page, `the rich view of ${options.table}`, table =>
      [...document.querySelectorAll(`[id^="jp-debugger-variable-mime-${table}"]`)].some(panel => panel.querySelector('table')),
      options.table);
    report.rendered = await page.evaluate(table => {
      const panel = [...document.querySelectorAll(`[id^="jp-debugger-variable-mime-${table}"]`)].find(p => p.querySelector('table'));
      return [...panel.querySelectorAll('table tr')].map(row => [...row.querySelectorAll('th, td')].map(cell => cell.innerText.trim()));
    }, options.table);
    await page.screenshot({path: path.join(options.out, 'debugger-rendered.png')});
    report.pageErrors = page.pageErrors;
  } catch (error) {
    report.failed = error.message;
    if (page) {
      await page.screenshot({path: path.join(options.out, 'debugger-failed.png')}).catch(() => {});
    }
  } finally {
    if (page) {
      await labPage.close(page);
    }
    await browser.close();
  }
  fs.writeFileSync(options.report, JSON.stringify(report, null, 2));
}

main().catch(error => {
  console.error(error.stack || error.message);
  process.exit(2);
});
