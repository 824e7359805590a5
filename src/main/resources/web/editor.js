// SPARQL editor: CodeMirror with its SPARQL mode, every canned query of queries/ one click away, results as a table
// whose IRIs open the workbench's pages.
import { h, header, sparql, resourceLink, csv, download, done } from '/app.js';

const started = performance.now();
header('sparql');
const area = document.getElementById('query');
const status = document.getElementById('status');
const out = document.getElementById('out');
const csvButton = document.getElementById('csv');
let last = null;

const DEFAULT = `PREFIX schema: <http://schema.org/>
PREFIX dg: <https://w3id.org/diplograph/ontology#>
SELECT ?event ?name ?date WHERE {
  ?event a dg:Meeting ; schema:name ?name .
  OPTIONAL { ?event dg:eventDate ?date }
} ORDER BY DESC(STR(?date)) LIMIT 50`;

const fromHash = new URLSearchParams(location.hash.slice(1)).get('query');
area.value = fromHash || DEFAULT;
// Tab and Shift-Tab move the focus on, as elsewhere on the page, instead of indenting
const editor = window.CodeMirror.fromTextArea(area, {
  mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, lineWrapping: true,
  extraKeys: { 'Ctrl-Enter': () => run(), 'Cmd-Enter': () => run(), Tab: false, 'Shift-Tab': false },
  screenReaderLabel: 'SPARQL query'
});
document.querySelector('label[for="query"]').addEventListener('click', () => editor.focus());

function cell(term) {
  if (!term) return '';
  if (term.type === 'uri') return resourceLink(term.value, term.value);
  return term.value;
}

async function run() {
  status.className = 'status';
  status.textContent = 'Running…';
  out.textContent = '';
  csvButton.disabled = true;
  const t0 = performance.now();
  try {
    const j = await sparql(editor.getValue());
    if (j.boolean !== undefined) {
      status.textContent = 'ASK: ' + j.boolean;
      return;
    }
    const vars = j.head.vars, b = j.results.bindings;
    last = { vars, rows: b.map(x => Object.fromEntries(vars.map(v => [v, x[v] ? x[v].value : '']))) };
    out.append(h('div', { class: 'scroll' }, h('table', { id: 'results' },
      h('caption', { class: 'skip' }, 'Results'),
      h('thead', {}, h('tr', {}, vars.map(v => h('th', { scope: 'col' }, v)))),
      h('tbody', {}, b.map(row => h('tr', {}, vars.map(v => h('td', {}, cell(row[v])))))))));
    csvButton.disabled = false;
    status.textContent = b.length + ' rows, ' + Math.round(performance.now() - t0) + ' ms';
  } catch (e) {
    // the server answers whole results or none: a stopped query shows no rows rather than some of them
    status.className = 'status error';
    status.textContent = 'No rows shown: ' + e.message;
  }
}

document.getElementById('run').addEventListener('click', run);
csvButton.addEventListener('click', () => last && download('results.csv', 'text/csv', csv(last.vars, last.rows)));

fetch('/queries/').then(r => r.json()).then(list => {
  const ul = document.getElementById('canned');
  for (const q of list) {
    ul.append(h('li', {}, h('button', { type: 'button', class: 'plain', title: q.title, onclick: async () => {
      const text = await (await fetch('/queries/' + q.name)).text();
      editor.setValue(text);
      status.textContent = q.name + ': ' + q.title;
      run();
    } }, q.name.replace(/\.rq$/, ''))));
  }
  done(started);
});
if (fromHash) run();
