// With login through the municipality's provider (SSO), "Afmelden" in Tasklist, Cockpit, Admin and
// the welcome page also ends the session at the provider; otherwise the next visit would log the
// user straight in again. Without SSO, /k80/sso names no logout URL and this does nothing.
fetch('/k80/sso', { credentials: 'same-origin' })
  .then((response) => (response.ok ? response.json() : null))
  .then((sso) => {
    if (!sso || !sso.logoutUrl) {
      return;
    }
    document.addEventListener('click', (event) => {
      const logout = event.target.closest('[ng-click="logout()"]');
      if (logout) {
        event.preventDefault();
        event.stopImmediatePropagation();
        window.location.href = sso.logoutUrl;
      }
    }, true);
  });
