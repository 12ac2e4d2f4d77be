'use strict';
// The interactive parts of JupyterLab, in a scratch notebook: Java highlighting, a progress bar updated in
// place, Markdown and %%html outputs, an input box, interrupting a tight loop from the toolbar, Tab
// completion, the Shift-Tab tooltip and restarting the kernel.

const {waitFor, kernelIdle, command, figuresDrawn, screenshot} = require('./lab-page');

/** Puts code into a fresh cell at the end, in edit mode with the cursor after its last character; returns its index. */
async function newCell(page, code) {
  const index = await page.evaluate(code => {
    const notebook = window.jupyterapp.shell.currentWidget.content;
    let index = notebook.widgets.length - 1;
    notebook.activeCellIndex = index;
    if (notebook.activeCell.model.sharedModel.getSource() !== '') {
      window.jupyterapp.commands.execute('notebook:insert-cell-below');
      index += 1;
    }
    const cell = notebook.widgets[index];
    cell.model.sharedModel.setSource(code);
    notebook.activeCellIndex = index;
    notebook.mode = 'edit';
    return index;
  }, code);
  await waitFor(page, 'the new cell has its editor', 10000, index =>
    window.jupyterapp.shell.currentWidget.content.widgets[index].editor !== null, index);
  await page.evaluate(index => {
    const editor = window.jupyterapp.shell.currentWidget.content.widgets[index].editor;
    editor.focus();
    editor.setCursorPosition(editor.getPositionAt(editor.model.sharedModel.getSource().length));
  }, index);
  return index;
}

