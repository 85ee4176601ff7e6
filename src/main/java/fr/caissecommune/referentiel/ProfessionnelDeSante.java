package fr.caissecommune.referentiel;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Rpps;

/**
 * Un professionnel de santé : RPPS, identité, spécialité (nomenclature des spécialités de l'Assurance
 * Maladie), secteur conventionnel (1, 2, ou 3 pour non conventionné), commune d'exercice.
 */
public record ProfessionnelDeSante(Rpps rpps, String nom, String prenom, String specialite, int secteur, CodeCommune commune) {

    public ProfessionnelDeSante {
        if (secteur < 1 || secteur > 3) {
            throw new fr.caissecommune.commun.ChampInvalide("secteur", "Secteur conventionnel invalide : 1, 2 ou 3 (non conventionné) attendu, " + secteur + " reçu");
        }
        if (specialite.isBlank()) {
            throw new fr.caissecommune.commun.ChampInvalide("specialite", "La spécialité est obligatoire");
        }
    }
}
