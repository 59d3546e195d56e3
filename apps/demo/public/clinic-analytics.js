// The site's own analytics hook for Clinic UI's calls to action, as a file on the site's origin
// (never an inline <script>, which `script-src 'self'` blocks). The event carries where the card
// leads and nothing about the reader; a tag manager reads `dataLayer`.
document.addEventListener('clinic-cta-click', (event) => {
  window.dataLayer = window.dataLayer || [];
  window.dataLayer.push({ event: 'clinic_cta_click', ...event.detail });
});
