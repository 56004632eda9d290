/**
 * One app-wide one-second ticker for every countdown on screen.
 *
 * A single setTimeout chain fires on whole-second boundaries (nextTickDelay), so every countdown
 * text on a page changes in the same task and Taro sends them in one setData. The chain runs only
 * while something subscribes: a hidden page unsubscribes, and with no subscriber nothing is
 * scheduled at all.
 *
 * The ticker also notices a phone clock that was moved while it ran: wall time going backwards,
 * or wall time running ahead of the monotonic clock (performance.now) by more than a minute. A
 * sleeping phone pauses both clocks' timers but not wall time, so only compare while ticking.
 */
import { nextTickDelay } from '@/domain/sms-window';

export type TickListener = (now: number) => void;

export interface ClockJump {
  /** Wall-clock time when the jump was seen. */
  at: number;
  /** How far the wall clock moved beyond what really elapsed (negative: moved back). */
  deltaMs: number;
}

/** Backwards by more than this is a clock change (wall time never runs backwards on its own). */
const BACKWARD_TOLERANCE_MS = 2_000;
/** Forwards, beyond the monotonic clock, by more than this is a clock change. */
const FORWARD_TOLERANCE_MS = 60_000;

const listeners = new Set<TickListener>();
const jumpListeners = new Set<(jump: ClockJump) => void>();
let timer: ReturnType<typeof setTimeout> | null = null;
let lastWall: number | null = null;
let lastMono: number | null = null;
let lastJump: ClockJump | null = null;

/**
 * A monotonic clock where the platform has one; null otherwise (then only backward jumps are seen).
 * Browsers have `performance.now()`. WeChat documents no global `performance` for mini programs
 * (wx.getPerformance() there has no now(); https://developers.weixin.qq.com/miniprogram/dev/api/base/performance/wx.getPerformance.html),
 * so it is looked up as an optional member of globalThis rather than assumed.
 */
function monotonicNow(): number | null {
  try {
    const performance = (globalThis as { performance?: { now?: () => number } }).performance;
    if (performance && typeof performance.now === 'function') {
      const value = performance.now();
      return Number.isFinite(value) ? value : null;
    }
  } catch {
    // No usable performance object on this base library.
  }
  return null;
}

function noteJump(now: number): void {
  const mono = monotonicNow();
  if (lastWall !== null) {
    const wallDelta = now - lastWall;
    const monoDelta = mono !== null && lastMono !== null ? mono - lastMono : null;
    let deltaMs: number | null = null;
    if (wallDelta < -BACKWARD_TOLERANCE_MS) deltaMs = monoDelta === null ? wallDelta : wallDelta - monoDelta;
    else if (monoDelta !== null && wallDelta - monoDelta > FORWARD_TOLERANCE_MS) deltaMs = wallDelta - monoDelta;
    if (deltaMs !== null) {
      const jump = { at: now, deltaMs };
      lastJump = jump;
      jumpListeners.forEach((listener) => listener(jump));
    }
  }
  lastWall = now;
  lastMono = mono;
}

function schedule(): void {
  timer = setTimeout(fire, nextTickDelay(Date.now()));
}

function fire(): void {
  timer = null;
  if (listeners.size === 0) return;
  const now = Date.now();
  noteJump(now);
  // Copy: a listener may unsubscribe (or subscribe another) while we iterate.
  [...listeners].forEach((listener) => listener(now));
  if (listeners.size > 0 && timer === null) schedule();
}

function stop(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  // A gap while stopped (hidden page, sleeping phone) is not a clock change.
  lastWall = null;
  lastMono = null;
}

/** Calls `listener(now)` on every whole second until the returned function is called. */
export function subscribeTick(listener: TickListener): () => void {
  listeners.add(listener);
  if (timer === null) {
    lastWall = Date.now();
    lastMono = monotonicNow();
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stop();
  };
}

/** Calls `listener` whenever a clock change is seen; returns the unsubscribe function. */
export function subscribeClockJump(listener: (jump: ClockJump) => void): () => void {
  jumpListeners.add(listener);
  return () => {
    jumpListeners.delete(listener);
  };
}

/** The last clock change seen since launch, or null. */
export function lastClockJump(): ClockJump | null {
  return lastJump;
}

/** Number of tick subscribers (for tests and the budget check: 0 while every page is hidden). */
export function tickSubscriberCount(): number {
  return listeners.size;
}

/** True while a tick is scheduled. */
export function isTicking(): boolean {
  return timer !== null;
}

/** Forgets everything; for tests only. */
export function resetTickerForTests(): void {
  listeners.clear();
  jumpListeners.clear();
  stop();
  lastJump = null;
}
