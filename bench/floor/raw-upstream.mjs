// @ts-check
// Worker-thread entry for the floor benchmark: the slow upstream written on raw TCP sockets
// (no HTTP library), to show what this machine costs without any HTTP stack at all.
// Only understands `GET /...?delay_ms=N&task_id=N HTTP/1.1` on keep-alive connections.
import net from 'node:net';
import { parentPort } from 'node:worker_threads';

const server = net.createServer((socket) => {
  socket.setNoDelay(true);
  let pending = '';
  socket.on('data', (chunk) => {
    pending += chunk.toString('latin1');
    for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
      const target = pending.slice(0, pending.indexOf('\r\n')).split(' ')[1] ?? '/';
      pending = pending.slice(end + 4);
      const query = new URLSearchParams(target.slice(target.indexOf('?') + 1));
      const started = performance.now();
      setTimeout(
        () => {
          const waited = Math.round((performance.now() - started) * 100) / 100;
          const body = JSON.stringify({
            message: 'Hello World!',
            task_id: query.get('task_id'),
            delay_ms: waited,
          });
          socket.write(
            `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          );
        },
        Number(query.get('delay_ms') ?? 0),
      );
    }
  });
  socket.on('error', () => {});
});
server.listen({ host: '127.0.0.1', port: 0, backlog: 4096 }, () => {
  const address = server.address();
  parentPort?.postMessage({ port: typeof address === 'object' && address ? address.port : 0 });
});
