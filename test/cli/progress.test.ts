import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../generator/cli/progress.ts';

function stream(isTTY: boolean): Writable & { text: string; isTTY: boolean } {
  const out = new Writable({
    write(chunk, _encoding, done) {
      out.text += String(chunk);
      done();
    },
  }) as Writable & { text: string; isTTY: boolean };
  out.text = '';
  out.isTTY = isTTY;
  return out;
}

describe('progressLine', () => {
  it('redraws one line on a terminal and clears it at the end', async () => {
    const out = stream(true);
    const progress = progressLine(out, 'pages');
    progress.update(1, 200);
    progress.update(2, 200); // within the redraw interval: skipped
    progress.update(200, 200); // the last one always shows
    progress.end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.text).toBe('\rpages 1/200 (0%)\u001b[K\rpages 200/200 (100%)\u001b[K\r\u001b[K');
  });

  it('says nothing when the stream is not a terminal (a CI log)', () => {
    const out = stream(false);
    const progress = progressLine(out, 'pages');
    progress.update(1, 2);
    progress.update(2, 2);
    progress.end();
    expect(out.text).toBe('');
  });
});
