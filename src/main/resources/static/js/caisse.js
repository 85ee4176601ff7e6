// Caisse Commune : réglages communs des écrans.
document.addEventListener("DOMContentLoaded", function () {
  if (window.htmx) {
    // Un formulaire refusé revient en 422 avec ses messages : on l'affiche à la place du formulaire.
    htmx.config.responseHandling = [
      { code: "204", swap: false },
      { code: "[23]..", swap: true },
      { code: "422", swap: true },
      { code: "[45]..", swap: false, error: true }
    ];
  }
});
