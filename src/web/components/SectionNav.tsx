import { Group, ScrollArea } from '@mantine/core';
import { ButtonLink } from './links';
import classes from './SectionNav.module.css';

export interface SectionLink {
  key: string;
  to: string;
  label: string;
  exact?: boolean;
}

/**
 * The row of section links above an area's pages (performance, growth). It scrolls sideways on a
 * phone instead of wrapping into a wall of buttons, and wraps on wider screens so no link is cut
 * off at the window's edge; `color` keeps each track's own look.
 */
export function SectionNav({
  label,
  sections,
  color,
  testIdPrefix,
}: {
  label: string;
  sections: SectionLink[];
  color: string;
  testIdPrefix: string;
}) {
  return (
    <nav aria-label={label}>
      <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars="x">
        <Group
          gap={4}
          wrap="nowrap"
          pb={4}
          component="ul"
          className={`plain-list ${classes.list}`}
          m={0}
          p={0}
        >
          {sections.map((section) => (
            <li key={section.key} style={{ listStyle: 'none' }}>
              <ButtonLink
                // Section paths come from each area's typed list; the router checks them there.
                to={section.to as '/'}
                size="compact-sm"
                variant="subtle"
                color="gray"
                activeOptions={{ exact: section.exact ?? false }}
                activeProps={{ 'aria-current': 'page', variant: 'light', color }}
                data-testid={`${testIdPrefix}-${section.key}`}
              >
                {section.label}
              </ButtonLink>
            </li>
          ))}
        </Group>
      </ScrollArea>
    </nav>
  );
}
