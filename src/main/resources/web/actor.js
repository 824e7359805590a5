// Actor page: names and links out, roles, events by date, stances held and received, quotes by and about, the
// actors most often in events with it, and the articles that mention it.
import { h, header, param, iri, externalLink, select, section, table, labels, mostSpecific, classLabel, actorLink, eventLink,
  articleLink, resourceLink, shortDate, done, fail, editorHref, DG, RDF_TYPE } from '/app.js';

const started = performance.now();
header('actor');
const main = document.getElementById('main');
const sections = document.getElementById('sections');
const target = param('iri');

const OWL_SAME = 'http://www.w3.org/2002/07/owl#sameAs';

function outLink(value) {
  let text = value;
  if (value.startsWith('http://www.wikidata.org/entity/')) text = 'Wikidata ' + value.replace(/.*\//, '');
  else if (value.includes('geonames.org/')) text = 'GeoNames ' + value.replace(/\/$/, '').replace(/.*\//, '');
  else if (value.includes('dbpedia.org/')) text = 'DBpedia ' + decodeURIComponent(value.replace(/.*\//, ''));
  return externalLink(value, text);
}

async function headerFacts(vocab) {
  const [info, names] = await Promise.all([select('actor', { actor: iri(target) }), select('actor-names', { actor: iri(target) })]);
  const get = p => info.rows.filter(r => r.property === p);
  const preferred = get(DG + 'preferredName')[0];
  const label = get('http://www.w3.org/2000/01/rdf-schema#label')[0];
  const name = preferred ? preferred.value : names.rows[0] ? names.rows[0].name : label ? label.value : target;
  document.getElementById('title').textContent = name;
  document.title = 'Diplograph — ' + name;
  const cls = mostSpecific(get(RDF_TYPE).map(r => r.value), vocab);
  const facts = document.getElementById('facts');
  const fact = (label, ...value) => facts.append(h('li', {}, h('span', {}, label), ' ', ...value));
  if (cls) fact('Type', classLabel(cls, vocab));
  const articles = get(DG + 'articleCount')[0], mentions = get(DG + 'mentionTotal')[0];
  if (articles) fact('Articles', articles.value);
  if (mentions) fact('Mentions', mentions.value);
  const links = get(OWL_SAME).map(r => r.value).sort();
  if (links.length) fact('Links', ...links.flatMap((l, i) => (i ? [' · ', outLink(l)] : [outLink(l)])));
  for (const p of ['capitalOf', 'capital']) {
    for (const r of get(DG + p)) fact(p === 'capital' ? 'Capital' : 'Capital of', actorLink(r.value, r.valueName || r.value));
  }
  // the GeoNames id is in its link already
  for (const p of ['iso3', 'acronym', 'officialName'].concat(links.some(l => l.includes('geonames.org/')) ? [] : ['geonamesId'])) {
    for (const r of get(DG + p)) fact(p.replace(/([A-Z])/g, ' $1').replace(/^./, c => c.toUpperCase()), r.value);
  }
  const others = names.rows.filter(r => r.name !== name);
  if (others.length) fact('Also written', others.map(r => r.name + ' (' + r.articles + ')').join(', '));
  fact('', h('a', { href: editorHref(info.query) }, 'query'));
}

function part(p) {
  return h('span', { class: 'tag' }, p);
}

async function run() {
  const vocab = await labels();
  const t = { actor: iri(target) };
  const jobs = [headerFacts(vocab)];
  const grid = h('div', { class: 'grid' });
  jobs.push(section(sections, 'Events', async () => {
    const r = await select('actor-events', t);
    return { query: r.query, count: r.rows.length + (r.rows.length === 500 ? '+' : ''), empty: !r.rows.length, node: table('Events', [
      ['Date', x => shortDate(x.date) || h('span', { class: 'muted' }, 'undated'), { date: true }],
      ['Event', x => eventLink(x.event, x.name)],
      ['Type', x => classLabel(mostSpecific(x.classes.split(' '), vocab), vocab)],
      ['Part', x => part(x.part)],
      ['With', x => x.others || ''],
      ['Place', x => x.place || ''],
      ['Articles', x => x.articles || '', { num: true }]], r.rows) };
  }));
  jobs.push(section(sections, 'Roles', async () => {
    const r = await select('actor-roles', t);
    return { query: r.query, count: r.rows.length, empty: !r.rows.length, node: table('Roles', [
      ['Role', x => x.direction === 'holds' ? x.label : [actorLink(x.other, x.otherName || x.other), ', ' + x.label]],
      ['Of', x => x.direction === 'holds' ? (x.other ? actorLink(x.other, x.otherName || x.other) : '') : h('span', { class: 'muted' }, 'held in this one')],
      ['Stated', x => (x.from ? (x.from === x.to ? shortDate(x.from) : shortDate(x.from) + ' – ' + shortDate(x.to)) : '')],
      ['Articles', x => x.articles, { num: true }]], r.rows) };
  }));
  sections.append(grid);
  jobs.push(section(grid, 'Stances', async () => {
    const r = await select('actor-stances', t);
    return { query: r.query, count: r.rows.length, empty: !r.rows.length, node: table('Stances', [
      ['Who', x => (x.direction === 'holds' ? 'this actor' : resourceLink(x.other, x.otherName || x.other))],
      ['', x => h('span', { class: x.polarity }, x.polarity)],
      ['Whom / what', x => (x.direction === 'holds' ? resourceLink(x.other, x.otherName || x.other) : 'this actor')],
      ['Cue', x => x.cues],
      ['Articles', x => x.articles || '', { num: true }]], r.rows) };
  }));
  jobs.push(section(grid, 'Most often in events with', async () => {
    const r = await select('actor-coactors', t);
    return { query: r.query, count: r.rows.length, empty: !r.rows.length, node: table('Co-participants', [
      ['Actor', x => actorLink(x.other, x.otherName || x.other)], ['Shared events', x => x.events, { num: true }]], r.rows) };
  }));
  jobs.push(section(sections, 'Quotes', async () => {
    const r = await select('actor-quotes', t);
    const list = h('div', {}, r.rows.map(x => h('div', { class: 'report' },
      h('blockquote', {}, x.text),
      h('div', { class: 'meta' }, h('span', { class: 'tag' }, x.direction === 'by' ? 'said by' : 'names them'), ' ',
        x.kind, x.direction === 'about' && x.speaker ? [' by ', actorLink(x.speaker, x.speakerName || x.speaker)] : '',
        ' · ', articleLink(x.article, x.headline || x.article), x.date ? ' · ' + shortDate(x.date) : ''))));
    return { query: r.query, count: r.rows.length, empty: !r.rows.length, node: r.rows.length ? list : null };
  }));
  jobs.push(section(sections, 'Articles that mention them', async () => {
    const r = await select('actor-articles', t);
    return { query: r.query, count: r.rows.length + (r.rows.length === 200 ? '+' : ''), empty: !r.rows.length, node: table('Articles', [
      ['Published', x => shortDate(x.date), { date: true }], ['Headline', x => articleLink(x.article, x.headline || x.article)],
      ['Mentions', x => x.mentions, { num: true }]], r.rows) };
  }));
  await Promise.all(jobs);
}

if (!target) fail(main, new Error('No actor given: open one from the search.'));
else run().then(() => done(started), err => fail(main, err));
