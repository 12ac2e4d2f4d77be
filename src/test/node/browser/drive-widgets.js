'use strict';
// Drives the widgets of one notebook in JupyterLab 4.6 with ipywidgets' own front end (jupyterlab_widgets) in
// headless Chromium, and writes what it saw as JSON; WidgetsLabIT judges it. The notebook (the guide's widget
// page, committed after `tablebook run`) is opened trusted, so Lab restores the widgets from the state the run
// saved; then Restart Kernel and Run All makes them live, and the user's moves follow: a slider dragged by
// keyboard (a Java observer rewrites a label), a drop-down of an interact (the chart is redrawn), and the
// grid sorted, filtered and paged. Every wait is for a condition in the page, none a fixed sleep.
//
//   node drive-widgets.js --chromium PATH --url URL --token T --out DIR --report FILE --notebook PATH --sort COLUMN
//        --filter TEXT --metric LABEL

const fs = require('fs');
const path = require('path');
const chromium = require('./chromium');
const labPage = require('./lab-page');

const TIMEOUT_MS = 120000;

/** What the widgets show now: the texts a reader sees, and how many views are drawn, disconnected or broken. */
async function seen(page) {
  return page.evaluate(() => {
    const root = window.jupyterapp.shell.currentWidget.content.node;
    const text = selector => [...root.querySelectorAll(selector)].map(node => node.textContent.trim());
    const firstRow = [...root.querySelectorAll('.tablebook-grid.guide-big .widget-html-content tbody tr')][0];
    return {
      views: root.querySelectorAll('.jupyter-widgets').length,
      disconnected: root.querySelectorAll('.jupyter-widgets-disconnected').length,
      broken: [...root.querySelectorAll('.jp-OutputArea-output')].map(node => node.innerText)
        .filter(t => t.includes('Error displaying widget') || t.includes('Loading widget')),
      readouts: text('.guide-year .widget-readout'),
      labels: text('.guide-year > .widget-label'),
      interactImage: [...root.querySelectorAll('.guide-interact .widget-output .jp-RenderedVegaLite canvas')]
        .map(canvas => canvas.toDataURL()).join(' '),
      interactCharts: root.querySelectorAll('.guide-interact .widget-output .jp-RenderedVegaLite').length,
      position: text('.tablebook-grid.guide-big .tablebook-grid-position'),
      footer: text('.tablebook-grid.guide-big .widget-html-content tfoot'),
      status: text('.tablebook-grid.guide-big .tablebook-grid-status'),
      firstRow: firstRow ? [...firstRow.querySelectorAll('td')].map(td => td.innerText.trim()) : [],
    };
  });
}

async function until(page, what, fn, ...args) {
  await labPage.waitFor(page, what, TIMEOUT_MS, fn, ...args);
}

async function main() {
  const options = chromium.parse(process.argv.slice(2), ['chromium', 'url', 'token', 'out', 'report', 'notebook', 'sort',
    'filter', 'metric']);
  fs.mkdirSync(options.out, {recursive: true});
  const browser = await chromium.launch(options.chromium);
  const report = {};
  const shot = name => labPage.screenshot(page, path.join(options.out, `widgets-${name}.png`));
  let page;
  try {
    page = await labPage.open(browser, options.url, options.token, options.notebook, 'lab', TIMEOUT_MS);
    await until(page, 'the saved widgets restored', () =>
      window.jupyterapp.shell.currentWidget.content.node.querySelectorAll('.guide-year > .widget-label').length > 0);
    report.opened = await seen(page);
    await shot('opened');

    await labPage.restartAndRunAll(page, options.notebook, TIMEOUT_MS);
    await until(page, 'the live grid drawn', () =>
      window.jupyterapp.shell.currentWidget.content.node.querySelector('.tablebook-grid.guide-big .widget-html-content tbody tr') !== null);
    report.run = await seen(page);

    // A slider moved as a user moves it: focus its handle, two presses of the left arrow.
    // The label follows the readout once the observer has seen the last move.
    await page.focus('.guide-year .noUi-handle');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await until(page, 'the Java observer rewrote the label for the year the slider shows', () => {
      const readout = document.querySelector('.guide-year .widget-readout');
      const label = document.querySelector('.guide-year > .widget-label');
      return readout && label && readout.textContent.trim() !== '2023'
        && label.textContent.trim().startsWith(readout.textContent.trim() + ':');
    });
    report.slider = await seen(page);

    // The interact's drop-down: another series, and the chart in its output is drawn again, differently (Lab's
    // Vega-Lite renderer draws on a canvas: its pixels are what changes).
    const chartBefore = (await seen(page)).interactImage;
    await page.select('.guide-interact .widget-dropdown select', options.metric);
    await until(page, 'the interact redrew its chart', chartBefore => {
      const canvas = document.querySelector('.guide-interact .widget-output .jp-RenderedVegaLite canvas');
      return canvas !== null && canvas.toDataURL() !== chartBefore;
    }, chartBefore);
    report.interact = await seen(page);
    report.interact.redrawn = report.interact.interactImage !== chartBefore && chartBefore !== '';
    report.interact.selected = await page.$eval('.guide-interact .widget-dropdown select', select => select.value);
    delete report.run.interactImage;
    delete report.slider.interactImage;
    delete report.opened.interactImage;

    // The grid: sort by a column, descending; filter; next page.
    const selects = await page.$$('.tablebook-grid.guide-big .widget-dropdown select');
    const footer = async () => (await seen(page)).footer[0];
    let last = await footer();
    await selects[0].select(options.sort);
    await selects[1].select('descending');
    await until(page, 'the grid sorted', last => {
      const node = document.querySelector('.tablebook-grid.guide-big .tablebook-grid-status');
      return node && node.textContent.includes('descending');
    }, last);
    report.sorted = await seen(page);
    last = await footer();
    await page.click('.tablebook-grid.guide-big .widget-text input');
    await page.keyboard.type(options.filter);
    await page.keyboard.press('Enter');
    await until(page, 'the grid filtered', last => {
      const node = document.querySelector('.tablebook-grid.guide-big .widget-html-content tfoot');
      return node && node.textContent.trim() !== last;
    }, last);
    report.filtered = await seen(page);
    last = await footer();
    const next = await page.$$('.tablebook-grid.guide-big button');
    for (const button of next) {
      if ((await button.evaluate(b => b.innerText.trim())) === 'Next') {
        await button.click();
      }
    }
    await until(page, 'the grid paged', last => {
      const node = document.querySelector('.tablebook-grid.guide-big .widget-html-content tfoot');
      return node && node.textContent.trim() !== last;
    }, last);
    report.paged = await seen(page);
    for (const step of ['interact', 'sorted', 'filtered', 'paged']) {
      delete report[step].interactImage; // megabytes of pixels, compared above
    }
    await shot('driven');
    report.pageErrors = page.pageErrors;
  } catch (error) {
    report.failed = error.message;
    if (page) {
      await shot('failed').catch(() => {});
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
