// Article page: what the graph holds of one article: headline, date, source, and every sentence a fact was read
// from, in text order, with the facts (each event links to its page); then the actors and places it mentions.
import { h, header, param, iri, externalLink, select, section, table, labels, classLabel, resourceLink, eventLink, actorLink,
  shortDate, done, fail, editorHref, DG } from '/app.js';

const started = performance.now();
header('article');
const main = document.getElementById('main');
const sections = document.getElementById('sections');
const target = param('iri');

async function headerFacts() {
  const info = await select('article', { article: iri(target) });
  const a = info.rows[0];
  if (!a) throw new Error('No article ' + target + ' in the store.');
  document.getElementById('title').textContent = a.headline;
  document.title = 'Diplograph — ' + a.headline;
  const facts = document.getElementById('facts');
  const fact = (label, ...value) => facts.append(h('li', {}, h('span', {}, label), ' ', ...value));
  if (a.date) fact('Published', shortDate(a.date));
  if (a.dateline) fact('Dateline', actorLink(a.dateline, a.datelineName || a.dateline));
  if (a.publisher) fact('Publisher', a.publisherName || a.publisher);
  if (a.url) fact('Source', externalLink(a.url));
  if (a.file) fact('File', a.file);
  fact('', h('a', { href: editorHref(info.query) }, 'query'));
}

function factNode(f, vocab) {
  const kind = classLabel(f.kind, vocab);
  const label = f.factLabel || f.fact;
  const isEvent = f.kind && vocab.classes[f.kind] && !['Role', 'Stance', 'Quote', 'ReportedSpeech'].includes(f.kind.replace(DG, ''));
  return h('li', {}, h('span', { class: 'tag' }, kind), isEvent ? eventLink(f.fact, label) : label);
}

async function run() {
  const vocab = await labels();
  const t = { article: iri(target) };
  const jobs = [headerFacts()];
  jobs.push(section(sections, 'Sentences with facts', async () => {
    const r = await select('article-facts', t);
    const byStart = new Map();
    for (const row of r.rows) {
      if (!byStart.has(row.start)) byStart.set(row.start, { row, facts: [] });
      byStart.get(row.start).facts.push(row);
    }
    const list = [...byStart.values()].map(({ row, facts }) => h('div', { class: 'sentence', id: 's' + row.start, tabindex: '-1' },
      h('p', {}, row.sentence),
      h('ul', { class: 'facts facts-of', 'aria-label': 'Facts read from this sentence' }, facts.map(f => factNode(f, vocab)))));
    return { query: r.query, count: byStart.size, empty: !byStart.size, node: byStart.size ? h('div', {}, list) : null,
      emptyText: 'No fact was read from this article.' };
  }));
  jobs.push(section(sections, 'Mentions', async () => {
    const r = await select('article-mentions', t);
    return { query: r.query, count: r.rows.length, empty: !r.rows.length, node: table('Mentions', [
      ['Name', x => resourceLink(x.entity, x.name)], ['Type', x => (x.class || 'place').replace(/.*\//, '')],
      ['Times', x => x.count, { num: true }]], r.rows) };
  }));
  await Promise.all(jobs);
  // the sentence a report links to exists only now (too late for :target): marked, scrolled to and focused
  if (location.hash) {
    const s = document.getElementById(location.hash.slice(1));
    if (s) { s.classList.add('current'); s.scrollIntoView(); s.focus(); }
  }
}

if (!target) fail(main, new Error('No article given.'));
else run().then(() => done(started), err => fail(main, err));
