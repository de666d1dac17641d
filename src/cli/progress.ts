/**
 * Progress of a run: a bar with rate and ETA on a terminal, a few quiet lines elsewhere (CI).
 */
import cliProgress from 'cli-progress';

/** Quiet mode prints at these fractions of the work. */
const QUIET_MARKS = [0.25, 0.5, 0.75, 1];

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
        const rate = done / Math.max(1e-3, (Date.now() - start) / 1000);
        bar.update(done, { rate: rate.toFixed(0) });
      },
      stop: () => bar.stop(),
    };
  }
  let next = 0;
  return {
    update(done, total) {
      while (next < QUIET_MARKS.length && done >= (QUIET_MARKS[next] as number) * total) {
        stream.write(`evaluated ${done}/${total} case runs\n`);
        next++;
      }
    },
    stop() {},
  };
}
