// WebKit (Safari's engine) for the browser tests: Debian's webkit2gtk-driver
// (WebKitWebDriver, driving WebKitGTK's MiniBrowser) through
// @web/test-runner-webdriver. MiniBrowser has no headless mode, so this starts
// its own X server (Xvfb on a free display) and the driver on a free port, and
// stops both when the test runner exits: `npm test` needs no setup by hand.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { firstExisting } from './chromium.mjs';

const MINIBROWSER = [
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** Where WebKit is on this machine, or undefined: `{ driver, browser }`. */
export function findWebKit() {
  const driver = firstExisting([process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver']);
  const browser = firstExisting(MINIBROWSER);
  const xvfb = firstExisting(['/usr/bin/Xvfb']);
  return driver && browser && xvfb ? { driver, browser, xvfb } : undefined;
}

const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));

function start(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  child.failure = new Promise((resolve) => {
    child.on('error', (error) => resolve(`${command} could not start: ${error.message}`));
    child.on('exit', (code, signal) => resolve(`${command} exited (${signal ?? code}): ${stderr.trim()}`));
  });
  return child;
}

/** An X server on a display nobody uses (Xvfb picks it and writes its number to fd 3). */
async function startXvfb(xvfb) {
  const child = start(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await Promise.race([
    new Promise((resolve) => {
      let out = '';
      child.stdio[3].on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
    }),
    child.failure.then((why) => Promise.reject(new Error(why))),
  ]);
  return display;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function startDriver(driver, display) {
  const port = await freePort();
  const child = start(driver, [`--port=${port}`], { env: { ...process.env, DISPLAY: display } });
  for (const started = Date.now(); Date.now() - started < 30000; ) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port;
    } catch {
      // not listening yet
    }
    const failed = await Promise.race([child.failure, new Promise((resolve) => setTimeout(resolve, 100, undefined))]);
    if (failed) throw new Error(failed);
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 30 s`);
}

/**
 * The WebKit launcher: Xvfb and WebKitWebDriver started, a MiniBrowser session
 * per run (concurrency 1: the config's). Keys go one at a time: webdriverio
 * presses every key of `type: 'aa'` before releasing any, and WebKitWebDriver
 * drops the second press of a key it holds.
 */
export async function webkitLauncher({ driver, browser, xvfb }) {
  const display = await startXvfb(xvfb);
  const port = await startDriver(driver, display);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // Classic WebDriver: WebKitWebDriver refuses the session webdriverio asks for by default (with BiDi).
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    },
  });
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = 'WebKit';
  };
  const sendKeys = launcher.sendKeys.bind(launcher);
  launcher.sendKeys = async (sessionId, keys) => {
    for (const key of keys) await sendKeys(sessionId, [key]);
  };
  launcher.name = 'WebKit';
  return launcher;
}
