// Event page: class, CAMEO and PLOVER, participants with their parts, place, date and modality; every report of it
// with its article and sentence, the words that signal the event marked (or, in a store without their offsets, the
// participants, place and date); where reports disagree, side by side.
import { h, header, param, iri, select, section, table, labels, mostSpecific, classLabel, conceptLabel, actorLink,
  articleLink, shortDate, done, fail, editorHref, DG, SCHEMA, RDF_TYPE } from '/app.js';

const started = performance.now();
header('event');
const main = document.getElementById('main');
const sections = document.getElementById('sections');
const target = param('iri');

async function headerFacts(vocab) {
  const info = await select('event', { event: iri(target) });
  const get = p => info.rows.filter(r => r.property === p);
  const names = get(SCHEMA + 'name').map(r => r.value);
  const cls = mostSpecific(get(RDF_TYPE).map(r => r.value), vocab);
  document.getElementById('title').textContent = names[0] || target;
  document.title = 'Diplograph — ' + (names[0] || 'event');
  document.getElementById('kind').textContent = cls ? classLabel(cls, vocab) : '';
  const facts = document.getElementById('facts');
  const fact = (label, ...value) => facts.append(h('li', {}, h('span', {}, label), ' ', ...value));
  for (const r of get(DG + 'cameoCode')) fact('CAMEO', conceptLabel(r.value, vocab));
  for (const r of get(DG + 'ploverCategory')) fact('PLOVER', conceptLabel(r.value, vocab));
  const dates = get(DG + 'eventDate').map(r => shortDate(r.value));
  const inferred = get(DG + 'dateInferred').some(r => r.value === 'true');
  if (dates.length) fact('Date', dates.join(' or '), inferred ? ' (the report’s day)' : '');
  const written = get(DG + 'dateExpression').map(r => '“' + r.value + '”');
  if (written.length) fact('Written', written.join(', '));
  const places = get(SCHEMA + 'location');
  if (places.length) {
    fact('Place', ...places.flatMap((r, i) => [i ? ' or ' : '', actorLink(r.value, r.valueName || r.value)]),
      places.length > 1 ? ' (the reports disagree)' : '');
  }
  for (const r of get(DG + 'modality')) fact('Modality', r.value.replace(/.*#/, '').toLowerCase());
  for (const r of get(DG + 'articleCount')) fact('Articles', r.value);
  if (names.length > 1) fact('Also called', names.slice(1).join('; '));
  fact('', h('a', { href: editorHref(info.query) }, 'query'));
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sentence as text and <mark> nodes: each term found in it marked with its kind (participant, place, date). */
export function highlight(sentence, terms) {
  const list = [...terms.entries()].filter(([t]) => t.length > 1).sort((a, b) => b[0].length - a[0].length);
  if (!list.length) return [sentence];
  const kinds = new Map(list.map(([t, k]) => [t.toLowerCase(), k]));
  const re = new RegExp('(?<![\\p{L}\\p{N}])(' + list.map(([t]) => escapeRegExp(t)).join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
  const out = [];
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    if (m.index > last) out.push(sentence.slice(last, m.index));
    const kind = kinds.get(m[0].toLowerCase()) || 'participant';
    out.push(h('mark', { class: kind, title: kind }, m[0]));
    last = m.index + m[0].length;
  }
  if (last < sentence.length) out.push(sentence.slice(last));
  return out;
}

/**
 * Where a report's trigger words are in its sentence: ?triggers holds "start-end" article offsets separated by
 * spaces, ?start is the sentence's own; both count UTF-16 units, as JavaScript strings do.
 */
export function triggerSpans(report) {
  const from = Number(report.start);
  return (report.triggers || '').split(' ').filter(Boolean)
    .map(pair => pair.split('-').map(n => Number(n) - from))
    .filter(([b, e]) => b >= 0 && b < e && e <= report.sentence.length)
    .sort((a, b) => a[0] - b[0]);
}

/** The sentence as text and <mark class="trigger"> nodes at the given [begin, end) spans (sorted, not overlapping). */
export function markSpans(sentence, spans) {
  const out = [];
  let last = 0;
  for (const [b, e] of spans) {
    if (b < last) continue;
    if (b > last) out.push(sentence.slice(last, b));
    out.push(h('mark', { class: 'trigger', title: 'reports the event' }, sentence.slice(b, e)));
    last = e;
  }
  if (last < sentence.length) out.push(sentence.slice(last));
  return out;
}

/** What to mark in one article's sentences: the names it gives the participants and place, surnames, the date. */
function termsFor(article, names, participants, report) {
  const terms = new Map();
  const add = (t, kind) => { if (t && !terms.has(t)) terms.set(t, kind); };
  for (const n of names.filter(n => n.article === article)) {
    const kind = n.entity === report.place ? 'place' : 'participant';
    add(n.name, kind);
    const p = participants.find(x => x.actor === n.entity);
    if (p && p.class === SCHEMA + 'Person') add(n.name.split(' ').pop(), kind);
  }
  for (const p of participants) add(p.name, 'participant');
  if (report.placeName) add(report.placeName, 'place');
  if (report.dateExpression) add(report.dateExpression, 'date');
  return terms;
}

/** Place, date and modality as each article states them; a row where they differ is a contradiction. */
function compare(reports) {
  const byArticle = new Map();
  for (const r of reports) if (!byArticle.has(r.article)) byArticle.set(r.article, r);
  const articles = [...byArticle.values()];
  if (articles.length < 2) return null;
  const rowsSpec = [
    ['Place', r => r.placeName || r.place || ''],
    ['Date', r => shortDate(r.date)],
    ['Date as written', r => r.dateExpression || ''],
    ['Modality', r => r.modality || '']];
  const disagree = [];
  const body = rowsSpec.map(([label, value]) => {
    const values = articles.map(value);
    const stated = values.filter(v => v);
    // a month and a day within it agree, as in queries/contradictions.rq
    const conflict = label === 'Date'
      ? stated.some(a => stated.some(b => !a.startsWith(b) && !b.startsWith(a)))
      : label !== 'Date as written' && new Set(stated).size > 1;
    if (conflict) disagree.push(label.toLowerCase());
    return h('tr', {}, h('th', { scope: 'row' }, label),
      values.map(v => h('td', { class: conflict ? 'conflict' : null }, v || h('span', { class: 'muted' }, 'not stated'))));
  });
  const t = h('div', { class: 'scroll' }, h('table', {},
    h('caption', { class: 'skip' }, 'Reports compared'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), articles.map(a =>
      h('th', { scope: 'col' }, articleLink(a.article, a.headline || a.article), a.published ? h('div', { class: 'muted' }, shortDate(a.published)) : '')))),
    h('tbody', {}, body)));
  return { node: h('div', {}, h('p', { class: disagree.length ? 'error' : 'muted' }, disagree.length
      ? 'The reports disagree on: ' + disagree.join(', ') + ' (marked).' : 'The reports agree on what they state.'), t),
  count: articles.length };
}

async function run() {
  const vocab = await labels();
  const t = { event: iri(target) };
  const participants = select('event-participants', t);
  const reports = select('event-reports', t);
  const names = select('event-names', t);
  const jobs = [headerFacts(vocab)];
  jobs.push(section(sections, 'Participants', async () => {
    const r = await participants;
    return { query: r.query, count: r.rows.length, empty: !r.rows.length, node: table('Participants', [
      ['Actor', x => actorLink(x.actor, x.name || x.actor)], ['Part', x => h('span', { class: 'tag' }, x.part)],
      ['Type', x => (x.class || '').replace(/.*\//, '')], ['Articles naming them', x => x.articles || '', { num: true }]], r.rows) };
  }));
  jobs.push(section(sections, 'Reports compared', async () => {
    const r = await reports;
    const c = compare(r.rows);
    return c ? { query: r.query, ...c } : { empty: true, emptyText: 'One article reports it: nothing to compare.' };
  }));
  jobs.push(section(sections, 'Reports', async () => {
    const [r, p, n] = await Promise.all([reports, participants, names]);
    let byNames = 0;
    const marked = x => {
      const spans = triggerSpans(x);
      if (spans.length) return markSpans(x.sentence, spans);
      byNames++;
      return highlight(x.sentence, termsFor(x.article, n.rows, p.rows, x));
    };
    const cards = r.rows.map(x => h('article', { class: 'report' },
      h('div', { class: 'meta' }, articleLink(x.article, x.headline || x.article), x.published ? ' · ' + shortDate(x.published) : ''),
      h('blockquote', {}, marked(x)),
      h('div', { class: 'meta' },
        h('a', { href: '/article.html?iri=' + encodeURIComponent(x.article) + '#s' + x.start }, 'sentence in the article'),
        ' · characters ' + x.start + '–' + x.end,
        x.extractor ? ' · ' + x.extractor : '', x.confidence ? ' · confidence ' + x.confidence : '')));
    const legend = h('p', { class: 'muted' }, 'Marked in each sentence: ',
      byNames < r.rows.length ? [h('mark', { class: 'trigger' }, 'the words that report the event'), byNames ? '; where the store has not kept them, ' : ''] : '',
      byNames ? [h('mark', { class: 'participant' }, 'participants'), ' ', h('mark', { class: 'place' }, 'place'), ' ',
        h('mark', { class: 'date' }, 'date as written')] : '', '.');
    return { query: r.query, count: r.rows.length, empty: !r.rows.length, node: r.rows.length ? h('div', {}, legend, cards) : null };
  }));
  await Promise.all(jobs);
}

if (!target) fail(main, new Error('No event given: open one from the search or an actor.'));
else run().then(() => done(started), err => fail(main, err));
