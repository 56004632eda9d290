/**
 * 2D canvases and their images, as the fake runs them: sizes capped (rule canvas-size), every
 * decoded image and canvas backing store counted against the profile's memory (rule
 * decode-memory), pixels computed from the drawn images so the app's reads are real, and
 * toDataURL producing a JPEG/PNG of a plausible size that writeFile turns back into an image file.
 */
import type { WxProfile } from './profiles';
import type { FakeFiles } from './files';
import type { StoredImage } from './images';

type Matrix = [number, number, number, number, number, number];
/** One pixel: red, green, blue, alpha (0–255). */
type Rgba = [number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  return [
    m[3] / det,
    -m[1] / det,
    -m[2] / det,
    m[0] / det,
    (m[2] * m[5] - m[3] * m[4]) / det,
    (m[1] * m[4] - m[0] * m[5]) / det,
  ];
}

type Op =
  | { kind: 'fill'; inv: Matrix; x: number; y: number; w: number; h: number; rgba: Rgba }
  | {
      kind: 'image';
      inv: Matrix;
      image: StoredImage;
      sx: number;
      sy: number;
      sw: number;
      sh: number;
      dx: number;
      dy: number;
      dw: number;
      dh: number;
    };

function parseColor(style: unknown): Rgba {
  const s = String(style ?? '#000');
  const hex = /^#([0-9a-f]{6})$/i.exec(s)?.[1];
  if (hex !== undefined) {
    const n = parseInt(hex, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
  }
  if (/^#fff$/i.test(s) || /white/i.test(s)) return [255, 255, 255, 255];
  return [0, 0, 0, 255];
}

/** What a canvas draws and what the fake measures about all canvases. */
export interface CanvasStats {
  /** Largest canvas backing store ever allocated (px) and its size. */
  biggestCanvas: { width: number; height: number; pixels: number };
  /** Largest single image decoded (px). */
  biggestDecode: { width: number; height: number; pixels: number };
  liveBytes: number;
  peakBytes: number;
  /** Every refusal, as "rule: detail". */
  violations: string[];
  /** Texts drawn with fillText. */
  texts: string[];
}

export function newCanvasStats(): CanvasStats {
  return {
    biggestCanvas: { width: 0, height: 0, pixels: 0 },
    biggestDecode: { width: 0, height: 0, pixels: 0 },
    liveBytes: 0,
    peakBytes: 0,
    violations: [],
    texts: [],
  };
}

/** Snapshots handed out by toDataURL, by id, so writeFile can recognise its own data. */
export class SnapshotRegistry {
  private next = 1;
  readonly byId = new Map<number, StoredImage>();
  add(image: StoredImage): number {
    const id = this.next++;
    this.byId.set(id, image);
    return id;
  }
  /** The image a base64 payload of ours carries, from its first characters. */
  decode(base64Head: string): StoredImage | null {
    const clean = base64Head.replace(/[^A-Za-z0-9+/]/g, '').slice(0, 64);
    const head = atob(clean.slice(0, clean.length - (clean.length % 4)));
    const match = /^FAKEIMG:(\d+):/.exec(head);
    return match ? (this.byId.get(Number(match[1])) ?? null) : null;
  }
}

/** A base64 payload of `bytes` bytes that starts with our marker. */
function payload(id: number, bytes: number): string {
  let marker = `FAKEIMG:${id}:`;
  while (marker.length % 3) marker += ' ';
  const head = btoa(marker);
  const total = 4 * Math.ceil(Math.max(bytes, marker.length) / 3);
  return head + 'A'.repeat(Math.max(0, total - head.length));
}

export class CanvasWorld {
  constructor(
    readonly profile: () => WxProfile,
    readonly files: FakeFiles,
    readonly stats: CanvasStats,
    readonly snapshots: SnapshotRegistry,
  ) {}

  private allocate(bytes: number): boolean {
    if (this.stats.liveBytes + bytes > this.profile().imageMemoryBytes) return false;
    this.stats.liveBytes += bytes;
    this.stats.peakBytes = Math.max(this.stats.peakBytes, this.stats.liveBytes);
    return true;
  }

  private free(bytes: number): void {
    this.stats.liveBytes = Math.max(0, this.stats.liveBytes - bytes);
  }

  /** Why a width×height canvas is refused in this profile, or null. */
  sizeProblem(width: number, height: number): string | null {
    const p = this.profile();
    if (width > p.canvasMaxSide || height > p.canvasMaxSide)
      return `canvas-size: ${width}x${height} has a side over ${p.canvasMaxSide}`;
    if (width * height > p.canvasMaxArea) return `canvas-size: ${width}x${height} is over ${p.canvasMaxArea} px`;
    return null;
  }

  /** wx.createOffscreenCanvas({ type: '2d', width, height }); undefined when over the size cap. */
  createOffscreenCanvas(o: { type?: string; width?: number; height?: number }): FakeCanvas | undefined {
    const width = Math.round(o?.width ?? 300);
    const height = Math.round(o?.height ?? 150);
    const problem = this.sizeProblem(width, height);
    if (problem) {
      this.stats.violations.push(problem);
      return undefined;
    }
    return new FakeCanvas(this, width, height, true);
  }

  /** Called by a canvas whose size changes: caps and memory. Returns false when it breaks. */
  resize(from: number, width: number, height: number): boolean {
    this.free(from * 4);
    const problem = this.sizeProblem(width, height);
    if (problem) {
      this.stats.violations.push(problem);
      return false;
    }
    if (!this.allocate(width * height * 4)) {
      this.stats.violations.push(`decode-memory: canvas ${width}x${height} over ${this.profile().imageMemoryBytes} B`);
      return false;
    }
    const pixels = width * height;
    if (pixels > this.stats.biggestCanvas.pixels) this.stats.biggestCanvas = { width, height, pixels };
    return true;
  }

  /** Decodes an image file for a canvas image: counts its memory; null when refused. */
  decode(path: string): { image: StoredImage | null; error: string | null; bytes: number } {
    const image = this.files.images.get(path);
    if (!this.files.has(path) || !image) return { image: null, error: `not an image file: ${path}`, bytes: 0 };
    const bytes = image.width * image.height * 4;
    if (!this.allocate(bytes)) {
      this.stats.violations.push(
        `decode-memory: ${image.width}x${image.height} decode (${bytes} B) over ${this.profile().imageMemoryBytes} B`,
      );
      return { image: null, error: 'out of memory', bytes: 0 };
    }
    const pixels = image.width * image.height;
    if (pixels > this.stats.biggestDecode.pixels)
      this.stats.biggestDecode = { width: image.width, height: image.height, pixels };
    return { image, error: null, bytes };
  }

  release(bytes: number): void {
    this.free(bytes);
  }

  /** A picture of the canvas as it is now (for toDataURL and canvasToTempFilePath). */
  snapshot(canvas: FakeCanvas, width: number, height: number, type: 'jpeg' | 'png'): StoredImage {
    const ops = [...canvas.ops];
    const cw = canvas.width;
    const ch = canvas.height;
    const lastImage = [...ops].reverse().find((op) => op.kind === 'image') as
      Extract<Op, { kind: 'image' }> | undefined;
    const px: Rgba = [0, 0, 0, 0];
    return {
      width,
      height,
      orientation: 'up',
      type,
      bytesPerPixel: lastImage ? lastImage.image.bytesPerPixel : () => 0.01,
      sample(ru, rv, out, at) {
        colorAt(ops, ru * cw, rv * ch, px);
        out[at] = px[0];
        out[at + 1] = px[1];
        out[at + 2] = px[2];
        out[at + 3] = px[3];
      },
    };
  }

  /** toDataURL: a data URI whose decoded length is the encode's plausible size. */
  dataUrl(canvas: FakeCanvas, type = 'image/png', quality = 0.92): string {
    if (canvas.broken || canvas.width * canvas.height === 0) return 'data:,';
    const jpeg = /jpe?g/i.test(type);
    const q = Number.isFinite(quality) && quality > 0 && quality <= 1 ? quality : 0.92;
    const image = this.snapshot(canvas, canvas.width, canvas.height, jpeg ? 'jpeg' : 'png');
    const bytes = Math.round(canvas.width * canvas.height * (jpeg ? image.bytesPerPixel(q) : 0.5));
    const id = this.snapshots.add(image);
    return `data:image/${jpeg ? 'jpeg' : 'png'};base64,${payload(id, bytes)}`;
  }
}

/** Colour at canvas pixel centre (x, y) after every op. */
function colorAt(ops: readonly Op[], x: number, y: number, out: Rgba): void {
  out[0] = out[1] = out[2] = out[3] = 0;
  for (const op of ops) {
    const m = op.inv;
    const ix = m[0] * x + m[2] * y + m[4];
    const iy = m[1] * x + m[3] * y + m[5];
    if (op.kind === 'fill') {
      if (ix >= op.x && ix < op.x + op.w && iy >= op.y && iy < op.y + op.h) {
        out[0] = op.rgba[0];
        out[1] = op.rgba[1];
        out[2] = op.rgba[2];
        out[3] = op.rgba[3];
      }
    } else if (ix >= op.dx && ix < op.dx + op.dw && iy >= op.dy && iy < op.dy + op.dh) {
      const sx = op.sx + ((ix - op.dx) / op.dw) * op.sw;
      const sy = op.sy + ((iy - op.dy) / op.dh) * op.sh;
      op.image.sample(sx / op.image.width, sy / op.image.height, out, 0);
    }
  }
}

export interface FakeImage {
  width: number;
  height: number;
  src: string;
  onload: (() => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export class FakeCanvas {
  ops: Op[] = [];
  broken = false;
  private w = 0;
  private h = 0;
  private context: ReturnType<typeof contextOf> | null = null;

  constructor(
    readonly world: CanvasWorld,
    width: number,
    height: number,
    readonly offscreen: boolean,
  ) {
    this.setSize(width, height);
  }

  get width() {
    return this.w;
  }
  set width(value: number) {
    this.setSize(Math.round(value), this.h);
  }
  get height() {
    return this.h;
  }
  set height(value: number) {
    this.setSize(this.w, Math.round(value));
  }

  private setSize(width: number, height: number) {
    const ok = this.world.resize(this.w * this.h, width, height);
    this.w = width;
    this.h = height;
    this.broken = !ok;
    // Resizing a canvas clears it and resets its context state, as in a browser.
    this.ops = [];
    this.context?.reset();
  }

  getContext(type: string) {
    if (type !== '2d') return null;
    if (!this.context) this.context = this.makeContext();
    return this.context;
  }

  createImage(): FakeImage {
    const world = this.world;
    let src = '';
    let held = 0;
    const image: FakeImage & { __stored?: StoredImage | null } = {
      width: 0,
      height: 0,
      onload: null,
      onerror: null,
      get src() {
        return src;
      },
      set src(value: string) {
        if (held) world.release(held);
        held = 0;
        image.__stored = null;
        src = value;
        if (!value) return;
        void Promise.resolve().then(() => {
          if (src !== value) return;
          const { image: stored, error, bytes } = world.decode(value);
          if (!stored) {
            image.onerror?.({ errMsg: `image load failed: ${error}` });
            return;
          }
          held = bytes;
          image.__stored = stored;
          image.width = stored.width;
          image.height = stored.height;
          image.onload?.();
        });
      },
    };
    return image;
  }

  toDataURL(type?: string, quality?: number): string {
    return this.world.dataUrl(this, type, quality);
  }

  private makeContext() {
    return contextOf(this);
  }
}

/** The 2D context of a fake canvas: a transform stack, and the draws recorded for getImageData. */
function contextOf(canvas: FakeCanvas) {
  {
    let matrix: Matrix = IDENTITY;
    const stack: Array<{ matrix: Matrix; fillStyle: unknown; globalAlpha: number }> = [];
    const ctx = {
      fillStyle: '#000000' as unknown,
      strokeStyle: '#000000' as unknown,
      globalAlpha: 1,
      font: '10px sans-serif',
      textAlign: 'start',
      textBaseline: 'alphabetic',
      lineWidth: 1,
      imageSmoothingQuality: 'low',
      imageSmoothingEnabled: true,
      reset() {
        matrix = IDENTITY;
        stack.length = 0;
      },
      save() {
        stack.push({ matrix, fillStyle: ctx.fillStyle, globalAlpha: ctx.globalAlpha });
      },
      restore() {
        const top = stack.pop();
        if (top) {
          matrix = top.matrix;
          ctx.fillStyle = top.fillStyle;
          ctx.globalAlpha = top.globalAlpha;
        }
      },
      translate(x: number, y: number) {
        matrix = multiply(matrix, [1, 0, 0, 1, x, y]);
      },
      rotate(angle: number) {
        const c = Math.cos(angle);
        const s = Math.sin(angle);
        matrix = multiply(matrix, [c, s, -s, c, 0, 0]);
      },
      scale(x: number, y: number) {
        matrix = multiply(matrix, [x, 0, 0, y, 0, 0]);
      },
      transform(a: number, b: number, c: number, d: number, e: number, f: number) {
        matrix = multiply(matrix, [a, b, c, d, e, f]);
      },
      setTransform(a = 1, b = 0, c = 0, d = 1, e = 0, f = 0) {
        matrix = [a, b, c, d, e, f];
      },
      fillRect(x: number, y: number, w: number, h: number) {
        canvas.ops.push({ kind: 'fill', inv: invert(matrix), x, y, w, h, rgba: parseColor(ctx.fillStyle) });
      },
      clearRect(x: number, y: number, w: number, h: number) {
        canvas.ops.push({ kind: 'fill', inv: invert(matrix), x, y, w, h, rgba: [0, 0, 0, 0] });
      },
      fillText(text: string) {
        canvas.world.stats.texts.push(String(text));
      },
      strokeText(text: string) {
        canvas.world.stats.texts.push(String(text));
      },
      measureText: (text: string) => ({ width: [...String(text)].length * 20 }),
      beginPath() {},
      closePath() {},
      moveTo() {},
      lineTo() {},
      arc() {},
      arcTo() {},
      rect() {},
      fill() {},
      stroke() {},
      clip() {},
      // The three forms of CanvasRenderingContext2D.drawImage: (dx, dy), (dx, dy, dw, dh) and
      // (sx, sy, sw, sh, dx, dy, dw, dh).
      drawImage(
        img: FakeImage & { __stored?: StoredImage | null },
        ...args:
          | [number, number]
          | [number, number, number, number]
          | [number, number, number, number, number, number, number, number]
      ) {
        const stored = img?.__stored;
        if (!stored) throw new Error('drawImage: the image is not loaded');
        let [sx, sy, sw, sh] = [0, 0, stored.width, stored.height];
        let dx: number, dy: number, dw: number, dh: number;
        if (args.length === 8) [sx, sy, sw, sh, dx, dy, dw, dh] = args;
        else if (args.length === 4) [dx, dy, dw, dh] = args;
        else [dx, dy, dw, dh] = [args[0], args[1], stored.width, stored.height];
        canvas.ops.push({ kind: 'image', inv: invert(matrix), image: stored, sx, sy, sw, sh, dx, dy, dw, dh });
      },
      getImageData(x: number, y: number, w: number, h: number) {
        if (canvas.broken)
          throw new Error(
            `getImageData: canvas ${canvas.width}x${canvas.height} is broken (see rule canvas-size / decode-memory)`,
          );
        const data = new Uint8ClampedArray(w * h * 4);
        const px: Rgba = [0, 0, 0, 0];
        const ops = canvas.ops;
        for (let j = 0; j < h; j++)
          for (let i = 0; i < w; i++) {
            colorAt(ops, x + i + 0.5, y + j + 0.5, px);
            const p = (j * w + i) * 4;
            data[p] = px[0];
            data[p + 1] = px[1];
            data[p + 2] = px[2];
            data[p + 3] = px[3];
          }
        return { width: w, height: h, data };
      },
    };
    return ctx;
  }
}
