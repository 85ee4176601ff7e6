package fr.caissecommune.sante;

import java.util.UUID;

import fr.caissecommune.commun.Periode;
import fr.caissecommune.commun.Rpps;

/** Une déclaration de médecin traitant (CSS, art. L162-5-3) : le médecin et la période où il l'est. */
public record MedecinTraitant(UUID id, Rpps rpps, String nom, Periode periode) {
}
