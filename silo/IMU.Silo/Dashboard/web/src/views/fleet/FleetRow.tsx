import { Component } from 'preact';
import type { FleetLpar } from '../../api/contract';
import type { SysplexDrift } from '../../model/drift';
import { formatLocal, formatRelative, formatUtc, nextWindow } from '../../model/time';
import { href } from '../../app/router';
import { zoneLabel } from '../../model/fleet';
import { StateBadge } from '../common/StateBadge';
import type { TimeRange } from './range';
import { TimelineTrack } from './TimelineTrack';

interface Props {
  lpar: FleetLpar;
  drift: SysplexDrift;
  range: TimeRange;
  now: number;
  rowIndex: number;
}

function LevelCell({ lpar, drift }: { lpar: string; drift: SysplexDrift }) {
  if (drift.levels.length < 2) {
    return <span class="muted level-same">same</span>;
  }
  const level = drift.levelOf.get(lpar);
  const missing = drift.missing.get(lpar) ?? [];
  const rank = level?.rank ?? 0;
  return (
    <span
      class={`level level-${Math.min(rank, 4)}`}
      title={missing.length ? `not active here: ${missing.join(', ')}` : 'runs every SYSMOD active in its sysplex'}
    >
      L{rank}
      {missing.length ? <span class="lacks"> lacks {missing.length}</span> : null}
    </span>
  );
}

function NextWindowCell({ lpar }: { lpar: FleetLpar }) {
  const next = nextWindow(lpar.nextIplWindow);
  if (!next) {
    return <span class="muted">none</span>;
  }
  const local = new Date(next.start).getTimezoneOffset() !== 0;
  return (
    <time dateTime={new Date(next.start).toISOString()}>
      {formatUtc(next.start)}
      {local ? <span class="local">{formatLocal(next.start, true)}</span> : null}
    </time>
  );
}

/** One LPAR of the fleet view; re-rendered only when its item, its sysplex's drift or the axis changes. */
export class FleetRow extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const p = this.props;
    return (
      next.lpar !== p.lpar ||
      next.drift !== p.drift ||
      next.range !== p.range ||
      next.rowIndex !== p.rowIndex ||
      Math.floor(next.now / 60_000) !== Math.floor(p.now / 60_000)
    );
  }

  override render() {
    const { lpar, drift, range, now, rowIndex } = this.props;
    const staged = lpar.staged ?? [];
    const lastIpl = lpar.lastIpl ? Date.parse(lpar.lastIpl) : NaN;
    return (
      <div role="row" class={lpar.needsIpl ? 'row needs-ipl' : 'row'} data-lpar={lpar.lpar} aria-rowindex={rowIndex}>
        <span role="rowheader" class="c-lpar">
          <a href={href.lpar(lpar.lpar)}>{lpar.lpar}</a>
          <span class="zone" title={`IPLs from zone ${lpar.zone}`}>
            {zoneLabel(lpar.lpar, lpar.zone)}
          </span>
        </span>
        <span role="cell" class="c-state">
          <StateBadge state={lpar.state} />
        </span>
        <span role="cell" class="c-level">
          <LevelCell lpar={lpar.lpar} drift={drift} />
        </span>
        <span role="cell" class="c-staged" title={staged.map((s) => `${s.id} (${s.rollout})`).join(', ')}>
          {staged.length ? `${staged.length} staged` : <span class="muted">—</span>}
          {lpar.needsIpl ? <span class="needs">needs IPL</span> : null}
        </span>
        <span role="cell" class="c-last">
          {Number.isNaN(lastIpl) ? (
            <span class="muted">unknown</span>
          ) : (
            <time dateTime={new Date(lastIpl).toISOString()} title={`${formatUtc(lastIpl)} · ${formatLocal(lastIpl)}`}>
              {formatRelative(lastIpl, now)}
            </time>
          )}
        </span>
        <span role="cell" class="c-next">
          <NextWindowCell lpar={lpar} />
        </span>
        <span role="cell" class="c-track">
          <TimelineTrack lpar={lpar} range={range} />
        </span>
      </div>
    );
  }
}
