// The CLOSED-LOOP session (the bench's before issue 9): Playwright's mouse.wheel waits for each event
// to be handled, so the input slows to the page's pace and a slow frame is never seen. Kept only for
// `npm run bench -- --closed-loop`, labelled as such; the bench's figures come from openLoop.mjs.

/** The same scripted session of wheel-zoom, wheel-pan and drag every run. */
export async function interact(page) {
  const surface = page.locator('[aria-label="Timeline"]').first();
  const box = await surface.boundingBox();
  if (!box) throw new Error('no element with aria-label "Timeline"');
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    window.__bench.frames = [];
    window.__bench.recording = true;
  });
  const pause = () => page.waitForTimeout(16);
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, -240); // zoom in
    await pause();
  }
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(240, 0); // pan later
    await pause();
  }
  for (let i = 0; i < 10; i++) {
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, -240); // shift+wheel: pan earlier where supported
    await page.keyboard.up('Shift');
    await pause();
  }
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(cx - i * 15, cy);
    await pause();
  }
  await page.mouse.up();
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 240); // zoom out
    await pause();
  }
  // Let the settled window (debounced) land: its re-render counts too.
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    window.__bench.recording = false;
    return window.__bench.frames;
  });
}

