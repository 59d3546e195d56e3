// The demo's theme switch: the page's own colours and every Clinic UI element follow one choice.
// A marketer's page simply writes theme="dark" (or "auto") on the elements; this switch only lets
// the demo show each built-in theme. It stores nothing: a reload starts from the default.
const select = document.getElementById('theme-choice');

function applyTheme(theme) {
  const scheme = theme === 'dark' || theme === 'auto' ? theme : 'light';
  document.documentElement.setAttribute('data-colour-scheme', scheme);
  for (const element of document.querySelectorAll('*')) {
    if (element.localName.startsWith('clinic-')) element.setAttribute('theme', theme);
  }
}

if (select) {
  select.addEventListener('change', () => applyTheme(select.value));
  // A browser that restores form state on going back keeps the page in step with the control.
  if (select.value !== 'calm') applyTheme(select.value);
}
