// Counsellor inbox: the only script is the print button (no inline scripts: strict CSP).
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("print-now");
  if (button) button.addEventListener("click", () => window.print());
});
