import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { subscribeClockJump, subscribeTick, type ClockJump } from './ticker';

/**
 * Whether the page showing a countdown is in front. Pages get this from useDidShow/useDidHide
 * (page files only) and pass it down; hidden pages stop ticking.
 */
const PageVisibleContext = createContext(true);

export function CountdownVisibility({ visible, children }: { visible: boolean; children?: ReactNode }) {
  return createElement(PageVisibleContext.Provider, { value: visible }, children);
}

export function usePageVisible(): boolean {
  return useContext(PageVisibleContext);
}

/**
 * Returns `compute(now)` and re-renders the calling component only when that value changes on
 * a tick (compared with `equal`). While the page is hidden nothing is subscribed; on show the
 * value is recomputed at once from the current time.
 */
export function useTickValue<T>(
  compute: (now: number) => T,
  equal: (a: T, b: T) => boolean = Object.is,
  /** False when nothing can change with time (no countdown running): no subscription at all. */
  active = true,
): T {
  const visible = usePageVisible() && active;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const computeRef = useRef(compute);
  computeRef.current = compute;
  const equalRef = useRef(equal);
  equalRef.current = equal;
  const value = compute(Date.now());
  const lastRef = useRef(value);
  lastRef.current = value;

  useEffect(() => {
    if (!visible) return undefined;
    // Recompute on show: the page may have been hidden for hours.
    if (!equalRef.current(computeRef.current(Date.now()), lastRef.current)) rerender();
    return subscribeTick((now) => {
      if (!equalRef.current(computeRef.current(now), lastRef.current)) rerender();
    });
  }, [visible]);

  return value;
}

/** The last clock change seen while this component was mounted and ticking (null if none). */
export function useClockJump(): ClockJump | null {
  const [jump, setJump] = useState<ClockJump | null>(null);
  useEffect(() => subscribeClockJump(setJump), []);
  return jump;
}
