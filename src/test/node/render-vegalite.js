// Compiles each Vega-Lite spec (*.vl.json) in a folder with vega-lite 5.6.1, the version JupyterLab 4
// bundles, runs it headless with vega's View and draws it as SVG, as VegaLiteRenderIT asks.
// Prints one JSON line per spec: its warnings and errors, and per mark (named <layer>_marks) how many
// items it holds and how many are drawn (finite positions; a line point that is defined; text that is
// not empty). Exits 1 when any spec has a warning or an error.
//
//   node render-vegalite.js <folder>
'use strict';

const fs = require('fs');
const path = require('path');
const vega = require('vega');
const vegaLite = require('vega-lite');

function collector(problems, where) {
  let level = vega.Warn;
  return {
    level(l) {
      if (l === undefined) return level;
      level = l;
      return this;
    },
    error(...args) { problems.push(where + ' error: ' + args.join(' ')); return this; },
    warn(...args) { problems.push(where + ' warning: ' + args.join(' ')); return this; },
    info() { return this; },
    debug() { return this; },
  };
}

const finite = (...values) => values.every((v) => typeof v === 'number' && Number.isFinite(v));

function drawn(marktype, item) {
  switch (marktype) {
    case 'rect': return finite(item.x, item.y, item.width, item.height);
    case 'line':
    case 'area': return item.defined !== false && finite(item.x, item.y);
    case 'rule': return finite(item.x, item.y, item.x2 ?? item.x, item.y2 ?? item.y);
    case 'arc': return finite(item.startAngle, item.endAngle, item.outerRadius);
    case 'text': {
      const text = Array.isArray(item.text) ? item.text.join('') : item.text;
      return finite(item.x, item.y) && text !== undefined && text !== null && String(text) !== '';
    }
    default: return finite(item.x, item.y);
  }
}

// Counts the items of every named mark (the spec's layers) below a scenegraph node, summing marks of the same name
// (one per series), and the text items drawn over their own point.
function count(node, marks) {
  if (!node || !node.items) return;
  if (node.marktype === 'group') {
    node.items.forEach((group) => (group.items || []).forEach((mark) => count(mark, marks)));
    return;
  }
  if (!node.name) return; // axes and legends
  const entry = marks[node.name] || (marks[node.name] = { marktype: node.marktype, items: 0, drawn: 0, runsOverItsPoint: 0 });
  node.items.forEach((item) => {
    entry.items++;
    if (drawn(node.marktype, item)) entry.drawn++;
    // Text meant to end above its point (baseline bottom) whose drawn box reaches below the point: lines
    // of a list run downwards from the first, so a label of several lines would cover its point.
    if (node.marktype === 'text' && item.baseline === 'bottom' && item.bounds && item.bounds.y2 > item.y + 0.5) {
      entry.runsOverItsPoint++;
    }
  });
}

async function render(file) {
  const problems = [];
  const spec = JSON.parse(fs.readFileSync(file, 'utf8'));
  const compiled = vegaLite.compile(spec, { logger: collector(problems, 'vega-lite') });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', logger: collector(problems, 'vega') });
  await view.runAsync();
  const svg = await view.toSVG();
  const marks = {};
  count(view.scenegraph().root, marks);
  const result = { file: path.basename(file), problems, width: view.width(), height: view.height(), svgBytes: svg.length, marks };
  view.finalize();
  return result;
}

async function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node render-vegalite.js <folder of *.vl.json>');
    process.exit(2);
  }
  let failed = false;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.vl.json')).sort();
  for (const name of files) {
    try {
      const result = await render(path.join(dir, name));
      failed = failed || result.problems.length > 0;
      console.log(JSON.stringify(result));
    } catch (e) {
      failed = true;
      console.log(JSON.stringify({ file: name, problems: ['exception: ' + (e && e.stack || e)], marks: {} }));
    }
  }
  console.error(`vega-lite ${vegaLite.version}, vega ${vega.version}: ${files.length} specs${failed ? ', some with problems' : ''}`);
  process.exit(failed ? 1 : 0);
}

main();
