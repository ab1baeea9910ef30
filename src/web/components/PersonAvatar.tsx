import { Avatar, type AvatarProps } from '@mantine/core';
import { initials } from '../app/format';

// Identity, not status: the colour only tells people apart and says nothing about them, so it may
// share a hue with a tone (the colour rule in app/colourRule.test.ts allows these here).
const palette = ['brand', 'indigo', 'blue', 'grape', 'orange', 'green'];

/** Initials on a colour derived from the name, so the same person always looks the same. */
export function PersonAvatar({ name, ...props }: { name: string } & AvatarProps) {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (
    <Avatar radius="xl" color={palette[hash % palette.length]} aria-hidden {...props}>
      {initials(name)}
    </Avatar>
  );
}
