package fr.caissecommune.referentiel;

import fr.caissecommune.commun.CodeCommune;

/** Une commune du code officiel géographique : code INSEE, nom, département, codes postaux, population. */
public record Commune(CodeCommune code, String nom, String departement, String codesPostaux, int population) {
}
