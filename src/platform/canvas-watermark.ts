import type { WatermarkLayout } from '@/domain/watermark';

/** The part of a 2D context the watermark needs (browser and WeChat canvases both have it). */
export interface Watermark2d {
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  rotate(angle: number): void;
  fillText(text: string, x: number, y: number): void;
  font: string;
  fillStyle: unknown;
  globalAlpha: number;
  textAlign: string;
  textBaseline: string;
}

/**
 * Draws `text` at every layout position, rotated (watermark.ts says how), as a dark fill at the
 * layout's alpha, so the document's own print stays readable underneath. No outline: it doubled
 * the watermark's edges, and every edge costs JPEG bytes under the 200 KB cap.
 */
export function drawWatermark(ctx: Watermark2d, layout: WatermarkLayout, text: string): void {
  ctx.save();
  ctx.globalAlpha = layout.alpha;
  ctx.font = `${Math.round(layout.fontPx)}px "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#3a3a3a';
  for (const p of layout.positions) {
    ctx.save();
    ctx.translate(p.x, p.y);
    ctx.rotate(layout.angleRad);
    ctx.fillText(text, 0, 0);
    ctx.restore();
  }
  ctx.restore();
}
