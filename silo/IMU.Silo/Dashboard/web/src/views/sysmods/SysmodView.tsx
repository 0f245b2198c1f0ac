import type { SysmodDetail, SysmodPlace } from '../../api/contract';
import { useResource } from '../../api/useResource';
import { href } from '../../app/router';
import { holdWords, isOpen, resolvedWords } from '../../model/reasons';
import { Heading } from '../common/Heading';
import { NotYet } from '../common/Problem';

function Places({ title, places }: { title: string; places: SysmodPlace[] }) {
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
            <li key={`${p.lpar}-${p.zone ?? ''}-${p.rollout ?? ''}`} class="chip">
              <a href={href.lpar(p.lpar)}>{p.lpar}</a>
              {p.zone ? <span class="muted"> {p.zone}</span> : null}
              {p.rollout ? (
                <>
                  {' '}
                  <a href={href.rollout(p.rollout)} class="muted">
                    {p.rollout}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A SYSMOD: its holds (open and resolved, with the hold text) and where it is applied, staged, active. */
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
          SYSMOD <span class="mono">{s.id}</span>
          {s.activation ? <span class="muted"> · activation {s.activation}</span> : null}
        </Heading>
      </div>
      <section aria-labelledby="holds-title">
        <h2 id="holds-title">Holds</h2>
        {s.holds.length === 0 ? (
          <p class="muted">No hold.</p>
        ) : (
          <ul class="plain holds">
            {s.holds.map((h) => (
              <li key={`${h.category}-${h.reason}`} class={isOpen(h) ? 'open' : 'resolved'}>
                <strong>{isOpen(h) ? holdWords(h) : resolvedWords(h)}</strong>
                {(h.classes ?? []).length ? <span class="muted"> · CLASS({(h.classes ?? []).join(',')})</span> : null}
                {h.text ? <pre class="hold-text">{h.text}</pre> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Places title="Applied" places={s.applied} />
      <Places title="Staged (waiting for an IPL)" places={s.staged} />
      <Places title="Active" places={s.active} />
    </section>
  );
}
