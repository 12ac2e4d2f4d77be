'use strict';
// One notebook in JupyterLab 4 or Notebook 7 (both are JupyterLab's widgets; install-lab.sh exposes the
// app as window.jupyterapp): open it, wait for its kernel, read what each output was drawn with, Restart
// Kernel and Run All through the app's command, and screenshot it. Every wait is for a condition in the
// page (the kernel's status, a command's promise, a selector); none is a fixed sleep.

const chromium = require('./chromium');

const CHART_TYPES = ['application/vnd.plotly.v1+json', 'application/vnd.vegalite.v5+json', 'image/svg+xml', 'image/png'];

/** Page errors Notebook 7.6.3 throws on every load, a Python notebook's too: not the kernel's doing. */
const NOTEBOOK7_OWN_ERRORS = ["Cannot read properties of undefined (reading 'schema')",
  "Command 'filebrowser:open-path' not registered."];
/**
 * What the debugger of Lab 4.6 and Notebook 7 throws about its own requests when the kernel they were for is gone
 * (a restart drops the debugInfo it sent on the kernel's status change) or when the main area's widget has no
 * kernel (after "Render variable"): it rejects its own promise; the kernel got no message, or answered it.
 */
const DEBUGGER_OWN_ERRORS = ['Canceled future for debug_request message before replies were done',
  'A kernel is required to send debug messages.'];

/** Waits for fn(...args) to be true in the page; on timeout, says what it waited for and the kernel's status. */
async function waitFor(page, what, timeoutMs, fn, ...args) {
  try {
    await page.waitForFunction(fn, {timeout: timeoutMs, polling: 'raf'}, ...args);
  } catch (error) {
    const state = await page.evaluate(() => {
      const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
      const kernel = panel && panel.sessionContext && panel.sessionContext.session && panel.sessionContext.session.kernel;
      return kernel ? kernel.status : 'no kernel';
    }).catch(e => 'page unreadable: ' + e.message);
    throw new Error(`${what}: not seen within ${timeoutMs} ms (kernel: ${state}); ${error.message}`);
  }
}

/** True in the page when the current notebook's kernel is connected and idle. */
function kernelIdle() {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const kernel = panel && panel.sessionContext && panel.sessionContext.session && panel.sessionContext.session.kernel;
  return kernel !== null && kernel !== undefined && kernel.status === 'idle' && kernel.connectionStatus === 'connected';
}

/** Opens PATH (relative to the server's root) in 'lab' or 'notebook7' untrusted and waits for an idle kernel. */
async function open(browser, baseUrl, token, path, ui, timeoutMs) {
  const page = await chromium.newPage(browser, error => {
    const message = error.message.split('\n')[0];
    return ui === 'notebook7' && NOTEBOOK7_OWN_ERRORS.includes(message) || DEBUGGER_OWN_ERRORS.includes(message) ? null : message;
  });
  const route = ui === 'lab' ? 'lab/tree' : 'notebooks';
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  // ?reset: Lab would otherwise reopen every notebook an earlier page had open (and start their kernels)
  await page.goto(`${baseUrl}/${route}/${encoded}?${ui === 'lab' ? 'reset&' : ''}token=${token}`, {waitUntil: 'load'});
  await waitFor(page, `${path}: the notebook open in ${ui} and its kernel idle`, timeoutMs, path => {
    const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    const kernel = panel && panel.context && panel.context.path === path && panel.context.isReady
      && panel.sessionContext.session && panel.sessionContext.session.kernel;
    return Boolean(kernel) && kernel.status === 'idle' && kernel.connectionStatus === 'connected'
      && panel.content.widgets.length > 0;
  }, path);
  return page;
}

/** What the page shows: trust, the kernel as the UI names it, and every output with the renderer that drew it. */
async function facts(page) {
  return page.evaluate(chartTypes => {
    const visible = element => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const drawnImage = element => visible(element) && (element.tagName !== 'IMG' || (element.complete && element.naturalWidth > 0));
    const panel = window.jupyterapp.shell.currentWidget;
    const outputs = [];
    const prompts = [];
    panel.content.widgets.forEach((cell, index) => {
      if (cell.model.type !== 'code') {
        return;
      }
      prompts.push({cell: index, count: cell.model.executionCount, empty: cell.model.sharedModel.getSource().trim() === ''});
      cell.outputArea.widgets.forEach((child, i) => {
        const model = cell.model.outputs.get(i);
        const json = model.toJSON();
        const mimeTypes = Object.keys(json.data || {});
        const rendered = child.node.querySelector('.jp-OutputArea-output');
        const classes = rendered ? [...rendered.classList].filter(name => name.startsWith('jp-Rendered')) : [];
        const specific = classes.filter(name => !name.endsWith('Common'));
        const html = Array.isArray((json.data || {})['text/html']) ? json.data['text/html'].join('') : ((json.data || {})['text/html'] || '');
        outputs.push({
          cell: index,
          outputType: json.output_type,
          mimeTypes,
          renderer: (specific.length ? specific : classes).join(' '),
          chart: mimeTypes.some(type => chartTypes.includes(type)),
          table: /<table[\s>]/.test(html),
          chartsDrawn: rendered ? [...rendered.querySelectorAll('img, svg, canvas, .js-plotly-plot')].filter(drawnImage).length : 0,
          tablesDrawn: rendered ? [...rendered.querySelectorAll('table')].filter(visible).length : 0,
          markdown: mimeTypes.includes('text/markdown'),
          markdownDrawn: rendered ? rendered.matches('.jp-RenderedMarkdown, .jp-RenderedHTML') : false,
          error: json.output_type === 'error',
          shown: rendered ? rendered.innerText.slice(0, 400) : null,
        });
      });
    });
    const spec = panel.content.model.getMetadata('kernelspec') || {};
    const kernelName = document.querySelector('.jp-KernelName, .jp-Toolbar-kernelName');
    return {
      trusted: panel.content.model.cells.length > 0 && [...panel.content.model.cells].some(cell => cell.trusted),
      dirty: panel.context.model.dirty,
      kernelIndicator: kernelName ? kernelName.innerText.trim() : null,
      kernelspec: {name: spec.name, displayName: spec.display_name, language: spec.language},
      languageInfo: (panel.content.model.getMetadata('language_info') || {}).name || null,
      errorsShown: outputs.filter(output => output.error).length,
      prompts,
      outputs,
    };
  }, CHART_TYPES);
}

