import { Alert, Box, Button, Container, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDate } from '../../app/format';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Logo } from '../../components/Logo';
import { Page } from '../../components/Page';
import { TableSkeleton } from '../../components/TableSkeleton';
import { surveyWrites } from './api';
import { Questionnaire } from './Questionnaire';

/**
 * `/surveys/answer?token=…`: the questionnaire behind an invitation email's one-time link, for
 * anyone holding it, without signing in. Loading it does not spend the link; sending the answers does.
 */
export function LinkAnswerPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ strict: false }) as { token?: string };
  const usable = typeof token === 'string' && token.length >= 16;
  const questionnaire = useQuery({
    queryKey: ['surveys', 'link', token ?? ''],
    queryFn: () => surveyWrites.linkQuestionnaire(token ?? ''),
    enabled: usable,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const signIn = (
    <Button component={Link} to="/login" variant="default">
      {t('surveys.answer.signIn')}
    </Button>
  );
  let body: React.ReactNode;
  let title = t('surveys.title');
  if (!usable) {
    title = t('surveys.answer.unavailableTitle');
    body = (
      <Alert
        {...toneAlert('caution')}
        icon={<IconAlertCircle aria-hidden />}
        data-testid="survey-link-invalid"
      >
        {t('surveys.answer.noToken')}
      </Alert>
    );
  } else if (questionnaire.isPending) body = <TableSkeleton rows={5} />;
  else if (questionnaire.isError) {
    title = t('surveys.answer.unavailableTitle');
    body = (
      <Stack gap="md" align="flex-start">
        {isApiError(questionnaire.error, 'invalid_token') ? (
          <Alert
            {...toneAlert('caution')}
            icon={<IconAlertCircle aria-hidden />}
            data-testid="survey-link-invalid"
          >
            {t('surveys.answer.linkInvalid')}
          </Alert>
        ) : (
          <ErrorAlert error={questionnaire.error} />
        )}
        {signIn}
      </Stack>
    );
  } else {
    const data = questionnaire.data;
    title = t('surveys.answer.title', { name: data.surveyName });
    body = (
      <Stack gap="md">
        <Text c="dimmed">{t('surveys.answer.closes', { date: formatDate(data.closesOn) })}</Text>
        <Questionnaire data={data} send={(answers) => surveyWrites.answerByLink(token ?? '', answers)} />
      </Stack>
    );
  }
  return (
    <Box mih="100vh" bg="gray.0">
      <Group p="md" component="header">
        <Logo />
      </Group>
      <Container component="main" id="main" size="md" pb="xl" pt={{ base: 'xs', sm: 'lg' }}>
        <Page title={title}>{body}</Page>
      </Container>
    </Box>
  );
}
