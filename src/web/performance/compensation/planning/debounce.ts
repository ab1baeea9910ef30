/**
 * Runs `action` once, `delay` ms after the last `schedule()`; `flush()` runs a pending one now (a
 * row losing focus saves at once), `cancel()` drops it (the row unmounts or a save replaces it).
 */
export function createDebouncer(action: () => void, delay: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    schedule() {
      clear();
      timer = setTimeout(() => {
        timer = null;
        action();
      }, delay);
    },
    flush() {
      if (timer === null) return;
      clear();
      action();
    },
    cancel: clear,
    get pending() {
      return timer !== null;
    },
  };
}
export type Debouncer = ReturnType<typeof createDebouncer>;
