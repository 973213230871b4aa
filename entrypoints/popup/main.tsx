// Toolbar popup: this tab's status, the on/off switch for its site, and the way to the side panel and settings.
import { render } from 'preact';
import { PopupApp } from './App';
import '../../components/DetailView.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
