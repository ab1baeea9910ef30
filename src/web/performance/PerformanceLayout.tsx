import { Outlet } from '@tanstack/react-router';

/**
 * Frame of the performance area. Each page renders its own <Page> (one h1); the area's tab bar
 * (PerformanceTabs) sits above the outlet so people can move between goals, 1:1s, feedback and reviews.
 */
export function PerformanceLayout() {
  return <Outlet />;
}
