import { beforeEach, describe, expect, it, vi } from 'vitest';

const show = vi.fn();
vi.mock('@mantine/notifications', () => ({ notifications: { show } }));

const { showToast } = await import('./showToast');

describe('showToast', () => {
  beforeEach(() => show.mockClear());

  it('colours a toast by its tone, never by a colour of its own', async () => {
    showToast({ tone: 'positive', message: 'Saved' });
    showToast({ tone: 'caution', message: 'Check the dates', title: 'Almost' });
    showToast({ tone: 'negative', message: 'Someone else changed it' });
    await vi.waitFor(() => expect(show).toHaveBeenCalledTimes(3));
    expect(show.mock.calls.map(([toast]) => toast)).toEqual([
      { color: 'green', message: 'Saved', title: undefined },
      { color: 'amber', message: 'Check the dates', title: 'Almost' },
      { color: 'red', message: 'Someone else changed it', title: undefined },
    ]);
  });
});
