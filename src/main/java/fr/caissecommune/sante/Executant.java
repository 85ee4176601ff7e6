package fr.caissecommune.sante;

import fr.caissecommune.commun.Rpps;

/** Le professionnel de santé qui a exécuté les soins : son RPPS, sa profession et son secteur conventionnel. */
public record Executant(Rpps rpps, Profession profession, Secteur secteur) {

    public String libelle() {
        return profession.libelle() + (profession.estMedecin() ? ", " + secteur.libelle() : "") + " (RPPS " + rpps + ")";
    }
}
