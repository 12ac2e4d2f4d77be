#!/bin/sh
# Writes this build's outputs into the corpus: lays the corpus out with its data (TablesawGuide.layOut),
# runs every notebook there with `tablebook run --allow-errors`, and copies each cell's outputs back into
# the committed notebook (without the banner `run` puts on a notebook whose cells failed). Run it from
# anywhere after `mvn -B -DskipTests package`; then review the diff: it is what TablesawGuideIT expects.
set -eu
cd "$(dirname "$0")/../../../.."
root=$PWD
work=target/tablesaw-guide/regenerate
rm -rf "$work"
runtime=$(mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
notebooks=$(java -cp "target/test-classes:target/classes:$runtime" dev.tablebook.cli.TablesawGuidePlainJShell layout "$work")
(cd "$notebooks" && java -jar "$root/target/tablebook.jar" run --allow-errors --in-place --jobs=2 ./*.ipynb)
/usr/bin/python3 - "$notebooks" src/test/notebooks/tablesaw <<'PY'
import glob, json, os, sys
executed, corpus = sys.argv[1], sys.argv[2]
for path in sorted(glob.glob(os.path.join(corpus, '*.ipynb'))):
    ran = json.load(open(os.path.join(executed, os.path.basename(path)), encoding='utf-8'))['cells']
    if ran and ran[0]['cell_type'] == 'markdown' and ''.join(ran[0]['source']).startswith('**Execution failed'):
        ran = ran[1:]
    notebook = json.load(open(path, encoding='utf-8'))
    assert [c['source'] for c in notebook['cells']] == [c['source'] for c in ran], path + ': cells differ'
    for cell, done in zip(notebook['cells'], ran):
        if cell['cell_type'] == 'code':
            cell['outputs'], cell['execution_count'] = done['outputs'], done.get('execution_count')
    with open(path + '.tmp', 'w', encoding='utf-8') as out:
        json.dump(notebook, out, indent=1, ensure_ascii=False)
        out.write('\n')
    os.replace(path + '.tmp', path)
PY
echo "outputs written into src/test/notebooks/tablesaw/"
