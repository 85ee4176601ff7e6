package fr.caissecommune.referentiel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;

/**
 * Une personne à inscrire, déjà validée champ par champ ; le {@link Registre} vérifie ce qui dépend des
 * données (NIR déjà inscrit, commune inconnue, cohérence du NIR avec le sexe et la date de naissance).
 */
public record NouvellePersonne(@Nullable Nir nir, String nomDeNaissance, @Nullable String nomDUsage, String prenoms, Sexe sexe,
        LocalDate dateDeNaissance, @Nullable CodeCommune communeDeNaissance, @Nullable String paysDeNaissance,
        @Nullable String telephone, @Nullable String courriel) {

    public NouvellePersonne {
        nomDeNaissance = nomDeNaissance.trim().toUpperCase(java.util.Locale.FRENCH);
        nomDUsage = nomDUsage == null || nomDUsage.isBlank() ? null : nomDUsage.trim().toUpperCase(java.util.Locale.FRENCH);
        prenoms = prenoms.trim();
        if (nomDeNaissance.isEmpty()) {
            throw new ChampInvalide("nomDeNaissance", "le nom de naissance est obligatoire");
        }
        if (prenoms.isEmpty()) {
            throw new ChampInvalide("prenoms", "le prénom est obligatoire");
        }
    }
}
