// Pre-test step: make sure a Chromium exists for the browser tests. Installs it with
// apt-get when running as root; otherwise prints one line saying what to do.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  /* no apt-get: fall through to the instruction */
}
if (isRoot && hasApt) {
  console.log('Chromium not found: installing it with apt-get (chromium)...');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('Could not install Chromium with apt-get. Install it, or set CHROME_PATH to a Chromium/Chrome binary.');
    process.exit(1);
  }
  if (findChromium()) process.exit(0);
}
console.error(
  'Browser tests need Chromium: install it (e.g. `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium/Chrome binary.',
);
process.exit(1);
