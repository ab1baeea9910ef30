import { Group, Radio, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type PersonPath, saveAssessmentRequest, saveSelfAssessmentRequest } from '../../../contracts/paths';
import { isApiError } from '../../api/client';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
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
  const form = useContractForm({
    schema: mode === 'self' ? saveSelfAssessmentRequest : saveAssessmentRequest,
    initialValues: {
      assessedLevel: current ? String(current.assessedLevel) : '',
      assessmentEvidence: current?.assessmentEvidence ?? '',
      sharedWithManager: row.self?.sharedWithManager ?? false,
    },
    toRequest: (values) => {
      const body = {
        assessedLevel: Number(values.assessedLevel),
        assessmentEvidence: values.assessmentEvidence,
        version: current?.version ?? null,
      };
      return mode === 'self' ? { ...body, sharedWithManager: values.sharedWithManager } : body;
    },
    submit: (body, values) =>
      mode === 'self'
        ? pathsApi.saveSelf(path.person.id, row.competency.id, {
            ...body,
            sharedWithManager: values.sharedWithManager,
          })
        : pathsApi.saveManager(path.person.id, row.competency.id, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(pathKeys.person(path.person.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['paths', 'gap', path.person.id] });
      showToast({ tone: 'positive', message: t('paths.assess.saved') });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: pathKeys.person(path.person.id) });
      }
    },
  });
  const level = form.form.getValues().assessedLevel;
  return (
    <FormModal
      opened
      onClose={onClose}
      size="lg"
      title={t(mode === 'self' ? 'paths.assess.selfTitle' : 'paths.assess.managerTitle', {
        name: row.competency.name,
      })}
      form={form}
      cancelLabel={t('paths.cancel')}
      submitLabel={t('paths.save')}
      submitProps={{ disabled: !level }}
    >
      {row.competency.description ? <Text size="sm">{row.competency.description}</Text> : null}
      <Radio.Group
        label={t('paths.assess.level')}
        description={t(mode === 'self' ? 'paths.assess.levelHelpSelf' : 'paths.assess.levelHelpManager')}
        required
        {...form.form.getInputProps('assessedLevel')}
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
        autosize
        minRows={3}
        maxLength={4000}
        {...form.form.getInputProps('assessmentEvidence')}
      />
      {mode === 'self' ? (
        <Switch
          label={t('paths.assess.share')}
          description={t('paths.assess.shareHelp')}
          {...form.form.getInputProps('sharedWithManager', { type: 'checkbox' })}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('paths.assess.managerNote')}
        </Text>
      )}
    </FormModal>
  );
}
