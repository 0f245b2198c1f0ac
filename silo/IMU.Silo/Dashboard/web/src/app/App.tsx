import { useEffect, useState } from 'preact/hooks';
import { events, type Connection } from '../api/events';
import { formatBoth } from '../model/time';
import { FleetView } from '../views/fleet/FleetView';
import { LparView } from '../views/lpars/LparView';
import { RolloutListView } from '../views/rollouts/RolloutListView';
import { RolloutView } from '../views/rollouts/RolloutView';
import { SysmodView } from '../views/sysmods/SysmodView';
import { Heading } from '../views/common/Heading';
import { href, useRoute, type Route } from './router';

function useConnection(): Connection {
  const [state, setState] = useState<Connection>(events.connection);
  useEffect(() => events.onConnection(setState), []);
  return state;
}

function Clock() {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return <span class="clock">{formatBoth(now)}</span>;
}

const connectionWords: Record<Connection, string> = { connecting: 'connecting…', live: 'live', offline: 'offline: reload to reconnect' };

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'fleet':
      return <FleetView />;
    case 'rollouts':
      return <RolloutListView />;
    case 'rollout':
      return <RolloutView key={route.name} name={route.name} />;
    case 'lpar':
      return <LparView key={route.name} name={route.name} />;
    case 'sysmod':
      return <SysmodView key={route.id} id={route.id} />;
    case 'unknown':
      return (
        <section>
          <Heading focusKey="unknown">Nothing at {route.path}</Heading>
          <p>
            Go to the <a href={href.fleet()}>fleet</a> or the <a href={href.rollouts()}>rollouts</a>.
          </p>
        </section>
      );
  }
}

export function App() {
  const route = useRoute();
  const connection = useConnection();
  const section = route.view === 'rollout' || route.view === 'rollouts' ? 'rollouts' : route.view === 'fleet' ? 'fleet' : '';
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <span class="brand">IMU.Cluster</span>
        <nav aria-label="Views">
          <a href={href.fleet()} aria-current={section === 'fleet' ? 'page' : undefined}>
            Fleet
          </a>
          <a href={href.rollouts()} aria-current={section === 'rollouts' ? 'page' : undefined}>
            Rollouts
          </a>
        </nav>
        <Clock />
        <span class={`connection ${connection}`} role="status" data-connection={connection}>
          {connectionWords[connection]}
        </span>
      </header>
      <main id="main">
        <View route={route} />
      </main>
    </>
  );
}
