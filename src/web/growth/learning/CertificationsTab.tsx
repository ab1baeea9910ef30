import { Badge, Button, Group, Paper, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconCertificate, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Certification,
  certificationInput,
  updateCertificationRequest,
} from '../../../contracts/learning';
import { isApiError } from '../../api/client';
import { formatDate } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { certificationsQuery, LEARNING_PAGE_SIZE, learningApi, learningKeys } from './api';
import { stateColor } from './certificationState';

/** My certifications, soonest expiry first, with a reminder 30 days before expiry. */
export function CertificationsTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Certification | 'new' | null>(null);
  const query = useQuery(certificationsQuery(personId, page));
  const add = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      {t('learning.certs.add')}
    </Button>
  );
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          {t('learning.certs.lead')}
        </Text>
        {query.data && query.data.total > 0 ? add : null}
      </Group>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={2} />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconCertificate size={28} />}
            title={t('learning.certs.empty')}
            description={t('learning.certs.emptyHelp')}
            order={2}
            actions={add}
          />
        }
      >
        {(data) => (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {data.items.map((c) => (
                <Paper
                  key={c.id}
                  withBorder
                  p="md"
                  component="article"
                  aria-label={c.certificationName}
                  data-testid="learning-certification"
                >
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Text fw={600}>{c.certificationName}</Text>
                      <Badge color={stateColor[c.state]} style={{ flexShrink: 0 }}>
                        {t(`learning.certs.state.${c.state}`)}
                      </Badge>
                    </Group>
                    {c.issuer ? (
                      <Text size="sm" c="dimmed">
                        {c.issuer}
                      </Text>
                    ) : null}
                    <Text size="sm">
                      {t('learning.certs.issued', { date: formatDate(c.issuedOn) })}
                      {' · '}
                      {c.expiresOn
                        ? t('learning.certs.expires', { date: formatDate(c.expiresOn) })
                        : t('learning.certs.noExpiry')}
                    </Text>
                    {c.item ? (
                      <Text size="xs" c="dimmed">
                        {t('learning.certs.fromItem', { title: c.item.title })}
                      </Text>
                    ) : null}
                    <Group justify="space-between">
                      <Badge variant="outline" color={c.sharedWithManager ? 'indigo' : 'gray'} size="sm">
                        {t(c.sharedWithManager ? 'learning.certs.shared' : 'learning.certs.private')}
                      </Badge>
                      {c.abilities.edit ? (
                        <Button size="xs" variant="default" onClick={() => setEditing(c)}>
                          {t(
                            c.state === 'expiring' || c.state === 'expired'
                              ? 'learning.certs.renew'
                              : 'learning.certs.edit',
                          )}
                          <span className="visually-hidden">: {c.certificationName}</span>
                        </Button>
                      ) : null}
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
            {data.total > LEARNING_PAGE_SIZE ? (
              <Pager page={page} pageSize={LEARNING_PAGE_SIZE} total={data.total} onChange={setPage} />
            ) : null}
          </>
        )}
      </QueryView>
      {editing ? (
        <CertificationModal
          certification={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}

function CertificationModal({
  certification,
  onClose,
}: {
  certification: Certification | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: learningKeys.all });
    showToast({ tone: 'positive', message });
    onClose();
  };
  const onError = (error: unknown) => {
    if (isApiError(error, 'version_conflict'))
      void queryClient.invalidateQueries({ queryKey: learningKeys.all });
  };
  const form = useContractForm({
    schema: certification ? updateCertificationRequest : certificationInput,
    initialValues: {
      certificationName: certification?.certificationName ?? '',
      issuer: certification?.issuer ?? '',
      issuedOn: certification?.issuedOn ?? '',
      expiresOn: certification?.expiresOn ?? '',
      sharedWithManager: certification?.sharedWithManager ?? false,
    },
    toRequest: (values) => {
      const fields = {
        ...values,
        itemId: certification?.item?.id ?? null,
        expiresOn: values.expiresOn || null,
      };
      return certification ? { ...fields, version: certification.version } : fields;
    },
    submit: (body) =>
      certification
        ? learningApi.updateCertification(certification.id, { ...body, version: certification.version })
        : learningApi.addCertification(body),
    onSuccess: () => done(t('learning.certs.saved')),
    onError,
  });
  const input = form.form.getInputProps;
  const remove = useMutation({
    mutationFn: () => learningApi.removeCertification(certification!.id, certification!.version),
    onSuccess: () => done(t('learning.certs.removed')),
    onError,
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t(certification ? 'learning.certs.editTitle' : 'learning.certs.addTitle')}
      form={form}
      cancelLabel={t('learning.cancel')}
      submitLabel={t('learning.save')}
      footer={
        certification ? (
          confirmRemove ? (
            <Button color={toneColor.negative} onClick={() => remove.mutate()} loading={remove.isPending}>
              {t('learning.certs.confirmRemove')}
            </Button>
          ) : (
            <Button variant="subtle" color={toneColor.negative} onClick={() => setConfirmRemove(true)}>
              {t('learning.certs.remove')}
            </Button>
          )
        ) : undefined
      }
    >
      <TextInput
        label={t('learning.certs.name')}
        required
        maxLength={200}
        data-autofocus
        {...input('certificationName')}
      />
      <TextInput label={t('learning.certs.issuer')} maxLength={200} {...input('issuer')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput type="date" label={t('learning.certs.issuedOn')} required {...input('issuedOn')} />
        <TextInput
          type="date"
          label={t('learning.certs.expiresOn')}
          description={t('learning.certs.expiresHelp')}
          {...input('expiresOn')}
        />
      </SimpleGrid>
      <Switch label={t('learning.certs.share')} {...input('sharedWithManager', { type: 'checkbox' })} />
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
    </FormModal>
  );
}
