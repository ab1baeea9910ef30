import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDate } from '../../app/format';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { TableSkeleton } from '../../components/TableSkeleton';
import { questionnaireQuery, surveyKeys, surveyWrites } from './api';
import { Questionnaire } from './Questionnaire';

/** `/growth/surveys/rounds/$roundId`: a round's questionnaire for the signed-in person invited to it. */
export function AnswerPage() {
  const { t } = useTranslation();
  const { roundId } = useParams({ from: '/app/growth/surveys/rounds/$roundId' });
  const queryClient = useQueryClient();
  const questionnaire = useQuery(questionnaireQuery(roundId));
  const back = (
    <AnchorLink to="/growth/surveys" size="sm">
      ← {t('surveys.answer.back')}
    </AnchorLink>
  );
  if (questionnaire.isPending)
    return (
      <Page title={t('surveys.title')} above={back}>
        <TableSkeleton rows={5} />
      </Page>
    );
  if (questionnaire.isError)
    return (
      <Page title={t('surveys.answer.unavailableTitle')} above={back}>
        {/* 409 once answered or closed: the server's reason, in plain words, as news rather than a fault. */}
        {isApiError(questionnaire.error) && questionnaire.error.status === 409 ? (
          <Alert
            {...toneAlert('info')}
            icon={<IconInfoCircle size={18} aria-hidden />}
            data-testid="survey-unavailable"
          >
            {errorMessage(questionnaire.error, t)}
          </Alert>
        ) : (
          <ErrorAlert error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />
        )}
      </Page>
    );
  const data = questionnaire.data;
  return (
    <Page
      title={t('surveys.answer.title', { name: data.surveyName })}
      above={back}
      description={t('surveys.answer.closes', { date: formatDate(data.closesOn) })}
    >
      <Questionnaire
        data={data}
        send={async (body) => {
          await surveyWrites.answer(roundId, body);
          // The round leaves "My surveys"; the questionnaire itself is not read again (it would be 409).
          queryClient.removeQueries({ queryKey: surveyKeys.questionnaire(roundId) });
          void queryClient.invalidateQueries({ queryKey: ['surveys', 'mine'] });
        }}
        after={
          <ButtonLink to="/growth/surveys" variant="default">
            {t('surveys.answer.backToList')}
          </ButtonLink>
        }
      />
    </Page>
  );
}
