import { Button, Group, Menu } from '@mantine/core';
import {
  IconBinaryTree2,
  IconDots,
  IconEdit,
  IconEraser,
  IconEye,
  IconFileExport,
  IconMailForward,
  IconUserOff,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../contracts/org';
import { apiPost } from '../../api/client';
import { hasRole, useMe } from '../../app/session';
import { toneColor } from '../../app/statusColors';
import { errorMessage } from '../../components/ErrorAlert';
import { ButtonLink } from '../../components/links';
import { showToast } from '../../components/showToast';
import { DownloadMyDataButton } from '../../platform/dataExport/DownloadMyDataButton';
import { ExportOnRequestModal } from '../../platform/dataExport/ExportOnRequestModal';
import { ErasureRequestModal } from '../../platform/erasure/ErasureRequestModal';
import { DeactivateModal } from './DeactivateModal';
import { EditPersonModal } from './EditPersonModal';

/** The buttons this viewer may use on this profile; abilities come from the server. */
export function ProfileActions({ person, isSelf }: { person: PersonDetail; isSelf: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [deactivating, setDeactivating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [erasing, setErasing] = useState(false);
  // HR exports someone else's data on their written request; one's own is "Download my data".
  const canExport = hasRole(useMe(), 'hr_admin') && !isSelf;
  const { abilities } = person;
  const invite = useMutation({
    mutationFn: () =>
      apiPost('/api/people/{personId}/invitation', { params: { path: { personId: person.id } } }),
    onSuccess: () =>
      showToast({ tone: 'positive', message: t('profile.invite.sent', { email: person.email }) }),
    onError: (error) => showToast({ tone: 'negative', message: errorMessage(error, t) }),
  });
  const canDeactivate = abilities.deactivate && person.status !== 'terminated';
  const canInvite = abilities.invite && person.hasAccount !== true && person.status !== 'terminated';

  return (
    <Group gap="xs">
      <ButtonLink
        to="/org-chart"
        search={{ focus: person.id }}
        variant="default"
        leftSection={<IconBinaryTree2 size={16} aria-hidden />}
      >
        {t('profile.showInOrgChart')}
      </ButtonLink>
      {isSelf ? (
        <ButtonLink
          to="/privacy/access-log"
          variant="default"
          leftSection={<IconEye size={16} aria-hidden />}
        >
          {t('userMenu.accessLog')}
        </ButtonLink>
      ) : null}
      {isSelf ? <DownloadMyDataButton /> : null}
      {abilities.update ? (
        <Button leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setEditing(true)}>
          {t('actions.edit')}
        </Button>
      ) : null}
      {canInvite || canDeactivate || canExport ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              aria-label={t('profile.moreActions')}
              px="xs"
              data-testid="profile-more"
            >
              <IconDots size={18} aria-hidden />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {canInvite ? (
              <Menu.Item
                leftSection={<IconMailForward size={16} aria-hidden />}
                onClick={() => invite.mutate()}
                disabled={invite.isPending}
              >
                {t('profile.invite.action')}
              </Menu.Item>
            ) : null}
            {canExport ? (
              <Menu.Item
                leftSection={<IconFileExport size={16} aria-hidden />}
                onClick={() => setExporting(true)}
                data-testid="export-on-request"
              >
                {t('dataExport.onRequest.action')}
              </Menu.Item>
            ) : null}
            {/* The same door: HR, someone else; the form shows the dry run and what stops it. */}
            {canExport ? (
              <Menu.Item
                color={toneColor.negative}
                leftSection={<IconEraser size={16} aria-hidden />}
                onClick={() => setErasing(true)}
                data-testid="erase-personal-data"
              >
                {t('erasure.action')}
              </Menu.Item>
            ) : null}
            {canDeactivate ? (
              <Menu.Item
                color={toneColor.negative}
                leftSection={<IconUserOff size={16} aria-hidden />}
                onClick={() => setDeactivating(true)}
              >
                {t('profile.deactivate.action')}
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      ) : null}
      {editing ? <EditPersonModal person={person} opened onClose={() => setEditing(false)} /> : null}
      {exporting ? <ExportOnRequestModal person={person} opened onClose={() => setExporting(false)} /> : null}
      {erasing ? <ErasureRequestModal person={person} opened onClose={() => setErasing(false)} /> : null}
      {deactivating ? (
        <DeactivateModal person={person} opened onClose={() => setDeactivating(false)} />
      ) : null}
    </Group>
  );
}
