// The script-tag bundle (dist/clinic-ui.js): defines every <clinic-*> element, and nothing else
// reaches the page's globals. (Relative imports carry .js so the emitted types resolve in Node.)
import './start-mark.js';
import './index.js';
