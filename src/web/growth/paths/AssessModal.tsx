import { Button, Group, Modal, Radio, Stack, Switch, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonPath } from '../../../contracts/paths';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pathKeys, pathsApi } from './api';

type Row = PersonPath['assessments'][number];

/**
 * Assess one competency: each level shows its behavioural description, so people pick the level whose
 * behaviour they recognise rather than a bare number. `mode` is the person's own view or the manager's.
 */
export function AssessModal({
  path,
  row,
  mode,
  onClose,
}: {
  path: PersonPath;
  row: Row;
  mode: 'self' | 'manager';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = mode === 'self' ? row.self : row.manager;
  const [level, setLevel] = useState<string>(current ? String(current.assessedLevel) : '');
  const [evidence, setEvidence] = useState(current?.assessmentEvidence ?? '');
  const [shared, setShared] = useState(row.self?.sharedWithManager ?? false);
  const save = useMutation({
    mutationFn: () => {
      const body = {
        assessedLevel: Number(level),
        assessmentEvidence: evidence,
        version: current?.version ?? null,
      };
      return mode === 'self'
        ? pathsApi.saveSelf(path.person.id, row.competency.id, { ...body, sharedWithManager: shared })
        : pathsApi.saveManager(path.person.id, row.competency.id, body);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(pathKeys.person(path.person.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['paths', 'gap', path.person.id] });
      notifications.show({ color: 'brand', message: t('paths.assess.saved') });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: pathKeys.person(path.person.id) });
      }
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t(mode === 'self' ? 'paths.assess.selfTitle' : 'paths.assess.managerTitle', {
        name: row.competency.name,
      })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (level) save.mutate();
        }}
      >
        <Stack>
          {row.competency.description ? <Text size="sm">{row.competency.description}</Text> : null}
          <Radio.Group
            label={t('paths.assess.level')}
            description={t(mode === 'self' ? 'paths.assess.levelHelpSelf' : 'paths.assess.levelHelpManager')}
            value={level}
            onChange={setLevel}
            required
          >
            <Stack gap="xs" mt="xs">
              {row.competency.behaviours.map((behaviour, index) => (
                <Radio.Card key={path.scale[index] ?? index} value={String(index + 1)} p="sm" radius="md">
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator />
                    <div>
                      <Text fw={600} size="sm">
                        {index + 1}. {path.scale[index]}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {behaviour}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('paths.assess.evidence')}
            description={t(
              mode === 'self' ? 'paths.assess.evidenceHelpSelf' : 'paths.assess.evidenceHelpManager',
            )}
            value={evidence}
            onChange={(event) => setEvidence(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={4000}
          />
          {mode === 'self' ? (
            <Switch
              label={t('paths.assess.share')}
              description={t('paths.assess.shareHelp')}
              checked={shared}
              onChange={(event) => setShared(event.currentTarget.checked)}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('paths.assess.managerNote')}
            </Text>
          )}
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('paths.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!level}>
              {t('paths.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
