/**
 * Choosing an option of a Taro H5 selector picker the way a user does: tap the field, drag the
 * column up by whole rows (34 px each, @tarojs/components picker-group LINE_HEIGHT), confirm.
 */
import type { Page } from 'playwright-core';

const ROW_PX = 34;

export async function choose(page: Page, testId: string, index: number): Promise<void> {
  await page.locator(`[data-testid="${testId}"] >> visible=true`).first().click();
  const group = page.locator('.weui-picker__group >> visible=true').first();
  await group.waitFor({ state: 'visible', timeout: 5000 });
  // The sheet slides up (0.3 s): measure once it has settled.
  await page.waitForTimeout(400);
  const box = await group.boundingBox();
  if (!box) throw new Error(`picker ${testId} has no column on screen`);
  // Start low in the column: the column stops following once the pointer leaves it (mouseleave).
  const x = box.x + box.width / 2;
  const y = box.y + box.height - 8;
  if (index * ROW_PX > box.height - 16) throw new Error(`picker ${testId}: row ${index} is out of one drag's reach`);
  // Row 0 is already under the indicator; a press without a drag would count as a tap on a row.
  if (index > 0) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    const steps = index * 2;
    for (let i = 1; i <= steps; i++) await page.mouse.move(x, y - (index * ROW_PX * i) / steps);
    await page.mouse.up();
    await page.waitForTimeout(350);
  }
  await page.locator('.weui-picker__action >> visible=true').last().click();
  await page.waitForTimeout(350);
}
