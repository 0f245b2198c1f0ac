import type { SysplexRows } from '../../model/fleet';

function DriftSummary({ group }: { group: SysplexRows }) {
  const { levels, missing } = group.drift;
  if (levels.length < 2) {
    return <span class="muted">one level</span>;
  }
  const behind = [...missing.entries()].filter(([, ids]) => ids.length > 0);
  const ids = [...new Set(behind.flatMap(([, list]) => list))];
  return (
    <span class="drift" title={levels.map((l) => `L${l.rank}: ${l.lpars.join(', ')}`).join('\n')}>
      level drift: {levels.length} levels; {behind.length} of {missing.size} LPARs lack {ids.slice(0, 4).join(', ')}
      {ids.length > 4 ? ` and ${ids.length - 4} more` : ''}
    </span>
  );
}

/** A sysplex's row: its name (a button folding its LPARs), what needs an IPL, and its level drift. */
export function SysplexHeader({ group, collapsed, onToggle, rowIndex }: { group: SysplexRows; collapsed: boolean; onToggle: () => void; rowIndex: number }) {
  const total = group.total;
  return (
    <div role="row" class="plex-head" aria-rowindex={rowIndex}>
      <span role="rowheader" class="plex-title">
        <button type="button" aria-expanded={!collapsed} onClick={onToggle}>
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> {group.sysplex}
        </button>
      </span>
      <span role="cell" class="plex-info">
        {group.lpars.length === total ? `${total} LPARs` : `${group.lpars.length} of ${total} LPARs`} · {group.needsIpl} need IPL ·{' '}
        <DriftSummary group={group} />
      </span>
    </div>
  );
}
