/**
 * One look at the sidebar: axe-core finds no serious or critical violation, nothing
 * scrolls sideways at 300 pixels, and a screenshot is kept for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';
import { expect } from 'vitest';
import { type SidebarSession, screenshotSidebar } from './sidebar-harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** axe-core's serious and critical violations on the frame's document. */
export async function seriousViolations(frame: Frame): Promise<Violation[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });
  const violations = await frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(c: Document): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Checks one state of the sidebar (once nothing is loading: no '…' left) and keeps its
 * picture as `dir`/`name`.png.
 */
export async function inspectSidebar(session: SidebarSession, dir: string, name: string) {
  const frame = session.sidebar();
  await frame.waitForFunction(
    () => !(document.getElementById('app')?.textContent ?? '').includes('…'),
  );
  expect(await seriousViolations(frame), name).toEqual([]);
  const widths = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `${name} scrolls sideways`).toBeLessThanOrEqual(widths.client);
  expect(widths.client).toBe(300);
  mkdirSync(dir, { recursive: true });
  await screenshotSidebar(session, `${dir}/${name}.png`);
}
