package fr.caissecommune.sante.json;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.sante.FeuilleSimulee;

/**
 * Une ligne du fichier lue : la feuille et la situation de son bénéficiaire, ou l'erreur qui l'a rendue
 * illisible (en français, avec le champ en cause) et, si on a pu le lire, son identifiant.
 */
public record FeuilleLue(@Nullable String id, @Nullable FeuilleSimulee feuille, @Nullable String erreur) {

    public boolean estValide() {
        return feuille != null;
    }
}
