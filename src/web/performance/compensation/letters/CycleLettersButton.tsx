import { Button, Tooltip } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { cycleLettersZipHref } from './api';

/**
 * HR's "Download letters (ZIP)" on a released cycle (nothing before the release, nor for a sandbox):
 * a plain link, so the browser streams the file to disk however many letters it holds.
 */
export function CycleLettersButton({ cycle }: { cycle: { id: string; state: string; sandbox: boolean } }) {
  const { t } = useTranslation();
  if (cycle.sandbox || (cycle.state !== 'released' && cycle.state !== 'archived')) return null;
  return (
    <Tooltip label={t('compensation.letters.cycle.hint')} multiline w={300} withArrow>
      <Button
        component="a"
        href={cycleLettersZipHref(cycle.id)}
        download
        variant="default"
        leftSection={<IconFileZip size={16} aria-hidden />}
        data-testid="cycle-letters-zip"
      >
        {t('compensation.letters.cycle.download')}
      </Button>
    </Tooltip>
  );
}
