/** A one-line progress counter on a terminal; silent when the stream is not a TTY (CI logs). */
export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

const INTERVAL_MS = 100;

export function progressLine(stream: NodeJS.WritableStream, label: string, enabled = true): Progress {
  const tty = enabled && (stream as NodeJS.WriteStream).isTTY === true;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (!tty || (now - last < INTERVAL_MS && done < total)) return;
      last = now;
      shown = true;
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      stream.write(`\r${label} ${done}/${total} (${percent}%)\u001b[K`);
    },
    end() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
