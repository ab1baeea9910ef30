import { Button, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../api/client';
import { errorMessage } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { saveFile } from './saveFile';

/** SPEC S2 "Data rights": every person downloads what Trellis holds about them, from their own profile. */
export function DownloadMyDataButton() {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => downloadFile('GET', '/me/export'),
    onSuccess: (file) => {
      saveFile(file);
      showToast({ tone: 'positive', message: t('dataExport.downloaded') });
    },
    onError: (error) => showToast({ tone: 'negative', message: errorMessage(error, t) }),
  });
  return (
    <Tooltip label={t('dataExport.downloadHint')} multiline w={280} withArrow>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={() => download.mutate()}
        loading={download.isPending}
        data-testid="download-my-data"
      >
        {t('dataExport.download')}
      </Button>
    </Tooltip>
  );
}
