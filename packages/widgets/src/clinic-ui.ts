// The script-tag bundle (dist/clinic-ui.js): defines every <clinic-*> element, and nothing else
// reaches the page's globals. (Relative imports carry .js so the emitted types resolve in Node.)
import './start-mark.js';
import { yieldToBrowser } from './base/firstRenders.js';
import { defineClinicElementsOnPage } from './define.js';

// Defined a turn after the script runs, not while it runs: evaluating the bundle and upgrading the
// page's elements are two tasks instead of one long one (page-speed tools count every task over
// 50 ms against the host page). Meanwhile the snippet's stylesheet holds each element's box; code
// that needs an element's API awaits `customElements.whenDefined()`.
void yieldToBrowser().then(defineClinicElementsOnPage);
