// Diplograph workbench: what every page shares. Pages read the store only with SPARQL over the read-only endpoint;
// their queries are the files under /q/, with $name placeholders filled in here (an IRI or a string, escaped).

export const ENDPOINT = '/diplograph/sparql';
export const DG = 'https://w3id.org/diplograph/ontology#';
export const SCHEMA = 'http://schema.org/';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
export const STATISTICS = 'urn:diplograph:statistics';

const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i;

/** An IRI as a SPARQL term; refuses anything that could end the term early. */
export function iri(value) {
  if (!IRI.test(value)) throw new Error('not an IRI: ' + value);
  return '<' + value + '>';
}

/** A string as a SPARQL literal. */
export function str(value) {
  return '"' + String(value).replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

/** The query text with each $name replaced by its term (already made with iri() or str()). */
export function bind(text, terms) {
  return text.replace(/\$([A-Za-z_][A-Za-z0-9_]*)\b/g, (whole, name) => (name in terms ? terms[name] : whole));
}

const queryTexts = new Map();

/** The text of a page query, /q/NAME.rq, with its placeholders filled. */
export async function pageQuery(name, terms = {}) {
  if (!queryTexts.has(name)) {
    queryTexts.set(name, fetch('/q/' + name + '.rq').then(r => {
      if (!r.ok) throw new Error('no page query ' + name);
      return r.text();
    }));
  }
  return bind(await queryTexts.get(name), terms);
}

/** Runs a query; for SELECT, the JSON results. A refused or failed query throws with the server's first line. */
export async function sparql(query, accept = 'application/sparql-results+json') {
  const r = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': accept },
    body: new URLSearchParams({ query })
  });
  if (!r.ok) {
    const why = (await r.text()).trim().split('\n')[0];
    throw new Error((r.status === 503 ? 'stopped (503): ' : 'error ' + r.status + ': ') + why);
  }
  return accept.includes('json') ? r.json() : r.text();
}

/** Rows of a SELECT as plain objects: variable name to value (lexical form or IRI); unbound ones absent. */
export function rows(json) {
  return json.results.bindings.map(b => {
    const o = {};
    for (const [k, v] of Object.entries(b)) o[k] = v.value;
    return o;
  });
}

/** Runs the page query NAME with the given terms; returns { query, vars, rows }. */
export async function select(name, terms) {
  const query = await pageQuery(name, terms);
  const json = await sparql(query);
  return { query, vars: json.head.vars, rows: rows(json) };
}

/** Builds an element: h('a', { href: '/' }, 'text', childNode). Strings become text nodes (never HTML). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** The page that shows a resource of these classes. */
export function pageFor(classes) {
  const has = c => classes.some(x => x === DG + c);
  if (has('Event')) return 'event';
  if (has('Article')) return 'article';
  return 'actor';
}

/** A link out of the workbench, for http(s) addresses only (a stored value is data, not a script to run). */
export function externalLink(href, text) {
  return /^https?:\/\//i.test(href) ? h('a', { href, rel: 'noopener noreferrer external' }, text || href) : h('span', {}, text || href);
}

export function link(page, iriValue, text) {
  return h('a', { href: '/' + page + '.html?iri=' + encodeURIComponent(iriValue) }, text || iriValue);
}

export const actorLink = (i, text) => link('actor', i, text);
export const eventLink = (i, text) => link('event', i, text);
export const articleLink = (i, text) => link('article', i, text);
/** A link to whatever page shows the resource (found by its classes). */
export const resourceLink = (i, text) => link('resource', i, text);

let labelsPromise;
/** Labels of the ontology's classes and of CAMEO/PLOVER codes, from the jar's ontology (served at /labels.json). */
export function labels() {
  labelsPromise ||= fetch('/labels.json').then(r => r.json());
  return labelsPromise;
}

let aliasesPromise;
/**
 * The terms of the search query for a text: the text itself, and the registry's other names that contain it ("dprk"
 * finds North Korea though no article wrote it), as VALUES rows of (registry key, name).
 */
export async function searchTerms(text) {
  aliasesPromise ||= fetch('/aliases.json').then(r => r.json());
  const lower = text.toLowerCase();
  const pairs = (await aliasesPromise).filter(([name]) => name.toLowerCase().includes(lower)).slice(0, 200);
  return { text: str(lower), aliases: pairs.map(([name, key]) => '(' + str(key) + ' ' + str(name) + ')').join(' ') };
}

/** Of a set of classes, the most precise of the project's own (one no other class of the set refines). */
export function mostSpecific(classIris, vocab) {
  const own = classIris.filter(c => c.startsWith(DG) && vocab.classes[c]);
  const ancestors = new Set();
  for (const c of own) {
    for (let p = vocab.classes[c].parent; p; p = vocab.classes[p] && vocab.classes[p].parent) ancestors.add(p);
  }
  const precise = own.filter(c => !ancestors.has(c));
  return precise.length ? precise[0] : own[0];
}

