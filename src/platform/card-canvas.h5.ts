/**
 * The card image in the browser build: a detached <canvas>, read back as a PNG data URL; the
 * poster is downloaded as a PNG file. Same exports as card-canvas.ts.
 */

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

/** Paints a `width`×`height` image and resolves with its PNG data URL, or null without canvas support. */
export async function renderCardImage(width: number, height: number, paint: CardPainter): Promise<string | null> {
  try {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    paint(ctx as unknown as CardPaintContext, width, height);
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}

export type PosterResult = 'saved' | 'denied' | 'cancelled' | 'failed';

/** Downloads the image as a PNG file ('saved' once the download was started). */
export async function savePoster(image: string): Promise<PosterResult> {
  try {
    const link = document.createElement('a');
    link.href = image;
    link.download = 'filing-checklist.png';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    return 'saved';
  } catch {
    return 'failed';
  }
}

export const POSTER_SAVES_TO_ALBUM = false;
