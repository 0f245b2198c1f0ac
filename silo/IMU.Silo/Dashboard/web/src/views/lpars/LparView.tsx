import type { FleetLpar, IplWindow, LparDetail, RolloutStatus, RolloutSummary } from '../../api/contract';
import { getJson } from '../../api/http';
import { useResource } from '../../api/useResource';
import { joinLpar } from '../../model/lpar';
import { href } from '../../app/router';
import { lparReasons } from '../../model/reasons';
import { isLparDone } from '../../model/states';
import { describeWindow, nextWindow } from '../../model/time';
import { Heading } from '../common/Heading';
import { NotYet } from '../common/Problem';
import { StateBadge } from '../common/StateBadge';
import { Table } from '../common/Table';
import { Time } from '../common/Time';
import { zoneRows } from './zoneRows';

async function loadLpar(name: string, signal: AbortSignal): Promise<LparDetail> {
  const [detail, fleet, windows, summaries] = await Promise.all([
    getJson<LparDetail>(`/api/lpars/${encodeURIComponent(name)}`, signal),
    getJson<FleetLpar[]>('/api/fleet', signal),
    getJson<Record<string, IplWindow[]>>('/api/fleet/ipl-windows', signal),
    getJson<RolloutSummary[]>('/api/rollouts', signal),
  ]);
  const rollouts = await Promise.all(summaries.map((r) => getJson<RolloutStatus>(`/api/rollouts/${encodeURIComponent(r.name)}`, signal)));
  return joinLpar(detail, fleet, windows, rollouts);
}

/** Drill-down: LPAR → the zone it IPLs from → its SYSMODs, staged and active, and why anything is not done. */
export function LparView({ name }: { name: string }) {
  const lpar = useResource<LparDetail>(
    `/api/lpars/${encodeURIComponent(name)}`,
    (event) =>
      (event.type === 'lpar' && event.lpar.lpar === name) || (event.type === 'rollout' && event.rollout.lpars.some((l) => l.lpar === name)) ? 'refetch' : null,
    (signal) => loadLpar(name, signal),
  );
  const fleet = useResource<FleetLpar[]>('/api/fleet', (event) => (event.type === 'fleet' ? 'refetch' : null));
  const l = lpar.data;
  const sharing = l ? (fleet.data ?? []).filter((f) => f.zone === l.zone).map((f) => f.lpar) : [];
  if (!l) {
    return <NotYet title={`LPAR ${name}`} focusKey={`lpar-${name}`} error={lpar.error} what={`LPAR ${name}`} />;
  }
  const next = nextWindow(l.nextIplWindow);
  const rows = zoneRows(l);
  return (
    <section class="lpar" aria-labelledby="lpar-title">
      <div id="lpar-title" class="title-row">
        <Heading focusKey={`lpar-${name}`}>
          LPAR {l.lpar} {l.state ? <StateBadge state={l.state} /> : null}
          {l.needsIpl ? <span class="needs">needs IPL</span> : null}
        </Heading>
      </div>
      <dl class="facts">
        {l.sysplex ? (
          <>
            <dt>Sysplex</dt>
            <dd>{l.sysplex}</dd>
          </>
        ) : null}
        <dt>Last IPL</dt>
        <dd>
          <Time at={l.lastIpl} relative />
        </dd>
        <dt>Next IPL window</dt>
        <dd>
          {next ? (
            <>
              <Time at={next.start} relative />
              {next.end ? (
                <>
                  {' '}
                  to <Time at={next.end} short />
                </>
              ) : null}
            </>
          ) : (
            <span class="muted">none declared</span>
          )}
        </dd>
        {l.ipl && l.ipl.toUpperCase() !== 'NONE' ? (
          <>
            <dt>IPL</dt>
            <dd>
              <StateBadge state={l.ipl} />
              {(l.reasons ?? []).length ? <span class="why"> {(l.reasons ?? []).join('; ')}</span> : null}
            </dd>
          </>
        ) : null}
        <dt>IPL windows</dt>
        <dd>
          {(l.iplWindows ?? []).length ? (
            <ul class="plain">
              {(l.iplWindows ?? []).map((w) => (
                <li key={`${w.start}${w.repeat ?? ''}`}>{describeWindow(w)}</li>
              ))}
            </ul>
          ) : (
            <span class="muted">none declared</span>
          )}
        </dd>
      </dl>

      <section aria-labelledby="zone-title">
        <h2 id="zone-title">Zone {l.zone}</h2>
        {sharing.length > 1 ? (
          <p>
            {sharing.map((other, i) => (
              <span key={other}>
                {i ? ', ' : ''}
                {other === l.lpar ? <strong>{other}</strong> : <a href={href.lpar(other)}>{other}</a>}
              </span>
            ))}{' '}
            IPL from this zone: they share its SMP/E work, and each activates what is staged at its own IPL.
          </p>
        ) : null}
        {rows.length === 0 ? (
          <p class="muted">The orchestrator has staged or activated nothing on this zone.</p>
        ) : (
          <Table name="zone" columns={['SYSMOD', 'Status', 'Activation', 'Rollout', 'Why not done']}>
            {rows.map((row) => (
              <tr key={`${row.id}-${row.rollout ?? ''}`} data-sysmod={row.id}>
                <th scope="row">
                  <a href={href.sysmod(row.id)} class="mono">
                    {row.id}
                  </a>
                </th>
                <td>
                  <StateBadge state={row.status} />
                </td>
                <td>{row.activation || <span class="muted">—</span>}</td>
                <td>{row.rollout ? <a href={href.rollout(row.rollout)}>{row.rollout}</a> : <span class="muted">—</span>}</td>
                <td class="why">{row.why.length ? row.why.join('; ') : <span class="muted">—</span>}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      {(l.rollouts ?? []).length ? (
        <section aria-labelledby="lpar-rollouts-title">
          <h2 id="lpar-rollouts-title">In rollouts</h2>
          <ul class="plain">
            {(l.rollouts ?? []).map((r) => {
              const reasons = isLparDone(
                r.state,
                r.sysmods.map((s) => s.status),
              )
                ? []
                : lparReasons(r, l.nextIplWindow);
              return (
                <li key={r.rollout}>
                  <a href={href.rollout(r.rollout)}>{r.rollout}</a> <StateBadge state={r.rolloutState} /> · this LPAR <StateBadge state={r.state} />
                  {reasons.length ? <span class="why"> · {reasons.join('; ')}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
