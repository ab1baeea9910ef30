/** Every table of the product, for Drizzle's relational typing and for the data-class registry. */
export * from '../../org/tables';
export * from '../../performance/calibration/tables';
export * from '../../performance/compensation/cycles/tables';
export * from '../../performance/compensation/payData/tables';
export * from '../../performance/compensation/proposals/tables';
export * from '../../performance/feedback/tables';
export * from '../../performance/goals/tables';
export * from '../../performance/improvementPlans/tables';
export * from '../../performance/oneOnOnes/tables';
export * from '../../performance/reviews/tables';
export * from '../audit/tables';
export * from '../auth/tables';
export * from '../erasure/tables';
export * from '../jobs/tables';
export * from '../mail/tables';
export * from '../notifications/tables';
