import type { InfiniteData } from '@tanstack/react-query';
import type { Proposal, ProposalPage, SavedProposal } from './api';

/** The row as the grid lists it: a saved answer without the save's own `issues`. */
export function rowOf(saved: SavedProposal | Proposal): Proposal {
  if (!('issues' in saved)) return saved;
  const { issues: _issues, ...row } = saved;
  return row;
}

/**
 * The grid's pages with one row replaced by the server's newer answer (a save or a reload), in
 * place — other rows, and the pages' cursors, stay as they are. A row the server sends with an
 * older version than the cached one (an answer overtaken by a later save) is not taken.
 */
export function replaceRow(
  data: InfiniteData<ProposalPage, unknown> | undefined,
  next: SavedProposal | Proposal,
): InfiniteData<ProposalPage, unknown> | undefined {
  if (!data) return data;
  const row = rowOf(next);
  let changed = false;
  const pages = data.pages.map((page) => {
    const index = page.items.findIndex((item) => item.participantId === row.participantId);
    const current = page.items[index];
    if (!current || current.version > row.version) return page;
    changed = true;
    const items = page.items.slice();
    items[index] = row;
    return { ...page, items };
  });
  return changed ? { ...data, pages } : data;
}

/** Every loaded row, in the server's order. */
export const loadedRows = (data: InfiniteData<ProposalPage, unknown> | undefined) =>
  data?.pages.flatMap((page) => page.items) ?? [];
