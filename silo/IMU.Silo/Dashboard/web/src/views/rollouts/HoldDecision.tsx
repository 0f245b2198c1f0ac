import { useState } from 'preact/hooks';
import type { RolloutStatus } from '../../api/contract';
import { suggestedBypass } from '../../model/bypass';
import { href } from '../../app/router';
import { HoldText } from '../sysmods/HoldText';
import { ActionForm } from './ActionForm';
import type { RolloutHold } from './progress';

/** A hold the rollout waits on: its text, where it stops work, and a BYPASS decision with a reason. */
export function HoldDecision({ rollout, hold, onDone }: { rollout: string; hold: RolloutHold; onDone: (r: RolloutStatus) => void }) {
  const suggested = suggestedBypass(hold, hold.sysmod);
  const [operands, setOperands] = useState(suggested);
  const id = `hold-${hold.sysmod}-${hold.category}-${hold.reason}`.replace(/[^A-Za-z0-9-]/g, '_');
  return (
    <article class="card hold" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <a href={href.sysmod(hold.sysmod)}>{hold.sysmod}</a> held for {hold.category} {hold.reason}
      </h3>
      <HoldText sysmod={hold.sysmod} category={hold.category} reason={hold.reason} />
      <p>
        Stops the rollout on {hold.lpars.length === 1 ? 'LPAR' : `${hold.lpars.length} LPARs`}:{' '}
        {hold.lpars.map((l, i) => (
          <span key={l}>
            {i ? ', ' : ''}
            <a href={href.lpar(l)}>{l}</a>
          </span>
        ))}
      </p>
      <ActionForm
        path={`/api/rollouts/${encodeURIComponent(rollout)}/holds`}
        label="Bypass hold"
        body={{ sysmod: hold.sysmod, bypass: operands }}
        reasonRequired
        onDone={onDone}
        idPrefix={id}
      >
        <label for={`${id}-bypass`}>BYPASS operands</label>
        <input id={`${id}-bypass`} name="bypass" type="text" class="mono" required value={operands} onInput={(e) => setOperands(e.currentTarget.value)} />
      </ActionForm>
    </article>
  );
}
