#!/usr/bin/env node
// Makes sure Debian's Chromium is installed for the browser tests.
// - Already there: exit 0.
// - Running as root: apt-get update, then apt-get install -y chromium.
// - Otherwise: print the one command that installs it, and exit 1.
// The browser tests are never skipped silently: without Chromium they fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const INSTALL_HINT = 'sudo apt-get install -y chromium';

function run(command, args) {
  console.log(`ensure-chromium: running: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) {
    throw result.error;
  }
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

/** Returns true when Chromium is ready; false (after printing the command) when it is not. */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) {
    return true;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`ensure-chromium: ${CHROMIUM_PATH} not found. Install it with:`);
    console.error(INSTALL_HINT);
    return false;
  }
  console.log(`ensure-chromium: ${CHROMIUM_PATH} not found; installing Debian's chromium package`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`ensure-chromium: chromium was installed but ${CHROMIUM_PATH} is missing`);
    return false;
  }
  console.log(`ensure-chromium: installed ${CHROMIUM_PATH}`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exit(ensureChromium() ? 0 : 1);
  } catch (error) {
    console.error(`ensure-chromium: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
