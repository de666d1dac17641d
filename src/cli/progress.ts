/**
 * Progress of a run: a bar with rate and ETA on a terminal, a few quiet lines elsewhere (CI).
 */
import cliProgress from 'cli-progress';

/** Quiet mode prints at most one line per this many ms (and always at the end). */
const QUIET_EVERY_MS = 1000;

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY && !process.env.CI) {
    const bar = new cliProgress.SingleBar(
      { format: 'evaluating [{bar}] {value}/{total} case runs · {rate}/s · ETA {eta_formatted}', stream, hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    const start = Date.now();
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, 0, { rate: '0' });
          started = true;
        }
        // the total grows while corpora stream in
        if (total !== bar.getTotal()) bar.setTotal(total);
        const rate = done / Math.max(1e-3, (Date.now() - start) / 1000);
        bar.update(done, { rate: rate.toFixed(0) });
      },
      stop: () => bar.stop(),
    };
  }
  // the total grows while corpora stream in, so quiet lines go by time, not by fraction
  let last = Date.now();
  let latest = { done: 0, total: 0 };
  return {
    update(done, total) {
      latest = { done, total };
      if (Date.now() - last < QUIET_EVERY_MS) return;
      last = Date.now();
      stream.write(`evaluated ${done}/${total} case runs so far\n`);
    },
    stop() {
      stream.write(`evaluated ${latest.done}/${latest.total} case runs\n`);
    },
  };
}
