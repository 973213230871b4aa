// Side panel (Chrome side_panel, Firefox sidebar_action): the flagged posts of the active tab and their detail.
import { render } from 'preact';
import { SidePanelApp } from './App';
import '../../components/DetailView.css';
import '../../components/PostList.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<SidePanelApp />, root);
