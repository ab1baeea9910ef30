import { createContext, useContext } from 'react';
import type { OrgChartNode } from '../../../contracts/org';

export interface TreeState {
  expanded: ReadonlySet<string>;
  setExpanded: (id: string, open: boolean) => void;
  /** The one element that takes part in the page's tab order (roving tabindex). */
  activeKey: string | null;
  /** Person to highlight and scroll to (`?focus=`). */
  focusId: string | undefined;
  /** For each person on the path to `focusId`, the next person down the path. */
  pathChild: ReadonlyMap<string, OrgChartNode>;
  /** Called once the focused person has been scrolled into view. */
  consumeScroll: () => boolean;
}

export const TreeContext = createContext<TreeState | null>(null);

export function useTree(): TreeState {
  const state = useContext(TreeContext);
  if (!state) throw new Error('useTree() outside <OrgTree>');
  return state;
}

export const navSelector = '[data-tree-nav]';
