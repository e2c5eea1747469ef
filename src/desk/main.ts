import { mount } from 'svelte';
import App from './App.svelte';
import './desk.css';

mount(App, { target: document.getElementById('app') as HTMLElement });
