// The entry: the stylesheets (linked from index.html, so the plain first screen there is styled)
// and a start that lets the browser paint that screen before the app's code runs. The app's chunks
// are already downloading (build/route-preload-plugin.ts); running them first would only hold the
// first paint back by their run time on a slow phone.
import './styles/global.css';
import './styles/home-hero.css';
import './styles/home-practice.css';
import './styles/home-modules.css';
import './styles/reader.css';
import '../features/smart/first-screen.css';
import { takeSignedInPerson } from '../stores/person-data';
import { useGoalsStore } from '../stores/goals-store';
import { useProfileStore } from '../stores/profile-store';
import { useProgressStore } from '../stores/progress-store';
import { useQuizStore } from '../stores/quiz-store';
import { useRoleplayStore } from '../stores/roleplay-store';

// Whose work the course shows, decided before it starts: a shared PC's next person never sees the
// last one's. The stores the entry already loaded read their copies again; the others load later.
if (takeSignedInPerson(document.cookie, globalThis.localStorage))
  for (const store of [useProfileStore, useProgressStore, useQuizStore, useRoleplayStore, useGoalsStore]) void store.persist.rehydrate();

requestAnimationFrame(() => setTimeout(() => void import('./start')));
