'use strict';
// One classic Jupyter Notebook page in the browser: open it, wait for its kernel, read what it draws,
// Restart & Run All through the Kernel menu, and screenshot it. Every wait is for a condition in the
// page (the kernel indicator, execution counts, a selector); none is a fixed sleep.

const chromium = require('./chromium');

const CHART_TYPES = ['application/vnd.plotly.v1+json', 'image/svg+xml', 'image/png'];

/** Waits for fn(...args) to be true in the page; on timeout, says what it waited for and the kernel's state. */
async function waitFor(page, what, timeoutMs, fn, ...args) {
  try {
    await page.waitForFunction(fn, {timeout: timeoutMs, polling: 'raf'}, ...args);
  } catch (error) {
    const state = await page.evaluate(() => {
      const icon = document.querySelector('#kernel_indicator_icon');
      return icon ? icon.className + ' ' + icon.title : 'no kernel indicator';
    }).catch(e => 'page unreadable: ' + e.message);
    throw new Error(`${what}: not seen within ${timeoutMs} ms (kernel indicator: ${state}); ${error.message}`);
  }
}

/** Opens notebooks/NAME as a reader does (no trust given) and waits until its kernel is connected and idle. */
async function open(browser, baseUrl, token, name, timeoutMs) {
  const page = await chromium.newPage(browser, error => error.message);
  await page.goto(`${baseUrl}/notebooks/${encodeURIComponent(name)}?token=${token}`, {waitUntil: 'load'});
  await waitFor(page, `${name}: the notebook loaded and its kernel idle`, timeoutMs, () =>
    window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded && Jupyter.notebook.kernel
      && Jupyter.notebook.kernel.is_connected()
      && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null);
  return page;
}

/** What the page shows: trust, the kernel as the UI names it, and every output with what the browser drew for it. */
async function facts(page) {
  return page.evaluate(chartTypes => {
    const visible = element => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const text = value => Array.isArray(value) ? value.join('') : (value || '');
    const outputs = [];
    const prompts = [];
    Jupyter.notebook.get_cells().forEach((cell, index) => {
      if (cell.cell_type !== 'code') {
        return;
      }
      prompts.push({cell: index, prompt: cell.input_prompt_number === undefined ? null : cell.input_prompt_number,
        empty: cell.get_text().trim() === ''});
      const areas = cell.output_area.element[0].querySelectorAll(':scope > .output_area');
      cell.output_area.outputs.forEach((output, i) => {
        const area = areas[i];
        const mimeTypes = Object.keys(output.data || {});
        const drawn = area ? [...area.querySelectorAll('.output_subarea img, .output_subarea svg, .output_subarea .js-plotly-plot')] : [];
        outputs.push({
          cell: index,
          outputType: output.output_type,
          mimeTypes,
          chart: mimeTypes.some(type => chartTypes.includes(type)),
          table: /<table[\s>]/.test(text((output.data || {})['text/html'])),
          chartsDrawn: drawn.filter(visible).length,
          tablesDrawn: area ? [...area.querySelectorAll('table')].filter(visible).length : 0,
          markdown: mimeTypes.includes('text/markdown'),
          // rendered, not shown as source: as Markdown, or as the HTML copy a Markdown display carries
          markdownDrawn: area ? area.querySelectorAll('.output_markdown, .output_html').length : 0,
          error: area ? area.querySelector('.output_error') !== null : false,
          shown: area ? area.innerText.slice(0, 400) : null,
        });
      });
    });
    // inline SVGs share one document: an id used twice makes url(#id) in the later chart point at the earlier one
    const seen = new Map();
    document.querySelectorAll('.output_subarea [id]').forEach(element => seen.set(element.id, (seen.get(element.id) || 0) + 1));
    const spec = Jupyter.notebook.metadata.kernelspec || {};
    const indicator = document.querySelector('.kernel_indicator_name');
    return {
      trusted: Jupyter.notebook.trusted,
      kernelIndicator: indicator ? indicator.textContent.trim() : null,
      kernelspec: {name: spec.name, displayName: spec.display_name, language: spec.language},
      languageInfo: (Jupyter.notebook.metadata.language_info || {}).name || null,
      errorsShown: document.querySelectorAll('.output_error').length,
      duplicateIds: [...seen].filter(([, count]) => count > 1).map(([id]) => id).slice(0, 10),
      prompts,
      outputs,
    };
  }, CHART_TYPES);
}

/** Kernel → Restart & Run All through the menu and its confirmation dialog; waits until every code cell has run. */
async function restartAndRunAll(page, name, timeoutMs) {
  await page.evaluate(() => {
    window.tablebookFinished = [];
    Jupyter.notebook.events.on('finished_execute.CodeCell', (event, data) => window.tablebookFinished.push(data.cell));
  });
  await page.click('#kernellink');
  await page.waitForSelector('#restart_run_all', {visible: true});
  await page.click('#restart_run_all');
  const confirm = '.modal-dialog .modal-footer button.btn-danger';
  await page.waitForSelector(confirm, {visible: true});
  await page.click(confirm);
  await waitFor(page, `${name}: every code cell ran after Restart & Run All and the kernel is idle`, timeoutMs, () => {
    const idle = document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
    const code = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code' && c.get_text().trim() !== '');
    const ran = code.every(c => window.tablebookFinished.includes(c) && typeof c.input_prompt_number === 'number');
    // a failing cell stops the run: the failure is then what the test reports
    return idle && (ran || document.querySelector('.output_error') !== null);
  });
}

/** A screenshot of the whole notebook (it scrolls inside #site, so the viewport grows to fit it first). */
async function screenshot(page, file) {
  const height = await page.evaluate(() => {
    const header = document.querySelector('#header');
    const notebook = document.querySelector('#notebook');
    return (header ? header.offsetHeight : 0) + (notebook ? notebook.scrollHeight : 0) + 40;
  });
  await page.setViewport({width: 1280, height: Math.min(Math.max(height, 900), 16000)});
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({path: file});
  await page.setViewport({width: 1280, height: 900});
}

module.exports = {waitFor, open, facts, restartAndRunAll, screenshot};
