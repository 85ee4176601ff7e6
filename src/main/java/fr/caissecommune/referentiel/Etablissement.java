package fr.caissecommune.referentiel;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Siret;

/** Un établissement employeur : SIRET, raison sociale, activité (code APE/NAF), commune, effectif. */
public record Etablissement(Siret siret, String raisonSociale, @Nullable String codeNaf, CodeCommune commune, int effectif) {

    public Etablissement {
        raisonSociale = raisonSociale.trim();
        if (raisonSociale.isEmpty()) {
            throw new fr.caissecommune.commun.ChampInvalide("raisonSociale", "La raison sociale est obligatoire");
        }
        if (codeNaf != null && !codeNaf.matches("\\d{2}\\.?\\d{2}[A-Z]")) {
            throw new fr.caissecommune.commun.ChampInvalide("codeNaf", "Code NAF invalide : forme 62.01Z attendue, « " + codeNaf + " » reçu");
        }
        if (effectif < 0) {
            throw new fr.caissecommune.commun.ChampInvalide("effectif", "L'effectif ne peut pas être négatif");
        }
    }
}
