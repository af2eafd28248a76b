// The configurator's worker: work.ts off the page's main thread.
import { answer, type Work } from './work.js';

addEventListener('message', async ({ data }: MessageEvent<Work & { id: number }>) => {
  postMessage({ id: data.id, ...(await answer(data)) });
});
