import { describe, expect, it } from 'vitest';
import { extractSections, withSection } from './sections';

const report = '# Benchmarks\n\n## Seeding\n\n| a | b |\n\n## Notes\n\nhand-written\n';

describe('benchmark report sections', () => {
  it('adds a new section before the notes and keeps the notes', () => {
    const next = withSection(report, 'goals', '## Goals\n\n| x |');
    expect(next.indexOf('<!-- section:goals -->')).toBeLessThan(next.indexOf('## Notes'));
    expect(next).toContain('hand-written');
    expect(extractSections(next)).toEqual([
      '<!-- section:goals -->\n## Goals\n\n| x |\n<!-- /section:goals -->',
    ]);
  });

  it('replaces only its own section on a rerun', () => {
    let next = withSection(report, 'goals', 'first goals');
    next = withSection(next, 'reviews', 'reviews figures');
    next = withSection(next, 'goals', 'second goals');
    expect(next).not.toContain('first goals');
    expect(next).toContain('second goals');
    expect(next).toContain('reviews figures');
    expect(extractSections(next)).toHaveLength(2);
  });
});
