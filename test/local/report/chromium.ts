/** Where the browser tests and the bench find Debian's chromium, and how they start it (no browser download). */
export const CHROMIUM = process.env.OPS_ALERT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
export const INSTALL_HINT = 'Install one with `apt-get update && apt-get install -y chromium` (or set OPS_ALERT_CHROMIUM).';
