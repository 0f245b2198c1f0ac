import type { SysmodDetail, SysmodPlacement } from '../../api/contract';
import { useResource } from '../../api/useResource';
import { href } from '../../app/router';
import { holdWords } from '../../model/reasons';
import { Heading } from '../common/Heading';
import { NotYet } from '../common/Problem';
import { Time } from '../common/Time';
import { HoldComment } from './HoldText';

/** Applied places are zone keys (`SYS001/TGT1`); staged and active ones are LPARs, which link to their drill-down. */
function Places({ title, places, lpars }: { title: string; places: SysmodPlacement[]; lpars: boolean }) {
  return (
    <section aria-label={title}>
      <h2>
        {title} <span class="muted">({places.length})</span>
      </h2>
      {places.length === 0 ? (
        <p class="muted">nowhere</p>
      ) : (
        <ul class="chips">
          {places.map((p) => (
            <li key={`${p.where}-${p.rollout ?? ''}`} class="chip" title={`since ${p.since}`}>
              {lpars ? <a href={href.lpar(p.where)}>{p.where}</a> : <span class="mono">{p.where}</span>}
              {p.rollout ? (
                <>
                  {' '}
                  <a href={href.rollout(p.rollout)} class="muted">
                    {p.rollout}
                  </a>
                </>
              ) : null}
              <span class="muted">
                {' '}
                <Time at={p.since} short />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A SYSMOD: its holds with their text, and where it is applied, staged and active. */
export function SysmodView({ id }: { id: string }) {
  const sysmod = useResource<SysmodDetail>(`/api/sysmods/${encodeURIComponent(id)}`, (event) =>
    event.type === 'rollout' && event.rollout.sysmods.includes(id) ? 'refetch' : null,
  );
  const s = sysmod.data;
  if (!s) {
    return <NotYet title={`SYSMOD ${id}`} focusKey={`sysmod-${id}`} error={sysmod.error} what={`SYSMOD ${id}`} />;
  }
  return (
    <section class="sysmod" aria-labelledby="sysmod-title">
      <div id="sysmod-title">
        <Heading focusKey={`sysmod-${id}`}>
          {s.type ?? 'SYSMOD'} <span class="mono">{s.id}</span>
          <span class="muted">
            {s.fmid ? ` · FMID ${s.fmid}` : ''} · activation {s.activation}
            {s.received ? '' : ' · known from HOLDDATA only, not received'}
          </span>
        </Heading>
      </div>
      <section aria-labelledby="holds-title">
        <h2 id="holds-title">Holds</h2>
        {s.holds.length === 0 ? (
          <p class="muted">No hold.</p>
        ) : (
          <ul class="plain holds">
            {s.holds.map((h) => (
              <li key={`${h.category}-${h.reason}`}>
                <strong>{holdWords(h)}</strong>
                <HoldComment hold={h} />
              </li>
            ))}
          </ul>
        )}
        <p class="muted">Who bypassed or resolved a hold, and why, is in each rollout's audit.</p>
      </section>
      <Places title="Applied (zones)" places={s.applied} lpars={false} />
      <Places title="Staged (waiting for an IPL)" places={s.staged} lpars />
      <Places title="Active" places={s.active} lpars />
    </section>
  );
}
