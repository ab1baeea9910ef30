import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toneAlert } from '../../../app/statusColors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { translateIssue } from '../../../i18n/issues';
import { type CompCycle, setupCheckQuery } from './api';

/**
 * What a launch would find today (missing rates, a matrix that does not fit the rating scale, people
 * without pay or band), from the server's own check; blocking problems first.
 */
export function SetupCheckPanel({ cycle, dirty }: { cycle: CompCycle; dirty: boolean }) {
  const { t } = useTranslation();
  const check = useQuery(setupCheckQuery(cycle.id, cycle.state === 'draft'));
  if (check.isPending) return null;
  if (check.isError) return <ErrorAlert error={check.error} onRetry={() => void check.refetch()} />;
  const { ready, issues, people, currencies } = check.data;
  const errors = issues.filter((found) => found.level === 'error');
  const warnings = issues.filter((found) => found.level === 'warning');
  return (
    <Alert
      {...toneAlert(ready ? (warnings.length > 0 ? 'caution' : 'positive') : 'negative')}
      icon={ready ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
      title={
        ready
          ? t('compensation.cycles.check.ready', { count: people })
          : t('compensation.cycles.check.notReady', { count: errors.length })
      }
      role="status"
      data-testid="comp-cycle-check"
    >
      {dirty ? (
        <Text size="sm" mb="xs">
          {t('compensation.cycles.check.unsaved')}
        </Text>
      ) : null}
      {currencies.length > 0 ? (
        <Text size="sm" mb="xs">
          {t('compensation.cycles.check.currencies', { list: currencies.join(', ') })}
        </Text>
      ) : null}
      {issues.length > 0 ? (
        <List size="sm" spacing={2}>
          {[...errors, ...warnings].map((found) => (
            <List.Item key={`${found.field}-${found.code}-${JSON.stringify(found.params ?? {})}`}>
              {found.level === 'warning' ? `${t('compensation.cycles.check.warning')}: ` : ''}
              {translateIssue({ code: found.code, params: found.params })}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
