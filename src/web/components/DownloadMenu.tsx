import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';

export interface DownloadItem {
  /** What the file holds and its format, e.g. "Ratings (CSV)". */
  label: string;
  /** The export's address: a plain link, so the browser downloads it with the session cookie. */
  href: string;
  format: 'csv' | 'xlsx';
  testId?: string;
}

const iconOf = (format: DownloadItem['format']) =>
  format === 'csv' ? (
    <IconFileTypeCsv size={16} aria-hidden />
  ) : (
    <IconFileSpreadsheet size={16} aria-hidden />
  );

/**
 * A screen's download button (issue 14 item 9): one link when there is one file, else a menu of
 * links (Mantine's menu: arrow keys, Enter, Escape). Render it only for callers the screen's
 * abilities allow to export; the server checks again.
 */
export function DownloadMenu({
  label,
  items,
  testId,
}: {
  label: string;
  items: DownloadItem[];
  testId?: string;
}) {
  const [only] = items;
  if (!only) return null;
  if (items.length === 1)
    return (
      <Button
        component="a"
        href={only.href}
        download
        variant="light"
        leftSection={iconOf(only.format)}
        data-testid={only.testId ?? testId}
      >
        {only.label}
      </Button>
    );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          data-testid={testId}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item
            key={item.href}
            component="a"
            href={item.href}
            download
            leftSection={iconOf(item.format)}
            data-testid={item.testId}
          >
            {item.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
