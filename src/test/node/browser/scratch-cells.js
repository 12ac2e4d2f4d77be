'use strict';
// The interactive parts of the front end, in a scratch notebook: interrupting a tight loop with the
// toolbar button, answering an input box, Tab completion, the Shift-Tab tooltip and jsplot's Plot.show.

const {waitFor} = require('./notebook-page');

/** Puts code into a fresh cell at the end, with the cursor after its last character; returns the cell's index. */
async function newCell(page, code) {
  return page.evaluate(code => {
    const notebook = Jupyter.notebook;
    let index = notebook.ncells() - 1;
    if (notebook.get_cell(index).get_text() !== '') {
      notebook.insert_cell_below('code', index);
      index += 1;
    }
    notebook.select(index);
    const cell = notebook.get_cell(index);
    cell.set_text(code);
    notebook.edit_mode();
    const editor = cell.code_mirror;
    editor.focus();
    editor.setCursor(editor.lastLine(), editor.getLine(editor.lastLine()).length);
    return index;
  }, code);
}

async function chord(page, modifier, key) {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

async function finished(page, index, what, timeoutMs) {
  await waitFor(page, what, timeoutMs, index =>
    window.tablebookFinished.includes(Jupyter.notebook.get_cell(index))
      && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null, index);
}

/** The text the cell's output area shows. */
async function shown(page, index) {
  return page.evaluate(index => Jupyter.notebook.get_cell(index).output_area.element[0].innerText, index);
}

/** Types code into a new cell, runs it with Shift-Enter and waits for its reply and an idle kernel. */
async function run(page, code, timeoutMs) {
  const index = await newCell(page, code);
  await chord(page, 'Shift', 'Enter');
  await finished(page, index, `the cell ${JSON.stringify(code)} ran`, timeoutMs);
  return {index, shown: await shown(page, index)};
}

async function interrupt(page, timeoutMs) {
  const loop = await newCell(page, 'System.out.println("looping");\nwhile (true) {}');
  await chord(page, 'Shift', 'Enter');
  await waitFor(page, 'the loop printed and the kernel is busy', timeoutMs, index =>
    Jupyter.notebook.get_cell(index).output_area.element[0].innerText.includes('looping')
      && document.querySelector('#kernel_indicator_icon.kernel_busy_icon') !== null, loop);
  await page.click('button[data-jupyter-action="jupyter-notebook:interrupt-kernel"]');
  await finished(page, loop, 'the loop stopped after the interrupt button', timeoutMs);
  const loopShown = await shown(page, loop);
  const next = await run(page, '6 * 7', timeoutMs);
  return {loopShown, nextShown: next.shown};
}

async function input(page, line, timeoutMs) {
  const index = await newCell(page, 'new java.util.Scanner(System.in).nextLine()');
  await chord(page, 'Shift', 'Enter');
  await page.waitForSelector('input.raw_input', {visible: true, timeout: timeoutMs});
  await page.type('input.raw_input', line);
  await page.keyboard.press('Enter');
  await finished(page, index, 'the cell reading System.in ran', timeoutMs);
  return {shown: await shown(page, index)};
}

async function completion(page, timeoutMs) {
  await run(page, 'String myVariable = "x";', timeoutMs);
  const index = await newCell(page, '');
  await page.keyboard.type('myVar');
  await page.keyboard.press('Tab');
  // one candidate is inserted at once; several are listed in the completer's select box
  await waitFor(page, 'Tab completion of myVar', timeoutMs, index =>
    document.querySelector('.completions select option') !== null
      || Jupyter.notebook.get_cell(index).get_text() !== 'myVar', index);
  const result = await page.evaluate(index => ({
    listed: [...document.querySelectorAll('.completions select option')].map(option => option.textContent),
    text: Jupyter.notebook.get_cell(index).get_text(),
  }), index);
  await page.keyboard.press('Escape');
  return result;
}

async function tooltip(page, timeoutMs) {
  await run(page, 'Table t = Table.create("t");', timeoutMs);
  await newCell(page, 't.column(');
  await chord(page, 'Shift', 'Tab');
  await waitFor(page, 'the Shift-Tab tooltip of t.column(', timeoutMs, () => {
    const tip = document.querySelector('#tooltip');
    return tip !== null && tip.offsetHeight > 0 && tip.querySelector('.tooltiptext').innerText.trim() !== '';
  });
  return {text: await page.evaluate(() => document.querySelector('#tooltip .tooltiptext').innerText)};
}

/**
 * jsplot's Plot.show in a cell, twice with the same figure: both are drawn in the cell's output, with
 * plotly.js from the kernelspec.
 */
async function plotShow(page, timeoutMs) {
  const {index} = await run(page, 'Figure shown = Histogram.create("Shown inline", '
    + 'Table.create("t", DoubleColumn.create("x", 1, 2, 2, 3)), "x");\nPlot.show(shown);\nPlot.show(shown);', timeoutMs);
  await waitFor(page, 'both figures Plot.show showed are drawn', timeoutMs, index =>
    Jupyter.notebook.get_cell(index).output_area.element[0].querySelectorAll('.plot-container').length >= 2, index);
  return page.evaluate(index => {
    const output = Jupyter.notebook.get_cell(index).output_area.element[0];
    return {drawn: output.querySelectorAll('.plot-container').length,
      titles: Array.from(output.querySelectorAll('.gtitle')).map(title => title.textContent),
      text: output.innerText.indexOf('it draws when the notebook is trusted') >= 0};
  }, index);
}

/** Runs every interactive check in the open scratch page; a failing check is reported and the next one still runs. */
async function check(page, timeoutMs) {
  await page.evaluate(() => {
    window.tablebookFinished = [];
    Jupyter.notebook.events.on('finished_execute.CodeCell', (event, data) => window.tablebookFinished.push(data.cell));
  });
  const results = {};
  const steps = {
    interrupt: () => interrupt(page, timeoutMs),
    input: () => input(page, 'typed in the browser', timeoutMs),
    completion: () => completion(page, timeoutMs),
    tooltip: () => tooltip(page, timeoutMs),
    plotShow: () => plotShow(page, timeoutMs),
  };
  for (const [name, step] of Object.entries(steps)) {
    try {
      results[name] = await step();
    } catch (error) {
      results[name] = {failed: error.message};
    }
  }
  return results;
}

module.exports = {check};
