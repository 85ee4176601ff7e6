/**
 * Calcul pur des prestations familiales (CSS, livre V) : allocations familiales (AF) avec leurs majorations pour
 * âge, l'allocation forfaitaire, la modulation selon les ressources et le complément dégressif ; ressources de
 * référence ; CRDS précomptée. Entrées typées et instantané des paramètres ; ni Spring, ni entrée-sortie, ni
 * horloge. BMAF : base mensuelle de calcul des allocations familiales. CRDS : contribution pour le remboursement
 * de la dette sociale.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.famille.calcul;
