package fr.caissecommune.sante;

import java.util.Set;

import fr.caissecommune.commun.Periode;

/**
 * Une affection de longue durée reconnue (CSS, art. L160-14 3°) : l'affection, la période de reconnaissance et,
 * le cas échéant, les codes d'actes ou de produits du protocole de soins exonérés du ticket modérateur. Sans
 * codes, seules les lignes que le prescripteur déclare en rapport avec l'ALD sont exonérées.
 */
public record Ald(String affection, Periode periode, Set<String> codes) {

    public Ald {
        codes = Set.copyOf(codes);
    }

    /** Vrai si la ligne relève de l'ALD : déclarée en rapport par le prescripteur, ou code du protocole. */
    public boolean couvre(LigneDeSoins ligne) {
        return ligne.enRapportAvecUneAld() || codes.contains(ligne.code().toString());
    }
}
