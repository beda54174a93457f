import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { readFileSync } from 'node:fs';
import * as nationbuilder from './sites/nationbuilder.mjs';
import * as actionnetwork from './sites/actionnetwork.mjs';
import * as actionbuilder from './sites/actionbuilder.mjs';
import * as testbed from './sites/testbed.mjs';
import * as crmApi from './crm-api/index.mjs';

/** Each demo site answers for its own host names; the first that knows the host wins. */
const sites = [testbed, nationbuilder, actionnetwork, actionbuilder];

/** Host names to map to this server in Chromium (`--host-resolver-rules`). */
export const mappedHosts = ['*.nationbuilder.com', 'actionnetwork.org', 'admin.actionnetwork.org', '*.actionbuilder.org'];

export function hostResolverRules(port) {
  return mappedHosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
}

/** How long each demo page takes to answer: 0, or the benchmark's stand-in for a real CRM server's think time. */
let pageDelayMs = 0;

/** Makes every demo page (not the CRM APIs) answer `ms` later, from the next request on. */
export function setPageDelay(ms) {
  pageDelayMs = ms;
}

function handle(req, res) {
  const host = (req.headers.host ?? '').split(':')[0].toLowerCase();
  const url = new URL(req.url ?? '/', `http://${host || 'localhost'}`);
  // The CRM APIs (the contract server) and its inbox page; everything else is a demo page.
  if (crmApi.handles(host, url)) return void crmApi.serve(req, res, host, url);
  if (pageDelayMs) return void setTimeout(() => answerPage(req, res, host, url), pageDelayMs);
  answerPage(req, res, host, url);
}

function answerPage(req, res, host, url) {
  let answer = null;
  for (const site of sites) {
    answer = site.route(host, url, req);
    if (answer) break;
  }
  if (!answer) answer = { status: 404, html: `<!doctype html><title>Unknown host</title><h1>No demo site for ${host.replace(/[<>&"]/g, '')}</h1>` };
  res.writeHead(answer.status, { 'content-type': answer.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(answer.headers ?? {}) });
  res.end(answer.html);
}

/**
 * Serves the demo CRM pages and the contract server on a free port (or `port`), over plain
 * http and, on the same port, https with the demo certificate (demo/tls/): the CRM APIs are
 * called at their real https addresses. The first byte of a connection tells them apart.
 */
export function startDemoServer(port = 0) {
  const plain = createServer(handle);
  const tls = createTlsServer({ key: readFileSync(new URL('./tls/key.pem', import.meta.url)), cert: readFileSync(new URL('./tls/cert.pem', import.meta.url)) }, handle);
  const sockets = new Set();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      // 0x16: a TLS handshake record.
      (first[0] === 0x16 ? tls : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const close = () =>
        new Promise((done) => {
          // Hanging requests (a demo fault) would keep the server open: end them.
          for (const socket of sockets) socket.destroy();
          server.close(() => done());
        });
      resolve({ port: address.port, close, server: plain });
    });
  });
}
