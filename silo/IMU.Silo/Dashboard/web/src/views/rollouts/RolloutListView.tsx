import type { RolloutSummary } from '../../api/contract';
import { useResource } from '../../api/useResource';
import { href } from '../../app/router';
import { Heading } from '../common/Heading';
import { Loading, Problem } from '../common/Problem';
import { StateBadge } from '../common/StateBadge';
import { Table } from '../common/Table';
import { Time } from '../common/Time';

export function RolloutListView() {
  const rollouts = useResource<RolloutSummary[]>('/api/rollouts', (event) => (event.type === 'rollout' ? 'refetch' : null));
  return (
    <section aria-labelledby="rollouts-title">
      <div id="rollouts-title">
        <Heading focusKey="rollouts">Rollouts</Heading>
      </div>
      {rollouts.error ? <Problem error={rollouts.error} what="Could not load the rollouts" /> : null}
      {rollouts.loading && !rollouts.data ? <Loading what="the rollouts" /> : null}
      {rollouts.data && rollouts.data.length === 0 ? (
        <p class="muted">
          No rollout yet. Create one with <code>imu rollout create</code>.
        </p>
      ) : null}
      {rollouts.data && rollouts.data.length > 0 ? (
        <Table columns={['Rollout', 'State', 'SYSMODs', 'Progress', 'Created', 'Why not done']}>
          {rollouts.data.map((r) => (
            <tr key={r.name}>
              <th scope="row">
                <a href={href.rollout(r.name)}>{r.name}</a>
              </th>
              <td>
                <StateBadge state={r.state} />
              </td>
              <td>{r.sysmods.join(', ')}</td>
              <td>{r.done !== undefined ? `${r.done} of ${r.lpars} LPARs done` : `${r.lpars} LPARs`}</td>
              <td>
                {r.createdBy}, <Time at={r.createdAt} />
              </td>
              <td>{(r.reasons ?? []).join('; ')}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </section>
  );
}
