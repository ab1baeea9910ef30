import type { KeyboardEvent, RefObject } from 'react';
import { navSelector } from './treeState';

/**
 * Keyboard model of the WAI-ARIA tree pattern: Up/Down move between visible rows, Right opens or
 * steps into a team, Left closes or steps out to the manager, Home/End jump, Enter opens a profile.
 */
export function useTreeKeyboard(
  treeRef: RefObject<HTMLDivElement | null>,
  setExpanded: (id: string, open: boolean) => void,
  openProfile: (id: string) => void,
) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    const tree = treeRef.current;
    if (!tree) return;
    const current = (event.target as HTMLElement).closest<HTMLElement>(navSelector);
    if (!current) return;
    const items = Array.from(tree.querySelectorAll<HTMLElement>(navSelector));
    const index = items.indexOf(current);
    const isItem = current.getAttribute('role') === 'treeitem';
    const expanded = current.getAttribute('aria-expanded');
    const id = current.dataset.nodeId;
    const move = (target: HTMLElement | undefined) => {
      if (!target) return;
      event.preventDefault();
      target.focus();
    };

    switch (event.key) {
      case 'ArrowDown':
        move(items[index + 1]);
        break;
      case 'ArrowUp':
        move(items[index - 1]);
        break;
      case 'Home':
        move(items[0]);
        break;
      case 'End':
        move(items[items.length - 1]);
        break;
      case 'ArrowRight':
        if (!isItem || !id) break;
        event.preventDefault();
        if (expanded === 'false') setExpanded(id, true);
        else if (expanded === 'true') move(items[index + 1]);
        break;
      case 'ArrowLeft': {
        event.preventDefault();
        if (isItem && id && expanded === 'true') {
          setExpanded(id, false);
          break;
        }
        const parent = current.parentElement?.closest<HTMLElement>('[role="treeitem"]');
        if (parent) move(parent);
        break;
      }
      case 'Enter':
        if (isItem && id) {
          event.preventDefault();
          openProfile(id);
        }
        break;
      case ' ':
        if (isItem && id && expanded !== null) {
          event.preventDefault();
          setExpanded(id, expanded !== 'true');
        }
        break;
      default:
        break;
    }
  };
}
