import { describe, expect, it } from 'vitest';
import { surveyExportHref } from './api';

describe('surveyExportHref', () => {
  it('asks for the view the screen shows: the heatmap as is, the breakdown with its grouping and filter', () => {
    expect(surveyExportHref('r-1', 'heatmap.csv')).toBe('/api/growth/surveys/rounds/r-1/heatmap.csv');
    expect(surveyExportHref('r-1', 'breakdown.csv', { groupBy: 'tenure', department: 'd-9' })).toBe(
      '/api/growth/surveys/rounds/r-1/breakdown.csv?groupBy=tenure&department=d-9',
    );
    // An unset filter is left out rather than sent empty (the server would refuse "department=").
    expect(surveyExportHref('r/1', 'breakdown.csv', { groupBy: 'department', tenure: undefined })).toBe(
      '/api/growth/surveys/rounds/r%2F1/breakdown.csv?groupBy=department',
    );
  });
});
