import { FeedbackNowPanel } from './feedback/FeedbackNowPanel';
import { GoalsNowPanel } from './goals/GoalsNowPanel';
import { OneOnOnesNowPanel } from './oneOnOnes/OneOnOnesNowPanel';
import { ReviewTaskNowPanel } from './reviews/ReviewTaskNowPanel';

/**
 * The "Now" half of a person's page: their current review task, goals, 1:1s and recent feedback,
 * each as the viewer may see it (the server filters every panel).
 */
export function PerformanceNow({ personId, personName }: { personId: string; personName?: string }) {
  return (
    <>
      <ReviewTaskNowPanel personId={personId} />
      <GoalsNowPanel personId={personId} />
      <OneOnOnesNowPanel personId={personId} personName={personName} order={3} />
      <FeedbackNowPanel personId={personId} order={3} />
    </>
  );
}
