import { lazy, Match, Switch } from 'solid-js';
import { routeOf } from './route';

// Each screen is its own chunk: a phone never downloads the organizer console.
const Home = lazy(() => import('./screens/home/home-page'));
const Organizer = lazy(() => import('./screens/organizer/organizer-page'));
const Person = lazy(() => import('./screens/person-page'));
const Projector = lazy(() => import('./screens/projector/projector-page'));
const Print = lazy(() => import('./screens/print/print-page'));
const Join = lazy(() => import('./screens/join/signup-page'));
const Profile = lazy(() => import('./screens/join/profile-page'));

/** Picks the screen from the path; secrets travel in the fragment, never to the server. */
export function App() {
  const route = routeOf(window.location.pathname);
  return (
    <Switch
      fallback={
        <main class="page">
          <h1>Page not found</h1>
          <p>
            <a href="/">Tablehop home</a>
          </p>
        </main>
      }
    >
      <Match when={route.name === 'home'}>
        <Home />
      </Match>
      <Match when={route.name === 'organizer' && route}>{(r) => <Organizer eventId={r().eventId!} />}</Match>
      <Match when={route.name === 'person'}>
        <Person />
      </Match>
      <Match when={route.name === 'projector'}>
        <Projector />
      </Match>
      <Match when={route.name === 'join' && route}>{(r) => <Join eventId={r().eventId!} />}</Match>
      <Match when={route.name === 'profile' && route}>{(r) => <Profile eventId={r().eventId!} />}</Match>
      <Match when={route.name === 'print' && route}>{(r) => <Print eventId={r().eventId} kind={r().kind} />}</Match>
    </Switch>
  );
}
