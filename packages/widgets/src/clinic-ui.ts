// The script-tag bundle (dist/clinic-ui.js): defines every <clinic-*> element, and nothing else
// reaches the page's globals.
import './start-mark';
import './index';
