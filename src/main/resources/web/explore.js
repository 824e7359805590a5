// Timeline and network over a filter (actors taking part, kinds of event, dates), drawn with ECharts; the view's rows
// download as CSV and its subgraph as Turtle (a CONSTRUCT over the same events).
import { h, header, iri, str, sparql, rows, select, pageQuery, searchTerms, labels, classLabel, actorLink, eventLink, table, csv, download,
  editorHref, shortDate, done, fail, DG } from '/app.js';

const started = performance.now();
header('explore');
const main = document.getElementById('main');
const form = document.getElementById('filters');
const chips = document.getElementById('chips');
const suggest = document.getElementById('suggest');
const actorInput = document.getElementById('actor-input');
const summary = document.getElementById('summary');
const LIMIT = 1000; // as in web/q/explore-events.rq: the latest events of a view that holds more
const chosen = new Map(); // actor IRI -> name
let view = null; // { events, query }
let timeline, network;

const PREFIXES = `PREFIX schema: <http://schema.org/>
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
`;

/** Event classes under dg:Event, each with those that refine it, for the family checkboxes. */
function families(vocab) {
  const isEvent = c => { for (let p = c; p; p = vocab.classes[p] && vocab.classes[p].parent) if (p === DG + 'Event') return true; return false; };
  const all = Object.keys(vocab.classes).filter(c => c !== DG + 'Event' && isEvent(c));
  const under = c => all.filter(x => { for (let p = x; p; p = vocab.classes[p] && vocab.classes[p].parent) if (p === c) return true; return false; });
  return all.map(c => ({ iri: c, label: classLabel(c, vocab), members: under(c) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The SELECT for the view (web/q/explore-events.rq): one row per event, its participants as "IRI<tab>name" lines. */
export async function eventsQuery(filter) {
  const text = await pageQuery('explore-events', { from: str(filter.from || '0000'), to: str(filter.to || '9999') });
  return text
    .replace(/^ *# actors\n/m, filter.actors.map(a => '  ?event schema:attendee ' + iri(a) + ' .\n').join(''))
    .replace(/^ +FILTER.*# kinds$/m, line => (filter.classes.length ? '  VALUES ?c { ' + filter.classes.map(iri).join(' ') + ' }' : line));
}

/** The CONSTRUCT of the view's subgraph: its events' own statements and their participants' names and classes. */
function subgraphQuery(eventIris) {
  return PREFIXES + `CONSTRUCT {
  ?event ?p ?o .
  ?actor a ?type ; schema:name ?name .
} WHERE {
  VALUES ?event { ${eventIris.map(iri).join(' ')} }
  {
    ?event ?p ?o .
    FILTER(?p IN (rdf:type, schema:name, schema:startDate, schema:location, schema:attendee, dg:eventDate,
                  dg:dateExpression, dg:sourceActor, dg:targetActor, dg:cameoCode, dg:ploverCategory, dg:modality))
  } UNION {
    ?event schema:attendee ?actor .
    ?actor a ?type .
    FILTER(STRSTARTS(STR(?type), "http://schema.org/"))
    OPTIONAL { GRAPH <urn:diplograph:statistics> { ?actor dg:preferredName ?name } }
  }
}`;
}

function readFilter(famList) {
  const checked = [...document.querySelectorAll('#families input:checked')].map(i => i.value);
  const classes = [...new Set(checked.flatMap(c => famList.find(f => f.iri === c).members.concat([c])))];
  return { actors: [...chosen.keys()], families: checked, classes,
    from: document.getElementById('from').value, to: document.getElementById('to').value };
}

function writeUrl(filter) {
  const p = new URLSearchParams();
  filter.actors.forEach(a => p.append('actor', a));
  filter.families.forEach(f => p.append('family', f.replace(DG, '')));
  if (filter.from) p.set('from', filter.from);
  if (filter.to) p.set('to', filter.to);
  history.replaceState(null, '', '/explore.html' + (p.toString() ? '?' + p : ''));
}

function drawChip(actor, name) {
  chips.append(h('button', { type: 'button', class: 'chip', 'data-iri': actor, 'aria-label': 'Remove ' + name,
    onclick: e => { chosen.delete(actor); e.currentTarget.remove(); actorInput.focus(); } }, name + ' ×'));
}

let suggestTimer;
actorInput.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  const text = actorInput.value.trim().toLowerCase();
  suggest.textContent = '';
  if (text.length < 2) return;
  suggestTimer = setTimeout(async () => {
    const r = await select('search', await searchTerms(text));
    suggest.textContent = '';
    for (const x of r.rows.filter(x => !x.classes.includes('#Event')).slice(0, 8)) {
      suggest.append(h('li', {}, h('button', { type: 'button', onclick: () => {
        if (!chosen.has(x.hit)) { chosen.set(x.hit, x.name); drawChip(x.hit, x.name); }
        suggest.textContent = '';
        actorInput.value = '';
        actorInput.focus();
      } }, x.name + (x.articleCount ? ' (' + x.articleCount + ' articles)' : ''))));
    }
  }, 200);
});

function parseParticipants(text) {
  return (text || '').split('\n').filter(x => x).map(line => {
    const [p, name] = line.split('\t');
    return { iri: p, name: name || p };
  });
}

/** A date as written (year, month or day) as a time for the axis: its first day. */
function time(date) {
  const [y, m, d] = date.split('-');
  return Date.UTC(+y, m ? +m - 1 : 0, d ? +d : 1);
}

function drawTimeline(events, vocab) {
  const cats = [...new Set(events.map(e => classLabel(e.class, vocab)))].sort();
  timeline.setOption({
    aria: { enabled: true }, animation: false,
    grid: { left: 170, right: 20, top: 20, bottom: 70 },
    tooltip: { formatter: p => p.data.name + '<br>' + p.data.date + ' · ' + p.data.articles + ' article(s)' },
    xAxis: { type: 'time', minInterval: 24 * 3600 * 1000 },
    yAxis: { type: 'category', data: cats, axisLabel: { width: 160, overflow: 'truncate' } },
    dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 15 }, { type: 'inside', xAxisIndex: 0 }],
    series: [{ type: 'scatter', data: events.map(e => ({ value: [time(e.date), classLabel(e.class, vocab)], name: e.name, date: e.date,
      articles: e.articles || 1, iri: e.event, symbolSize: 7 + 4 * Math.sqrt(+e.articles || 1) })) }]
  }, true);
}

function drawNetwork(events) {
  const count = new Map(), names = new Map(), edges = new Map();
  for (const e of events) {
    const ps = e.people;
    for (const p of ps) { count.set(p.iri, (count.get(p.iri) || 0) + 1); names.set(p.iri, p.name); }
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const k = [ps[i].iri, ps[j].iri].sort().join(' ');
        edges.set(k, (edges.get(k) || 0) + 1);
      }
    }
  }
  const top = [...count.entries()].sort((a, b) => b[1] - a[1]).slice(0, 80);
  const keep = new Set(top.map(([i]) => i));
  const max = top.length ? top[0][1] : 1;
  network.setOption({
    aria: { enabled: true }, animation: false,
    tooltip: { formatter: p => (p.dataType === 'edge' ? p.data.value + ' shared event(s)' : p.data.name + ': ' + p.data.value + ' event(s)') },
    series: [{ type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 120, edgeLength: [30, 110], gravity: 0.15, layoutAnimation: false },
      label: { show: true, position: 'right', formatter: p => (p.data.value >= Math.max(2, max / 6) || top.length <= 40 ? p.data.name : '') },
      data: top.map(([i, n]) => ({ id: i, name: names.get(i), value: n, symbolSize: 8 + 30 * Math.sqrt(n / max) })),
      links: [...edges.entries()].map(([k, v]) => { const [s, t] = k.split(' '); return { source: s, target: t, value: v }; })
        .filter(l => keep.has(l.source) && keep.has(l.target)),
      lineStyle: { opacity: 0.35, width: 1.2 } }]
  }, true);
}

