// Counsellor inbox. No inline scripts (strict CSP): the print button, and the idle timeout.
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("print-now");
  if (button) button.addEventListener("click", () => window.print());

  // The server ends a session after this many seconds without a request. Shortly before,
  // offer to stay signed in; just after, reload, so an unattended tablet shows the login
  // instead of personal data.
  const idle = Number(document.body.dataset.idleSeconds || 0);
  if (idle <= 0) return;
  const warning = document.getElementById("idle-warning");
  const reload = () => window.location.assign(window.location.pathname + window.location.search);
  let warnTimer = 0;
  let endTimer = 0;
  const arm = () => {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    if (warning) warning.hidden = true;
    const lead = Math.min(60, idle / 2);
    if (warning) warnTimer = window.setTimeout(() => { warning.hidden = false; }, (idle - lead) * 1000);
    endTimer = window.setTimeout(reload, (idle + 1) * 1000);
  };
  arm();
  const stay = document.getElementById("stay");
  if (stay) {
    stay.addEventListener("click", async () => {
      try {
        const answer = await fetch(document.body.dataset.ping || "/berater/ping", { credentials: "same-origin", cache: "no-store",
                                                      redirect: "manual" });
        if (answer.status === 204) arm(); else reload();
      } catch (e) {
        reload();
      }
    });
  }
});
