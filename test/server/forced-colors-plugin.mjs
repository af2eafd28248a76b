// A test-runner command that turns forced-colours mode (Windows High Contrast)
// on or off for the test page, through the DevTools protocol. Chromium only:
// Firefox's driver cannot emulate it, so there the command answers false and
// the tests skip. (Web Test Runner's emulateMedia offers forcedColors only
// for Playwright, which cannot download its browsers here.)
export function forcedColorsPlugin() {
  return {
    name: 'wcit-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession || session.browser.name !== 'Chromium') return false;
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
