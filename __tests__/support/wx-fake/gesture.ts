/**
 * The user's tap, as WeChat sees it (rules tap-only, tap-modal-callback): an API called while a
 * tap handler runs synchronously is "in the tap"; anything after an await, a timer or a promise
 * callback runs in a later turn and is not.
 */
export class Gesture {
  private depth = 0;

  /** Runs `handler` as the synchronous part of a user tap. */
  run<T>(handler: () => T): T {
    this.depth++;
    try {
      return handler();
    } finally {
      this.depth--;
    }
  }

  /**
   * Opens a tap that a later `end()` closes (for a DOM event whose handlers run between a capture
   * and a bubble listener). A microtask closes it too, so a handler's `await` always lands outside.
   */
  begin(): void {
    this.depth++;
    let open = true;
    this.pendingEnd = () => {
      if (open) {
        open = false;
        this.depth = Math.max(0, this.depth - 1);
      }
    };
    const end = this.pendingEnd;
    void Promise.resolve().then(end);
  }

  end(): void {
    this.pendingEnd?.();
    this.pendingEnd = null;
  }

  get active(): boolean {
    return this.depth > 0;
  }

  reset(): void {
    this.depth = 0;
    this.pendingEnd = null;
  }

  private pendingEnd: (() => void) | null = null;
}
