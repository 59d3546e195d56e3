// The self-screener's script-tag bundle (dist/clinic-screener.js): defines <clinic-screener> only,
// and nothing else reaches the page's globals. It carries its own copy of the element base and of
// the stylesheet's part it needs, so it works with or without clinic-ui.js on the page.
import './screener.js';
