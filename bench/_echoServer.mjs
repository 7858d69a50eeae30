// The baseline of bench/service-throughput.mjs: a bare node:http server that reads the body, parses it
// as JSON and answers it back as {"result": …}: the least any JSON-over-HTTP service does.
import { createServer } from 'node:http';

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    let body;
    try {
      body = `{"result":${JSON.stringify(JSON.parse(Buffer.concat(chunks).toString('utf8')))}}`;
    } catch {
      response.writeHead(400).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stderr.write(`listening on http://127.0.0.1:${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
