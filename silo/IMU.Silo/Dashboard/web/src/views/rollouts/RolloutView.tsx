import { useMemo } from 'preact/hooks';
import type { FleetLpar, RolloutStatus } from '../../api/contract';
import { useResource } from '../../api/useResource';
import { href } from '../../app/router';
import { lparReasons, resolvedWords } from '../../model/reasons';
import { Heading } from '../common/Heading';
import { NotYet, Problem } from '../common/Problem';
import { StateBadge } from '../common/StateBadge';
import { Table } from '../common/Table';
import { Time } from '../common/Time';
import { ActionForm } from './ActionForm';
import { HoldDecision } from './HoldDecision';
import { lparDone, pendingHolds, progressOf, resolvedHolds, wavesAwaitingApproval } from './progress';
import { RolloutControls } from './RolloutControls';

function AuditTrail({ rollout }: { rollout: RolloutStatus }) {
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Audit trail</h2>
      {rollout.audit.length === 0 ? (
        <p class="muted">Nothing recorded yet.</p>
      ) : (
        <Table name="audit" columns={['When', 'Who', 'Action', 'Detail', 'Reason']}>
          {[...rollout.audit].reverse().map((entry, i) => (
            <tr key={`${entry.at}-${i}`}>
              <td>
                <Time at={entry.at} />
              </td>
              <td>{entry.by}</td>
              <td class="mono">{entry.action}</td>
              <td class="mono">{entry.detail}</td>
              <td>{entry.reason ?? <span class="muted">—</span>}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

/** Holds already decided: bypassed by someone (who, in the audit why) or resolved by the orchestrator. */
function ResolvedHolds({ rollout }: { rollout: RolloutStatus }) {
  const holds = resolvedHolds(rollout);
  if (holds.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="resolved-title">
      <h2 id="resolved-title">Holds decided</h2>
      <ul class="plain">
        {holds.map((h) => (
          <li key={`${h.sysmod}-${h.category}-${h.reason}-${h.resolvedBy}`}>
            <a href={href.sysmod(h.sysmod)} class="mono">
              {h.sysmod}
            </a>{' '}
            {resolvedWords(h)}
            <span class="muted"> on {h.lpars.length === rollout.lpars.length ? 'every LPAR' : h.lpars.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Rollout: waves and their LPARs, decisions it waits for, MULTSYS groups and the audit, kept live. */
export function RolloutView({ name }: { name: string }) {
  const path = `/api/rollouts/${encodeURIComponent(name)}`;
  const rollout = useResource<RolloutStatus>(path, (event) => (event.type === 'rollout' && event.rollout.name === name ? event.rollout : null));
  // Next windows come from the fleet: they say when a STAGED LPAR will move.
  const fleet = useResource<FleetLpar[]>('/api/fleet', (event) => (event.type === 'lpar' || event.type === 'fleet' ? 'refetch' : null));
  const fleetByName = useMemo(() => new Map((fleet.data ?? []).map((l) => [l.lpar, l])), [fleet.data]);
  const r = rollout.data;
  if (!r) {
    return <NotYet title={`Rollout ${name}`} focusKey={`rollout-${name}`} error={rollout.error} what={`rollout ${name}`} />;
  }
  const progress = progressOf(r);
  const holds = pendingHolds(r);
  const approvals = wavesAwaitingApproval(r);
  const byLpar = new Map(r.lpars.map((l) => [l.lpar, l]));
  const percentDone = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <section class="rollout" aria-labelledby="rollout-title" data-state={r.state}>
      <div id="rollout-title" class="title-row">
        <Heading focusKey={`rollout-${name}`}>
          Rollout {r.name} <StateBadge state={r.state} />
        </Heading>
        <RolloutControls rollout={r} onDone={rollout.set} />
      </div>
      <p>
        SYSMODs:{' '}
        {r.sysmods.map((id, i) => (
          <span key={id}>
            {i ? ', ' : ''}
            <a href={href.sysmod(id)} class="mono">
              {id}
            </a>
          </span>
        ))}
      </p>
      {(r.reasons ?? []).length ? (
        <ul class="reasons" aria-label="Why the rollout is not moving">
          {(r.reasons ?? []).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <div class="progress" role="group" aria-label="Progress">
        <progress max={progress.total} value={progress.done} aria-label={`${progress.done} of ${progress.total} LPARs done`} />
        <span class="progress-text" aria-live="polite" data-done={progress.done}>
          {progress.done} of {progress.total} LPARs done ({percentDone}%) · {progress.byState.map(([state, n]) => `${n} ${state}`).join(' · ')}
        </span>
      </div>
      {rollout.error ? <Problem error={rollout.error} what="Could not refresh" /> : null}

      {holds.length || approvals.length ? (
        <section aria-labelledby="decisions-title" class="decisions">
          <h2 id="decisions-title">Awaiting a decision</h2>
          {approvals.map((index) => (
            <article class="card approval" key={`wave-${index}`} aria-labelledby={`approve-${index}-title`}>
              <h3 id={`approve-${index}-title`}>Wave {index} waits for an approval</h3>
              <p>Starts {r.waves.find((w) => w.index === index)?.lpars.join(', ')} once approved.</p>
              <ActionForm
                path={`${path}/waves/${index}/approve`}
                label={`Approve wave ${index}`}
                reasonRequired
                onDone={rollout.set}
                idPrefix={`approve-${index}`}
              />
            </article>
          ))}
          {holds.map((hold) => (
            <HoldDecision key={`${hold.sysmod}-${hold.category}-${hold.reason}`} rollout={r.name} hold={hold} onDone={rollout.set} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="waves-title">
        <h2 id="waves-title">Waves</h2>
        <ol class="waves">
          {r.waves.map((wave) => (
            <li key={wave.index} class="wave" data-wave={wave.index}>
              <h3>
                Wave {wave.index} <StateBadge state={wave.state} />
              </h3>
              <ul class="chips">
                {wave.lpars.map((lpar) => {
                  const entry = byLpar.get(lpar);
                  return (
                    <li key={lpar} class={entry && lparDone(entry) ? 'chip done' : 'chip'} data-lpar={lpar} data-state={entry?.state ?? ''}>
                      <a href={href.lpar(lpar)}>{lpar}</a> {entry ? <StateBadge state={entry.state} /> : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      {r.groups.length ? (
        <section aria-labelledby="groups-title">
          <h2 id="groups-title">MULTSYS groups</h2>
          <Table columns={['Group', 'SYSMOD', 'State']}>
            {r.groups.map((g) => (
              <tr key={`${g.name}-${g.sysmod}`}>
                <th scope="row">{g.name}</th>
                <td>
                  <a href={href.sysmod(g.sysmod)} class="mono">
                    {g.sysmod}
                  </a>
                </td>
                <td>
                  <StateBadge state={g.state} />
                </td>
              </tr>
            ))}
          </Table>
        </section>
      ) : null}

      <ResolvedHolds rollout={r} />

      <section aria-labelledby="lpars-title">
        <h2 id="lpars-title">LPARs</h2>
        <Table name="lpars" columns={['LPAR', 'State', 'SYSMODs', 'Why not done']}>
          {r.lpars.map((entry) => {
            const reasons = lparDone(entry) ? [] : lparReasons(entry, fleetByName.get(entry.lpar)?.nextIplWindow ?? null);
            return (
              <tr key={entry.lpar} data-lpar={entry.lpar}>
                <th scope="row">
                  <a href={href.lpar(entry.lpar)}>{entry.lpar}</a>
                </th>
                <td>
                  <StateBadge state={entry.state} />
                </td>
                <td>
                  <ul class="chips sysmods">
                    {entry.sysmods.map((s) => (
                      <li key={s.id} class="chip">
                        <span class="mono">{s.id}</span> <StateBadge state={s.status} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td class="why">{reasons.length ? reasons.join('; ') : <span class="muted">—</span>}</td>
              </tr>
            );
          })}
        </Table>
      </section>

      <AuditTrail rollout={r} />
    </section>
  );
}
