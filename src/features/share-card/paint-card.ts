import type { CardLine } from '@/domain/share-card-builder';
import type { CardPaintContext } from '@/platform/card-canvas';

/** The share image is 5:4 (domain.md "Sharing"); drawn at 1000×800 so it stays sharp at 2×. */
export const CARD_IMAGE_WIDTH = 1000;
export const CARD_IMAGE_HEIGHT = 800;

const FONT = "'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
const TONES: Record<NonNullable<CardLine['tone']>, { text: string; tint: string }> = {
  ok: { text: '#07a35a', tint: '#e6f8ee' },
  warn: { text: '#d46b08', tint: '#fff3e3' },
  danger: { text: '#e53e3e', tint: '#fdeaea' },
  neutral: { text: '#1a1a1a', tint: '#f2f2f2' },
};

/** Splits `text` into at most `maxLines` lines of `maxWidth`, by character (CJK has no spaces); the last gets an ellipsis when cut. */
export function wrapText(
  ctx: Pick<CardPaintContext, 'measureText'>,
  text: string,
  maxWidth: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let current = '';
  for (const ch of [...text]) {
    const next = current + ch;
    if (ctx.measureText(next).width <= maxWidth || current === '') {
      current = next;
      continue;
    }
    const full = current;
    lines.push(full);
    current = ch;
    if (lines.length === maxLines) {
      let last = full;
      while (last.length > 1 && ctx.measureText(`${last}…`).width > maxWidth) last = last.slice(0, -1);
      lines[maxLines - 1] = `${last}…`;
      return lines;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function roundRect(ctx: CardPaintContext, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

/** Paints the card lines (from cardLines) on a white 5:4 card with a WeChat-green band. */
export function paintCard(lines: readonly CardLine[]) {
  return (ctx: CardPaintContext, width: number, height: number) => {
    const pad = 56;
    const inner = width - pad * 2;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#07c160';
    ctx.fillRect(0, 0, width, 104);

    let y = 0;
    const text = (value: string, size: number, color: string, weight = 'normal', maxLines = 1, gap = 12) => {
      ctx.font = `${weight} ${size}px ${FONT}`;
      ctx.fillStyle = color;
      for (const line of wrapText(ctx, value, inner, maxLines)) {
        ctx.fillText(line, pad, y);
        y += size * 1.25;
      }
      y += gap;
    };

    const byRole = (role: CardLine['role']) => lines.filter((line) => line.role === role);
    const brand = byRole('brand')[0];
    if (brand) {
      y = 32;
      text(brand.text, 34, '#ffffff', '600');
    }
    y = 140;
    for (const line of byRole('company')) text(line.text, 48, '#1a1a1a', 'bold', 2, 4);
    for (const line of byRole('mini-program')) text(line.text, 32, '#666666', 'normal', 1, 8);

    const headline = byRole('headline')[0];
    const deadline = byRole('deadline')[0];
    if (headline) {
      const tone = TONES[headline.tone ?? 'neutral'];
      ctx.font = `bold 42px ${FONT}`;
      const headLines = wrapText(ctx, headline.text, inner - 48, 2);
      const boxHeight = 32 + headLines.length * 52 + (deadline ? 48 : 0) + 16;
      y += 12;
      ctx.fillStyle = tone.tint;
      roundRect(ctx, pad, y, inner, boxHeight, 20);
      ctx.fill();
      let inY = y + 24;
      ctx.fillStyle = tone.text;
      for (const line of headLines) {
        ctx.fillText(line, pad + 24, inY);
        inY += 52;
      }
      if (deadline) {
        ctx.font = `normal 32px ${FONT}`;
        ctx.fillText(wrapText(ctx, deadline.text, inner - 48, 1)[0] ?? '', pad + 24, inY + 4);
      }
      y += boxHeight + 24;
    }

    for (const task of byRole('task')) {
      const tone = TONES[task.tone ?? 'neutral'];
      ctx.fillStyle = tone.text;
      ctx.beginPath();
      ctx.arc(pad + 12, y + 20, 10, 0, Math.PI * 2);
      ctx.fill();
      ctx.font = `normal 34px ${FONT}`;
      ctx.fillStyle = '#1a1a1a';
      ctx.fillText(wrapText(ctx, task.text, inner - 40, 1)[0] ?? '', pad + 40, y);
      y += 52;
    }

    const footerY = height - 64;
    ctx.fillStyle = 'rgba(0,0,0,0.08)';
    ctx.fillRect(pad, footerY - 72, inner, 2);
    ctx.font = `normal 28px ${FONT}`;
    ctx.fillStyle = '#666666';
    const progress = byRole('progress')[0];
    if (progress) ctx.fillText(wrapText(ctx, progress.text, inner, 1)[0] ?? '', pad, footerY - 52);
    const footer = byRole('footer')[0];
    if (footer) ctx.fillText(wrapText(ctx, footer.text, inner, 1)[0] ?? '', pad, footerY);
  };
}
