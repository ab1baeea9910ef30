import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer } from './debounce';

describe('createDebouncer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once after the last keystroke', () => {
    const action = vi.fn();
    const debouncer = createDebouncer(action, 800);
    debouncer.schedule();
    vi.advanceTimersByTime(500);
    debouncer.schedule();
    vi.advanceTimersByTime(799);
    expect(action).not.toHaveBeenCalled();
    expect(debouncer.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
    expect(debouncer.pending).toBe(false);
  });

  it('flushes a pending run at once, and only a pending one', () => {
    const action = vi.fn();
    const debouncer = createDebouncer(action, 800);
    debouncer.flush();
    expect(action).not.toHaveBeenCalled();
    debouncer.schedule();
    debouncer.flush();
    expect(action).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('drops a cancelled run', () => {
    const action = vi.fn();
    const debouncer = createDebouncer(action, 800);
    debouncer.schedule();
    debouncer.cancel();
    vi.advanceTimersByTime(1000);
    expect(action).not.toHaveBeenCalled();
  });
});
