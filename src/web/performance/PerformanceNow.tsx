import { Suspense } from 'react';
import { useMe } from '../app/session';
import { lazyPanel, PanelSlot } from '../components/lazyPanel';

const ReviewTaskNowPanel = lazyPanel(['reviews'], () =>
  import('./reviews/ReviewTaskNowPanel').then((m) => m.ReviewTaskNowPanel),
);
const GoalsNowPanel = lazyPanel(['goals'], () =>
  import('./goals/GoalsNowPanel').then((m) => m.GoalsNowPanel),
);
const OneOnOnesNowPanel = lazyPanel(['oneOnOnes'], () =>
  import('./oneOnOnes/OneOnOnesNowPanel').then((m) => m.OneOnOnesNowPanel),
);
const FeedbackNowPanel = lazyPanel(['feedback'], () =>
  import('./feedback/FeedbackNowPanel').then((m) => m.FeedbackNowPanel),
);
const PayNowPanel = lazyPanel(['compensation'], () =>
  import('./compensation/PayNowPanel').then((m) => m.PayNowPanel),
);
const ImprovementPlanNowPanel = lazyPanel(['improvementPlans'], () =>
  import('./improvementPlans/ImprovementPlanNowPanel').then((m) => m.ImprovementPlanNowPanel),
);

/**
 * The "Now" half of a person's page: their own improvement plan under way (only on their own page),
 * their current review task, goals, 1:1s and recent feedback, each as the viewer may see it (the server filters every panel).
 */
export function PerformanceNow({
  personId,
  personName,
  reviews = true,
  pay = false,
}: {
  personId: string;
  personName?: string;
  /** Whether the caller reads the person's reviews (the profile's `viewReviews`); else no review panel is asked for. */
  reviews?: boolean;
  /** Whether the caller reads the person's pay (the profile's `viewPay`); off unless asked, so Home asks nothing. */
  pay?: boolean;
}) {
  const me = useMe();
  // An improvement plan is shown here only to the person it is about (their way in besides the
  // notification); their managers and HR reach it from the team view and the plans list, so reading
  // someone's profile does not ask about, or log a read of, their plan.
  const own = me.person?.id === personId;
  return (
    <>
      {own ? (
        // No skeleton: most people have no plan, and the panel then never appears.
        <Suspense fallback={null}>
          <ImprovementPlanNowPanel personId={personId} order={3} />
        </Suspense>
      ) : null}
      {reviews ? (
        <PanelSlot>
          <ReviewTaskNowPanel personId={personId} />
        </PanelSlot>
      ) : null}
      <PanelSlot>
        <GoalsNowPanel personId={personId} />
      </PanelSlot>
      <PanelSlot>
        <OneOnOnesNowPanel personId={personId} personName={personName} order={3} />
      </PanelSlot>
      <PanelSlot>
        <FeedbackNowPanel personId={personId} order={3} />
      </PanelSlot>
      {pay ? (
        <PanelSlot>
          <PayNowPanel personId={personId} personName={personName} />
        </PanelSlot>
      ) : null}
    </>
  );
}
