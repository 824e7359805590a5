// Independent JSON-LD check for the export tests: expands a Diplograph .jsonld file with the
// reference JavaScript processor (jsonld.js) and prints the number of N-Quads it yields.
const fs = require('fs');
const jsonld = require('jsonld');
(async () => {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  // Our exports carry their context inline; a document loader that refuses the network keeps it so.
  const offline = async (url) => { throw new Error('no network lookups: ' + url); };
  const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: offline });
  process.stdout.write(String(nquads.split('\n').filter(l => l.trim().length > 0).length) + '\n');
})().catch(e => { console.error(e.message || e); process.exit(1); });
