// Worker threads do not inherit the main thread's tsx hooks, so each registers its own.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractPage } = await import('../extract/extract-page.ts');
parentPort.on('message', ({ path, bytes }) => parentPort.postMessage(extractPage(path, bytes)));
