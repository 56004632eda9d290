/**
 * The card image in the browser build: a detached <canvas>, read back as a PNG data URL; the
 * poster is downloaded as a PNG file. Same exports as card-canvas.ts.
 */

import type { CardPaintContext, CardPainter } from './card-paint-types';

export type { CardPaintContext, CardPainter };

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
