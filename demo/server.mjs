import { createServer } from 'node:http';
import * as nationbuilder from './sites/nationbuilder.mjs';
import * as actionnetwork from './sites/actionnetwork.mjs';
import * as actionbuilder from './sites/actionbuilder.mjs';
import * as testbed from './sites/testbed.mjs';

/** Each demo site answers for its own host names; the first that knows the host wins. */
const sites = [testbed, nationbuilder, actionnetwork, actionbuilder];

/** Host names to map to this server in Chromium (`--host-resolver-rules`). */
export const mappedHosts = ['*.nationbuilder.com', 'actionnetwork.org', 'admin.actionnetwork.org', '*.actionbuilder.org'];

export function hostResolverRules(port) {
  return mappedHosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
}

/** Serves the demo CRM pages over plain http on a free port (or `port`). */
export function startDemoServer(port = 0) {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0].toLowerCase();
    const url = new URL(req.url ?? '/', `http://${host || 'localhost'}`);
    let answer = null;
    for (const site of sites) {
      answer = site.route(host, url, req);
      if (answer) break;
    }
    if (!answer) answer = { status: 404, html: `<!doctype html><title>Unknown host</title><h1>No demo site for ${host.replace(/[<>&"]/g, '')}</h1>` };
    res.writeHead(answer.status, { 'content-type': answer.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(answer.headers ?? {}) });
    res.end(answer.html);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ port: address.port, close: () => new Promise((done) => server.close(() => done())) , server });
    });
  });
}
