// Sends a link to a resource (from a SPARQL result, say) to the page that shows it: event, article or actor.
import { param, iri, select, pageFor, fail } from '/app.js';

const target = param('iri');
const main = document.getElementById('main');
select('resource', { resource: iri(target || '') })
  .then(r => location.replace('/' + pageFor(r.rows.map(x => x.class)) + '.html?iri=' + encodeURIComponent(target)))
  .catch(err => fail(main, err));