async function chord(page, modifier, key) {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

/** Waits until cell INDEX has an execution count and the kernel is idle. */
async function finished(page, index, what, timeoutMs) {
  await waitFor(page, what, timeoutMs, index => {
    const panel = window.jupyterapp.shell.currentWidget;
    const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
    return typeof panel.content.widgets[index].model.executionCount === 'number' && kernel && kernel.status === 'idle';
  }, index);
}

/** The text and the renderers of cell INDEX's outputs. */
async function shown(page, index) {
  return page.evaluate(index => {
    const area = window.jupyterapp.shell.currentWidget.content.widgets[index].outputArea.node;
    return {text: area.innerText, renderers: [...area.querySelectorAll('.jp-OutputArea-output')]
      .map(node => [...node.classList].filter(name => name.startsWith('jp-Rendered')).join(' '))};
  }, index);
}

/** Types code into a new cell, runs it with Shift-Enter and waits for its execution count and an idle kernel. */
async function run(page, code, timeoutMs) {
  const index = await newCell(page, code);
  await chord(page, 'Shift', 'Enter');
  await finished(page, index, `the cell ${JSON.stringify(code)} ran`, timeoutMs);
  return {index, ...(await shown(page, index))};
}

/** The colours CodeMirror gives the words of a Java cell: keywords must differ from plain names. */
async function highlighting(page) {
  const index = await newCell(page, 'public static int twice(int x) { return 2 * x; } // doubled\nString s = "text";');
  await page.keyboard.press('Escape');
  return page.evaluate(index => {
    const cell = window.jupyterapp.shell.currentWidget.content.widgets[index];
    const spans = [...cell.node.querySelectorAll('.cm-content .cm-line span')];
    const tokens = spans.filter(span => span.children.length === 0).map(span => ({
      text: span.textContent, classes: span.className, color: getComputedStyle(span).color}));
    const lineColor = getComputedStyle(cell.node.querySelector('.cm-content .cm-line')).color;
    return {mimeType: cell.model.mimeType, lineColor, tokens};
  }, index);
}

/** A progress bar of five steps: one display, redrawn in place, that ends at 5/5. */
async function progress(page, timeoutMs) {
  const index = await newCell(page, 'try (Progress p = Progress.of(5, "steps")) {\n'
    + '  for (int i = 0; i < 5; i++) { Thread.sleep(250); p.step(); }\n}');
  await page.evaluate(index => {
    const area = window.jupyterapp.shell.currentWidget.content.widgets[index].outputArea.node;
    window.tablebookProgress = [];
    new MutationObserver(() => {
      const bar = area.querySelector('.tablebook-progress');
      const text = bar ? bar.innerText.split(' · ')[0] : null;
      if (text && window.tablebookProgress[window.tablebookProgress.length - 1] !== text) {
        window.tablebookProgress.push(text);
      }
    }).observe(area, {childList: true, subtree: true, characterData: true});
  }, index);
  await chord(page, 'Shift', 'Enter');
  await finished(page, index, 'the progress cell ran', timeoutMs);
  return page.evaluate(index => {
    const area = window.jupyterapp.shell.currentWidget.content.widgets[index].outputArea.node;
    const bars = [...area.querySelectorAll('.tablebook-progress')];
    return {bars: bars.length, states: window.tablebookProgress, last: bars.length ? bars[bars.length - 1].innerText : null,
      barWidth: bars.length ? (bars[0].querySelector('span[style*="width:"] span') || {style: {}}).style.width : null};
  }, index);
}

async function markdownAndHtml(page, timeoutMs) {
  const markdown = await run(page, '%%markdown\n## A heading\n\nSome *emphasis*.', timeoutMs);
  const markdownDrawn = await page.evaluate(index => {
    const area = window.jupyterapp.shell.currentWidget.content.widgets[index].outputArea.node;
    return {h2: (area.querySelector('h2') || {}).textContent || null, em: (area.querySelector('em') || {}).textContent || null};
  }, markdown.index);
  const html = await run(page, '%%html\n<p id="tablebook-html">made in <b>HTML</b></p>', timeoutMs);
  const htmlDrawn = await page.evaluate(index => {
    const area = window.jupyterapp.shell.currentWidget.content.widgets[index].outputArea.node;
    const p = area.querySelector('p#tablebook-html');
    return {bold: p && p.querySelector('b') ? p.querySelector('b').textContent : null};
  }, html.index);
  return {markdown: {...markdown, ...markdownDrawn}, html: {...html, ...htmlDrawn}};
}

async function input(page, line, timeoutMs) {
  const index = await newCell(page, 'new java.util.Scanner(System.in).nextLine()');
  await chord(page, 'Shift', 'Enter');
  await page.waitForSelector('.jp-Stdin-input', {visible: true, timeout: timeoutMs});
  const prompt = await page.evaluate(() => document.querySelector('.jp-Stdin-input').closest('.jp-Stdin').innerText);
  await page.focus('.jp-Stdin-input');
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await finished(page, index, 'the cell reading System.in ran', timeoutMs);
  return {prompt, ...(await shown(page, index))};
}

async function interrupt(page, timeoutMs) {
  const loop = await newCell(page, 'System.out.println("looping");\nwhile (true) {}');
  await chord(page, 'Shift', 'Enter');
  await waitFor(page, 'the loop printed and the kernel is busy', timeoutMs, index => {
    const panel = window.jupyterapp.shell.currentWidget;
    return panel.content.widgets[index].outputArea.node.innerText.includes('looping')
      && panel.sessionContext.session.kernel.status === 'busy';
  }, loop);
  const button = await page.evaluateHandle(() =>
    window.jupyterapp.shell.currentWidget.toolbar.node.querySelector('[data-command="notebook:interrupt-kernel"]'));
  await button.click();
  await finished(page, loop, 'the loop stopped after the interrupt button', timeoutMs);
  const loopShown = await shown(page, loop);
  const next = await run(page, '6 * 7', timeoutMs);
  return {loopShown: loopShown.text, nextShown: next.text};
}

/**
 * Tab after "myVar" (a variable a cell defined before): the completer lists it, or its one candidate is inserted.
 * Lab drops a completion reply that takes over a second, and the kernel's first one takes about two (JShell warms
 * up its analysis), so Tab is pressed again, up to three times, when nothing shows within five seconds.
 */
async function completion(page, timeoutMs) {
  await run(page, 'String myVariable = "x";', timeoutMs);
  const index = await newCell(page, '');
  await page.keyboard.type('myVar');
  let presses = 0;
  for (;;) {
    await page.keyboard.press('Tab');
    presses += 1;
    try {
      await waitFor(page, 'Tab completion of myVar', presses < 3 ? 5000 : timeoutMs, index =>
        document.querySelector('.jp-Completer .jp-Completer-item') !== null
          || window.jupyterapp.shell.currentWidget.content.widgets[index].model.sharedModel.getSource() !== 'myVar', index);
      break;
    } catch (error) {
      if (presses >= 3) {
        throw error;
      }
    }
  }
  const result = await page.evaluate(index => ({
    listed: [...document.querySelectorAll('.jp-Completer .jp-Completer-item .jp-Completer-match')].map(item => item.textContent),
    text: window.jupyterapp.shell.currentWidget.content.widgets[index].model.sharedModel.getSource(),
  }), index);
  await page.keyboard.press('Escape');
  return {...result, presses};
}

async function tooltip(page, timeoutMs) {
  await run(page, 'Table t = Table.create("t");', timeoutMs);
  await newCell(page, 't.column(');
  await chord(page, 'Shift', 'Tab');
  await waitFor(page, 'the Shift-Tab tooltip of t.column(', timeoutMs, () => {
    const tip = document.querySelector('.jp-Tooltip');
    return tip !== null && tip.offsetHeight > 0 && tip.innerText.trim() !== '';
  });
  const text = await page.evaluate(() => document.querySelector('.jp-Tooltip').innerText);
  await page.keyboard.press('Escape');
  return {text};
}

/**
 * jsplot's Plot.show in a cell, twice with the same figure: both are drawn in the cell's output (Lab runs the HTML's
 * script, the cell having run here), with plotly.js from the kernelspec, and the words standing in for them are gone.
 */
async function plotShow(page, timeoutMs) {
  const {index} = await run(page, 'Figure shown = Histogram.create("Shown inline", '
    + 'Table.create("t", DoubleColumn.create("x", 1, 2, 2, 3)), "x");\nPlot.show(shown);\nPlot.show(shown);', timeoutMs);
  await figuresDrawn(page, 'Plot.show', timeoutMs);
  return page.evaluate(index => {
    const output = window.jupyterapp.shell.currentWidget.content.widgets[index].outputArea.node;
    return {drawn: output.querySelectorAll('.plot-container').length,
      titles: [...output.querySelectorAll('.gtitle')].map(title => title.textContent),
      text: output.innerText.includes('it draws when the notebook is trusted')};
  }, index);
}

/** Kernel → Restart Kernel (the dialog accepted): the kernel comes back idle, forgets variables and runs a cell. */
async function restart(page, timeoutMs) {
  await run(page, 'int beforeRestart = 1;', timeoutMs);
  await command(page, 'notebook:restart-kernel', {}, 'restart', timeoutMs);
  const after = await run(page, '"after restart " + (1 + 1)', timeoutMs);
  const forgotten = await run(page, 'beforeRestart', timeoutMs);
  return {after: after.text, forgotten: forgotten.text};
}

/** Runs every check in the open scratch page, a screenshot after each; a failing check is reported and the next still runs. */
async function check(page, base, timeoutMs) {
  const results = {};
  const steps = {
    highlighting: () => highlighting(page),
    progress: () => progress(page, timeoutMs),
    markdownAndHtml: () => markdownAndHtml(page, timeoutMs),
    input: () => input(page, 'typed in the browser', timeoutMs),
    interrupt: () => interrupt(page, timeoutMs),
    completion: () => completion(page, timeoutMs),
    tooltip: () => tooltip(page, timeoutMs),
    plotShow: () => plotShow(page, timeoutMs),
    restart: () => restart(page, timeoutMs),
  };
  for (const [name, step] of Object.entries(steps)) {
    const started = Date.now();
    try {
      results[name] = await step();
    } catch (error) {
      results[name] = {failed: error.message};
      // what the failed step left running must not fail the next ones
      await page.keyboard.press('Escape');
      await command(page, 'notebook:interrupt-kernel', {}, `after ${name}`, timeoutMs).catch(() => {});
    }
    await screenshot(page, `${base}-${name}.png`).catch(() => {});
    console.error(`scratch ${name}: ${Date.now() - started} ms`);
  }
  await waitFor(page, 'the scratch kernel idle at the end', timeoutMs, kernelIdle).catch(() => {});
  return results;
}

module.exports = {check};