export function classLabel(classIri, vocab) {
  const c = classIri && vocab.classes[classIri];
  return c && c.label ? c.label : (classIri || '').replace(/.*[#/]/, '');
}

export function conceptLabel(conceptIri, vocab) {
  const c = conceptIri && vocab.concepts[conceptIri];
  return c ? c.notation + ' ' + c.label : (conceptIri || '').replace(/.*\//, '');
}

/** The date as it is written in the graph: a day, a month or a year. */
export function shortDate(value) {
  return value ? value.replace(/T.*/, '').replace(/Z$/, '') : '';
}

/** The top bar: name, pages, and the search box on every page. */
export function header(active) {
  const pages = [['index', 'Search'], ['explore', 'Timeline & network'], ['sparql', 'SPARQL']];
  const q = h('input', { type: 'search', name: 'q', 'aria-label': 'Search actors, events and articles',
    placeholder: 'Search actors, events, articles', value: active === 'index' ? (param('q') || '') : '' });
  const bar = h('header', { class: 'top' },
    h('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    h('a', { class: 'brand', href: '/' }, 'Diplograph'),
    h('nav', { 'aria-label': 'Pages' }, pages.map(([p, t]) =>
      h('a', { href: '/' + (p === 'index' ? '' : p + '.html'), 'aria-current': p === active ? 'page' : null }, t))),
    h('form', { role: 'search', action: '/', method: 'get' }, q, h('button', { type: 'submit' }, 'Search')));
  document.body.prepend(bar);
  return q;
}

/**
 * A section of a page: a heading with a count and a link that opens its query in the SPARQL editor, then the content
 * once the query has run. Returns a promise that settles when the section is drawn (or shows its error).
 */
export function section(container, title, load) {
  const count = h('span', { class: 'count' });
  const qlink = h('span', { class: 'q' });
  const body = h('div', { class: 'status', role: 'status' }, 'Loading…');
  const sec = h('section', { 'aria-label': title }, h('h2', {}, title, ' ', count, qlink), body);
  container.append(sec);
  return load().then(result => {
    body.className = '';
    body.textContent = '';
    if (result.query) qlink.append(h('a', { href: editorHref(result.query), title: 'Open this query in the SPARQL editor' }, 'query'));
    if (result.count !== undefined) count.textContent = '(' + result.count + ')';
    if (result.node) body.append(result.node);
    if (result.empty || !result.node) body.append(h('p', { class: 'muted' }, result.emptyText || 'None in the store.'));
    return result;
  }, err => {
    body.className = 'error';
    body.textContent = 'Could not load: ' + err.message;
  });
}

/** The SPARQL editor opened on a query (in the fragment, so the query never travels to the server in a URL). */
export function editorHref(query) {
  return '/sparql.html#query=' + encodeURIComponent(query);
}

/**
 * A table: columns are [heading, row => cell content, options]; options.num right-aligns, options.date keeps a date
 * on one line.
 * The caption names it for screen readers.
 */
export function table(caption, columns, data) {
  const cls = o => (o && o.num ? 'num' : o && o.date ? 'date' : null);
  const t = h('table', {},
    h('caption', { class: 'skip' }, caption),
    h('thead', {}, h('tr', {}, columns.map(([head, , o]) => h('th', { scope: 'col', class: cls(o) }, head)))),
    h('tbody', {}, data.map(row => h('tr', {}, columns.map(([, cell, o]) => h('td', { class: cls(o) }, cell(row)))))));
  return h('div', { class: 'scroll' }, t);
}

/**
 * Notes how long the page took to draw (shown in the footer, read by the browser tests), and since the browser began
 * to navigate to it (for timing the pages by hand), and marks it ready.
 */
export function done(started, what) {
  const now = performance.now();
  const ms = Math.round(now - started);
  document.body.dataset.ready = 'true';
  document.body.dataset.renderMs = String(ms);
  document.body.dataset.sinceNavigationMs = String(Math.round(now));
  const f = document.querySelector('footer') || document.body.appendChild(h('footer'));
  f.textContent = (what ? what + ' · ' : '') + 'drawn in ' + ms + ' ms · read-only SPARQL endpoint: ' + ENDPOINT;
}

/** Values as CSV (RFC 4180 quoting). */
export function csv(columns, data) {
  const cell = v => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  return [columns.map(cell).join(',')].concat(data.map(r => columns.map(c => cell(r[c])).join(','))).join('\r\n') + '\r\n';
}

/** Offers text as a file to save. */
export function download(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Reports a page-level failure in the main area. */
export function fail(main, err) {
  main.append(h('p', { class: 'error', role: 'alert' }, String(err.message || err)));
  document.body.dataset.ready = 'true';
}
