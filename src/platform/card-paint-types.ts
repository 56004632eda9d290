/**
 * The drawing surface both card-canvas.ts (weapp offscreen canvas) and card-canvas.h5.ts (a
 * browser <canvas>) hand to the card painter; one definition so the two cannot drift apart.
 */

/** The 2D context calls the card painter uses (a subset of CanvasRenderingContext2D). */
export interface CardPaintContext {
  fillStyle: string | unknown;
  strokeStyle: string | unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, r: number): void;
  closePath(): void;
  fill(): void;
  stroke(): void;
}

export type CardPainter = (ctx: CardPaintContext, width: number, height: number) => void;
