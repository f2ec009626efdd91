// The open-loop input session: the same gestures every run, sent as a device sends them.
//
// Each input is a DevTools-protocol `Input.dispatchMouseEvent` / `Input.dispatchTouchEvent` sent
// on a fixed 16 ms clock from Node, WITHOUT waiting for the page's reply: the send is
// fire-and-forget, and the clock's next tick comes from a timer that does not await anything.
// A busy page therefore gets its input queued (and coalesced) by the browser exactly as with a
// real mouse or trackpad, instead of slowing the input down to its own pace (which is what
// Playwright's `mouse.wheel` does: it waits for each event to be handled).

/** Milliseconds between two inputs: a 60 Hz device. */
export const CLOCK_MS = 16;

/** CDP modifier bit for Ctrl (a trackpad pinch arrives as ctrl+wheel). */
const CTRL = 2;

/**
 * The session's inputs, one per clock tick, as CDP [method, params] pairs. Zoom deltas are
 * trackpad-sized: d3-zoom scales by 2^(-deltaY × 0.002 × 10) with Ctrl, so -25 is ×1.41 a tick
 * and ten ticks zoom 32× (ten years to about four months).
 */
export function sessionInputs(cx, cy) {
  const wheel = (deltaX, deltaY, modifiers = 0) => [
    'Input.dispatchMouseEvent',
    { type: 'mouseWheel', x: cx, y: cy, deltaX, deltaY, modifiers, pointerType: 'mouse' },
  ];
  const mouse = (type, x, extra = {}) => ['Input.dispatchMouseEvent', { type, x, y: cy, button: 'left', pointerType: 'mouse', ...extra }];
  const touch = (type, spread) => [
    'Input.dispatchTouchEvent',
    {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: cx - spread, y: cy, id: 1 },
              { x: cx + spread, y: cy, id: 2 },
            ],
    },
  ];
  const inputs = [];
  for (let i = 0; i < 10; i++) inputs.push(wheel(0, -25, CTRL)); // pinch out: zoom in
  for (let i = 0; i < 10; i++) inputs.push(wheel(120, 0)); // two-finger swipe: pan later
  for (let i = 0; i < 10; i++) inputs.push(wheel(0, 25, CTRL)); // pinch in: zoom out
  inputs.push(mouse('mousePressed', cx, { buttons: 1, clickCount: 1 }));
  for (let i = 1; i <= 30; i++) inputs.push(mouse('mouseMoved', cx - i * 12, { buttons: 1 }));
  inputs.push(mouse('mouseReleased', cx - 360, { buttons: 0, clickCount: 1 }));
  // Two-finger touch pinch: fingers 60 px apart spreading to 300 px (zoom in 5×), then lifted.
  inputs.push(touch('touchStart', 30));
  for (let i = 1; i <= 20; i++) inputs.push(touch('touchMove', 30 + i * 6));
  inputs.push(touch('touchEnd', 0));
  return inputs;
}

const sleepUntil = (t) => new Promise((ok) => setTimeout(ok, Math.max(0, t - performance.now())));

/**
 * Replays the session on `page` through its CDP session `cdp`, recording (see measurePage.mjs)
 * from the first input until `settleMs` after the last. Returns what was recorded in the page
 * and how late the clock's ticks were sent (Node's own timer jitter, reported for honesty).
 */
export async function openLoopSession(page, cdp, { settleMs = 500 } = {}) {
  const surface = page.locator('.tl-plot').first();
  const box = await surface.boundingBox();
  if (!box) throw new Error('no timeline plot (.tl-plot) on the page');
  const cx = Math.round(box.x + box.width / 2);
  const cy = Math.round(box.y + Math.min(box.height / 2, 120));
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: cx, y: cy, pointerType: 'mouse' });
  await page.evaluate(() => window.__bench.startRecording());
  const inputs = sessionInputs(cx, cy);
  const sends = [];
  const lateness = [];
  const t0 = performance.now();
  for (let k = 0; k < inputs.length; k++) {
    const due = t0 + k * CLOCK_MS;
    await sleepUntil(due);
    lateness.push(performance.now() - due);
    const [method, params] = inputs[k];
    // Not awaited: the next tick does not wait for the page.
    sends.push(cdp.send(method, params).then(() => null, (e) => `${method} ${params.type}: ${e.message}`));
  }
  await sleepUntil(t0 + inputs.length * CLOCK_MS + settleMs);
  const failures = (await Promise.all(sends)).filter(Boolean);
  const recorded = await page.evaluate(() => window.__bench.stopRecording());
  return {
    ...recorded,
    inputs: inputs.length,
    failures,
    clockLatenessP95: [...lateness].sort((a, b) => a - b)[Math.floor(lateness.length * 0.95)],
  };
}
