import { ButtonLink } from './links';
import classes from './SectionNav.module.css';

export interface SectionLink {
  key: string;
  to: string;
  label: string;
  exact?: boolean;
}

/**
 * The row of section links above an area's pages (performance, growth), in the track's own `color`.
 * It wraps onto more lines wherever it runs out of room, a phone included: every section stays in
 * sight and one tap away, with no sideways scrolling, and it remains a plain list of links, so the
 * keyboard reaches each with Tab and a screen reader hears "navigation, list, n items" and which
 * link is the current page.
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
      <ul className={classes.list}>
        {sections.map((section) => (
          <li key={section.key}>
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
      </ul>
    </nav>
  );
}