function drawTable(events, vocab) {
  const box = document.getElementById('events');
  box.textContent = '';
  document.getElementById('events-count').textContent = '(' + events.length + (events.length === LIMIT ? ', the latest ' + LIMIT + ': narrow the view for the rest' : '') + ')';
  const shown = events.slice(-200).reverse();
  box.append(table('Events in view', [
    ['Date', e => shortDate(e.date), { date: true }], ['Event', e => eventLink(e.event, e.name)],
    ['Type', e => classLabel(e.class, vocab)],
    ['Participants', e => e.people.flatMap((p, i) => (i ? ['; ', actorLink(p.iri, p.name)] : [actorLink(p.iri, p.name)]))],
    ['Articles', e => e.articles || '', { num: true }]], shown));
  if (events.length > shown.length) box.append(h('p', { class: 'muted' }, 'The latest ' + shown.length + ' listed; the charts and downloads hold all ' + events.length + '.'));
}

async function show(famList, vocab) {
  const filter = readFilter(famList);
  writeUrl(filter);
  const query = await eventsQuery(filter);
  document.getElementById('query-link').href = editorHref(query);
  summary.className = 'status';
  summary.textContent = 'Loading…';
  const t0 = performance.now();
  const events = rows(await sparql(query)).map(e => ({ ...e, people: parseParticipants(e.participants) })).reverse();
  view = { events, query };
  drawTimeline(events, vocab);
  drawNetwork(events);
  drawTable(events, vocab);
  document.getElementById('csv').disabled = !events.length;
  document.getElementById('ttl').disabled = !events.length;
  summary.textContent = events.length + ' dated events' + (filter.actors.length ? ' with ' + filter.actors.map(a => chosen.get(a)).join(' and ') : '')
    + ' · ' + Math.round(performance.now() - t0) + ' ms';
}

