'use strict';
// What drive-notebooks.js and drive-lab.js share: their command line, Chromium's launch and a new page that
// collects the page's JavaScript errors.

const puppeteer = require('puppeteer-core');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** "--name value" pairs into options.name, other arguments into options.notebooks; every one of REQUIRED must be given. */
function parse(argv, required) {
  const options = {notebooks: []};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) {
      options[argv[i].slice(2)] = argv[++i];
    } else {
      options.notebooks.push(argv[i]);
    }
  }
  for (const name of required) {
    if (!options[name]) {
      throw new Error(`--${name} is missing`);
    }
  }
  return options;
}

/** Debian's chromium at PATH, headless, with nothing of its own going on the network. */
function launch(path) {
  return puppeteer.launch({executablePath: path, headless: true, args: FLAGS});
}

/**
 * A page 1280 by 900 whose JavaScript errors go into its array page.pageErrors, each as record(error) gives it (null
 * leaves it out).
 */
async function newPage(browser, record) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  const errors = [];
  page.on('pageerror', error => {
    const message = record(error);
    if (message !== null) {
      errors.push(message);
    }
  });
  page.pageErrors = errors;
  return page;
}

/**
 * Opened untrusted (as PAGE is), then Restart and Run All: what PAGES (notebook-page.js or lab-page.js) read each time,
 * with a screenshot of each, BASE-opened.png and BASE-run.png, and the page's JavaScript errors, put into RESULT.
 */
async function openedAndRun(pages, page, name, base, result, timeoutMs) {
  result.opened = await pages.facts(page);
  await pages.screenshot(page, base + '-opened.png');
  await pages.restartAndRunAll(page, name, timeoutMs);
  result.run = await pages.facts(page);
  await pages.screenshot(page, base + '-run.png');
  result.pageErrors = page.pageErrors;
  return result;
}

module.exports = {parse, launch, newPage, openedAndRun};
