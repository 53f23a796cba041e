// The entry: the stylesheets (linked from index.html, so the plain first screen there is styled)
// and a start that lets the browser paint that screen before the app's code runs. The app's chunks
// are already downloading (build/route-preload-plugin.ts); running them first would only hold the
// first paint back by their run time on a slow phone.
import './styles/global.css';
import './styles/home.css';
import './styles/reader.css';

requestAnimationFrame(() => setTimeout(() => void import('./start')));
