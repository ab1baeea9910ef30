import { useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgChartNode } from '../../../contracts/org';
import { TreeNode } from './TreeNode';
import { navSelector, TreeContext, type TreeState } from './treeState';
import { useTreeKeyboard } from './useTreeKeyboard';

interface OrgTreeProps {
  roots: OrgChartNode[];
  expanded: ReadonlySet<string>;
  setExpanded: (id: string, open: boolean) => void;
  activeKey: string | null;
  setActiveKey: (key: string) => void;
  focusId: string | undefined;
  path: OrgChartNode[];
}

/** The org chart as an ARIA tree; only expanded teams exist in the DOM. */
export function OrgTree({
  roots,
  expanded,
  setExpanded,
  activeKey,
  setActiveKey,
  focusId,
  path,
}: OrgTreeProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const treeRef = useRef<HTMLDivElement>(null);
  const scrolledFor = useRef<string | undefined>(undefined);

  const pathChild = useMemo(() => {
    const map = new Map<string, OrgChartNode>();
    path.forEach((node, index) => {
      const next = path[index + 1];
      if (next) map.set(node.id, next);
    });
    return map;
  }, [path]);

  const consumeScroll = useCallback(() => {
    if (!focusId || scrolledFor.current === focusId) return false;
    scrolledFor.current = focusId;
    return true;
  }, [focusId]);

  const toggle = useCallback(
    (id: string, open: boolean) => {
      setActiveKey(id);
      setExpanded(id, open);
    },
    [setActiveKey, setExpanded],
  );

  const state = useMemo<TreeState>(
    () => ({
      expanded,
      setExpanded: toggle,
      activeKey: activeKey ?? roots[0]?.id ?? null,
      focusId,
      pathChild,
      consumeScroll,
    }),
    [expanded, toggle, activeKey, roots, focusId, pathChild, consumeScroll],
  );

  const onKeyDown = useTreeKeyboard(
    treeRef,
    toggle,
    (id) => void navigate({ to: '/people/$personId', params: { personId: id } }),
  );

  // Pinned roots: the focused person's top-level manager is always among the roots.
  return (
    <TreeContext.Provider value={state}>
      <div
        ref={treeRef}
        role="tree"
        aria-label={t('orgChart.treeLabel')}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const key = (event.target as HTMLElement).closest<HTMLElement>(navSelector)?.dataset.navKey;
          if (key && key !== activeKey) setActiveKey(key);
        }}
        data-testid="org-tree"
        className="org-tree"
      >
        {roots.map((node, index) => (
          <TreeNode key={node.id} node={node} level={1} posinset={index + 1} setsize={roots.length} />
        ))}
      </div>
    </TreeContext.Provider>
  );
}
