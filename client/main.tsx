import { render } from 'solid-js/web';
import { App } from './app';
import './ui/base.css';

render(() => <App />, document.getElementById('root')!);
