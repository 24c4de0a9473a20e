import type { Page } from '@playwright/test';
import { waitForSolvedMap } from '../e2e/mapSignals.ts';
import { generateDayThroughForm } from './generateDayForm.ts';
import { measureInStudio } from './preview.ts';
import { writeFileSync } from 'node:fs';

await measureInStudio(false, async (page: Page, origin: string) => {
  await page.goto(origin);
  await waitForSolvedMap(page, 240000);
  await generateDayThroughForm(page, { orders: 2000, shoppers: 200 }, 60000, 240000);
  await page.evaluate(() => { const m = window.dispatchStudioMap!; for (const l of m.getStyle().layers) m.setLayoutProperty(l.id, 'visibility', 'none'); });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (const id of ['o1', 'o401', 'o801']) {
    await cdp.send('Profiler.start');
    const t = await page.evaluate(async (id) => {
      const store = window.dispatchStudio!;
      const t0 = performance.now();
      store.getState().selectOrder(id);
      await new Promise<void>((r) => { const c = () => { const a = store.getState().orderExplanation; if (a?.orderId === id && a.status === 'ready' && document.querySelector('[data-testid="why-summary"]')) r(); else requestAnimationFrame(c); }; c(); });
      return [performance.now() - t0, store.getState().orderExplanation!.ms];
    }, id);
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`/work/prof/why-${id}.cpuprofile`, JSON.stringify(profile));
    console.log(id, t);
  }
});