/** Runs a notebook command and waits for its promise; a dialog it opens (restart?) is accepted. */
async function command(page, id, args, what, timeoutMs) {
  await page.evaluate((id, args) => {
    window.tablebookCommand = 'running';
    window.jupyterapp.commands.execute(id, args).then(
      () => { window.tablebookCommand = 'done'; }, error => { window.tablebookCommand = 'failed: ' + error; });
  }, id, args || {});
  await waitFor(page, `${what}: a restart dialog or the end of ${id}`, timeoutMs, () =>
    window.tablebookCommand !== 'running' || document.querySelector('.jp-Dialog .jp-mod-accept') !== null);
  if (await page.$('.jp-Dialog .jp-mod-accept')) {
    await page.click('.jp-Dialog .jp-mod-accept');
  }
  await waitFor(page, `${what}: ${id} finished`, timeoutMs, () => window.tablebookCommand !== 'running');
  const outcome = await page.evaluate(() => window.tablebookCommand);
  if (outcome !== 'done') {
    throw new Error(`${what}: ${id} ${outcome}`);
  }
  await waitFor(page, `${what}: the kernel idle after ${id}`, timeoutMs, kernelIdle);
}

/**
 * Restart Kernel and Run All Cells. A failed cell stops Run All (the kernel aborts what was queued behind it);
 * where the committed notebook shows that error on purpose, the run goes on below it, as a reader would.
 */
async function restartAndRunAll(page, name, timeoutMs) {
  await command(page, 'notebook:restart-run-all', {}, name, timeoutMs);
  for (let start = 0; ;) {
    const next = await page.evaluate(start => {
      const cells = window.jupyterapp.shell.currentWidget.content.widgets;
      const failed = cells.findIndex((cell, i) => i >= start && cell.model.type === 'code'
        && [...Array(cell.model.outputs.length).keys()].some(j => cell.model.outputs.get(j).type === 'error'));
      return failed < 0 ? -1 : cells.findIndex((cell, i) => i > failed && cell.model.type === 'code');
    }, start);
    if (next < 0) {
      await figuresDrawn(page, name, timeoutMs);
      return;
    }
    await page.evaluate(index => { window.jupyterapp.shell.currentWidget.content.activeCellIndex = index; }, next);
    await command(page, 'notebook:run-all-below', {}, `${name} from cell ${next}`, timeoutMs);
    start = next;
  }
}

/**
 * Waits until every Plotly figure whose HTML script ran (FigureRenderer's, which marks its div data-taken) is drawn
 * or says why not: the script loads plotly.js, a few megabytes, after its cell has finished.
 */
async function figuresDrawn(page, what, timeoutMs) {
  await waitFor(page, `${what}: the Plotly figures drawn`, timeoutMs, () =>
    [...window.jupyterapp.shell.currentWidget.content.node.querySelectorAll('div[data-taken]')]
      .every(div => div.querySelector('.main-svg') !== null || div.textContent.startsWith('This figure needs plotly.js')));
}

/** Shuts the notebook's kernel down (one JVM at a time on the machine) and closes the page. */
async function close(page) {
  await page.evaluate(() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()).catch(() => {});
  await page.close();
}

/** A screenshot of the whole notebook: the viewport grows to the notebook's height (16000 px at most) first. */
async function screenshot(page, file) {
  const height = await page.evaluate(() => {
    const panel = window.jupyterapp.shell.currentWidget;
    const scroller = panel.content.node.querySelector('.jp-WindowedPanel-outer') || panel.content.node;
    return panel.node.getBoundingClientRect().top + scroller.scrollHeight + 80;
  });
  await page.setViewport({width: 1280, height: Math.min(Math.max(Math.ceil(height), 900), 16000)});
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({path: file});
  await page.setViewport({width: 1280, height: 900});
}

module.exports = {waitFor, kernelIdle, open, close, facts, command, restartAndRunAll, figuresDrawn, screenshot};
