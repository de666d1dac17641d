/**
 * Make sure the Apertium command line and the two language pairs the MT slices use are
 * installed (Debian packages). When `apertium` is missing from PATH, run `apt-get update` once
 * and `apt-get install -y` the packages; throws a clear error when that fails. Cost: one
 * `which`-style lookup when installed (milliseconds); about 10–30 s the first time.
 */
import { spawnSync } from 'node:child_process';

/** The Debian packages the MT slices need: the engine and the eng–spa and fr–es pairs. */
export const APERTIUM_PACKAGES = ['apertium', 'apertium-eng-spa', 'apertium-fr-es'] as const;

/** The modes the generators call; each must be listed by `apertium -l` after installing. */
export const APERTIUM_MODES = ['eng-spa', 'spa-eng', 'fr-es', 'es-fr'] as const;
export type ApertiumMode = (typeof APERTIUM_MODES)[number];

/** Longest wait for apt-get (update or install) before giving up: installs take ~10 s. */
const APT_TIMEOUT_MS = 10 * 60 * 1000;

/** True when the `apertium` command is on PATH. */
export function apertiumOnPath(): boolean {
  return spawnSync('sh', ['-c', 'command -v apertium'], { encoding: 'utf8' }).status === 0;
}

/** The modes `apertium -l` lists (empty when apertium is missing). */
export function installedModes(): string[] {
  const r = spawnSync('apertium', ['-l'], { encoding: 'utf8' });
  if (r.status !== 0 || typeof r.stdout !== 'string') return [];
  return r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function apt(args: string[]): void {
  const r = spawnSync('apt-get', args, {
    encoding: 'utf8',
    timeout: APT_TIMEOUT_MS,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`;
    throw new Error(
      `could not install Apertium (apt-get ${args.join(' ')} failed: ${why}). ` +
        `Install it by hand as root: apt-get update && apt-get install -y ${APERTIUM_PACKAGES.join(' ')}`,
    );
  }
}

/**
 * Install Apertium and its pairs when missing; then check every mode the generators use is
 * there. `log` receives one line per install step.
 */
export function ensureApertium(log: (line: string) => void = () => {}): void {
  const missing = () => APERTIUM_MODES.filter((m) => !installedModes().includes(m));
  if (!apertiumOnPath() || missing().length > 0) {
    log(`installing ${APERTIUM_PACKAGES.join(', ')} with apt-get …`);
    apt(['update']);
    apt(['install', '-y', ...APERTIUM_PACKAGES]);
  }
  const still = missing();
  if (still.length > 0) throw new Error(`Apertium is installed but lacks the mode(s) ${still.join(', ')} (apertium -l lists: ${installedModes().join(', ')})`);
}

/** Installed versions of the Apertium packages (recorded in every Apertium case's meta). */
export function apertiumVersions(): Record<string, string> {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own field syntax, not a template
  const format = '-f=${Package}=${Version}\\n';
  const r = spawnSync('dpkg-query', ['-W', format, ...APERTIUM_PACKAGES], { encoding: 'utf8' });
  const versions: Record<string, string> = {};
  for (const line of (r.stdout ?? '').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) versions[line.slice(0, at)] = line.slice(at + 1);
  }
  return versions;
}
