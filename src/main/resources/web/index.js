// Search page: with ?q=, actors, places, events and articles matching it; without, the most reported actors and events.
import { h, header, param, select, searchTerms, section, table, labels, mostSpecific, classLabel, actorLink, eventLink,
  articleLink, shortDate, done, fail, DG } from '/app.js';

const started = performance.now();
const box = header('index');
const out = document.getElementById('results');
const text = (param('q') || '').trim();

function kindOf(classes, vocab) {
  const c = mostSpecific(classes, vocab);
  let top = c;
  while (top && vocab.classes[top] && vocab.classes[top].parent && vocab.classes[top].parent.startsWith(DG)
         && vocab.classes[top].parent !== DG + 'Actor') {
    top = vocab.classes[top].parent;
  }
  return { precise: c, family: top };
}

async function search(vocab) {
  const term = await searchTerms(text);
  const hits = select('search', term);
  const groups = [
    ['Actors', k => [DG + 'Person', DG + 'State', DG + 'Organization'].includes(k.family), actorLink],
    ['Places', k => k.family === DG + 'Place', actorLink],
    ['Events', k => k.family === DG + 'Event', eventLink]];
  const all = [];
  for (const [title, keep, linker] of groups) {
    all.push(section(out, title, async () => {
      const r = await hits;
      const found = r.rows.map(row => ({ row, kind: kindOf(row.classes.split(' '), vocab) })).filter(x => keep(x.kind));
      const node = found.length ? table(title, [
        ['Name', ({ row }) => [linker(row.hit, row.name), row.matched && row.matched !== row.name ? h('span', { class: 'muted' }, ' (as “' + row.matched + '”)') : '']],
        ['Type', ({ kind }) => classLabel(kind.precise, vocab)],
        title === 'Events' ? ['Date', ({ row }) => shortDate(row.date), { date: true }] : ['Mentions', ({ row }) => row.mentionTotal || '', { num: true }],
        ['Articles', ({ row }) => row.articleCount || '', { num: true }]], found) : null;
      return { query: r.query, count: found.length, node, empty: !found.length, emptyText: 'No ' + title.toLowerCase() + ' named so.' };
    }));
  }
  all.push(section(out, 'Articles', async () => {
    const r = await select('search-articles', term);
    return { query: r.query, count: r.rows.length, empty: !r.rows.length, emptyText: 'No headline says so.',
      node: r.rows.length ? table('Articles', [['Headline', x => articleLink(x.article, x.headline)], ['Published', x => shortDate(x.date), { date: true }]], r.rows) : null };
  }));
  await Promise.all(all);
}

async function home(vocab) {
  const grid = h('div', { class: 'grid' });
  out.append(grid);
  const a = section(grid, 'Most reported actors', async () => {
    const r = await select('home-actors', {});
    return { query: r.query, node: table('Most reported actors', [
      ['Actor', x => actorLink(x.actor, x.name)], ['Type', x => x.class.replace(/.*\//, '')],
      ['Articles', x => x.articles, { num: true }], ['Mentions', x => x.mentions || '', { num: true }]], r.rows), empty: !r.rows.length };
  });
  const e = section(grid, 'Most reported events', async () => {
    const r = await select('home-events', {});
    return { query: r.query, node: table('Most reported events', [
      ['Event', x => eventLink(x.event, x.name)], ['Date', x => shortDate(x.date), { date: true }],
      ['Articles', x => x.articles, { num: true }]], r.rows), empty: !r.rows.length };
  });
  await Promise.all([a, e]);
}

labels().then(vocab => (text ? search(vocab) : home(vocab)))
  .then(() => done(started, text ? 'search “' + text + '”' : ''), err => fail(out, err));
if (!text) box.focus();