document.getElementById('csv').addEventListener('click', () => {
  const data = view.events.map(e => ({ event: e.event, name: e.name, class: e.class, date: e.date, articles: e.articles || '',
    participants: e.people.map(p => p.name).join('; '), participantIris: e.people.map(p => p.iri).join(' ') }));
  download('events.csv', 'text/csv', csv(['event', 'name', 'class', 'date', 'articles', 'participants', 'participantIris'], data));
});

document.getElementById('ttl').addEventListener('click', async () => {
  const ttl = await sparql(subgraphQuery(view.events.map(e => e.event)), 'text/turtle');
  download('events.ttl', 'text/turtle', ttl);
});

async function run() {
  const vocab = await labels();
  const famList = families(vocab);
  const params = new URLSearchParams(location.search);
  const wanted = new Set(params.getAll('family').map(f => DG + f));
  document.getElementById('families').append(...famList.map(f => h('label', {},
    h('input', { type: 'checkbox', value: f.iri, checked: wanted.has(f.iri) }), ' ', f.label)));
  document.getElementById('from').value = params.get('from') || '';
  document.getElementById('to').value = params.get('to') || '';
  if (![...params.keys()].length) {
    // opened without a filter: the year up to the latest dated event, rather than the whole store at once
    const latest = (await select('explore-latest', {})).rows[0];
    if (latest && latest.latest) {
      const [y, m, d] = latest.latest.split('-');
      document.getElementById('from').value = (+y - 1) + '-' + (m || '01') + '-' + (d || '01');
    }
  }
  const actors = params.getAll('actor');
  if (actors.length) {
    const r = await sparql(PREFIXES + 'SELECT ?a ?name WHERE { VALUES ?a { ' + actors.map(iri).join(' ')
      + ' } OPTIONAL { GRAPH <urn:diplograph:statistics> { ?a dg:preferredName ?name } } }');
    for (const x of rows(r)) { chosen.set(x.a, x.name || x.a); drawChip(x.a, x.name || x.a); }
  }
  timeline = window.echarts.init(document.getElementById('timeline'));
  network = window.echarts.init(document.getElementById('network'));
  timeline.on('click', p => { if (p.data && p.data.iri) location.href = '/event.html?iri=' + encodeURIComponent(p.data.iri); });
  network.on('click', p => { if (p.dataType === 'node') location.href = '/actor.html?iri=' + encodeURIComponent(p.data.id); });
  window.addEventListener('resize', () => { timeline.resize(); network.resize(); });
  form.addEventListener('submit', e => { e.preventDefault(); show(famList, vocab).catch(err => { summary.className = 'status error'; summary.textContent = err.message; }); });
  document.getElementById('clear').addEventListener('click', () => {
    chosen.clear(); chips.textContent = '';
    document.querySelectorAll('#families input').forEach(i => { i.checked = false; });
    document.getElementById('from').value = ''; document.getElementById('to').value = '';
  });
  await show(famList, vocab);
}

run().then(() => done(started), err => fail(main, err));
