package fr.caissecommune.sante;

/** Un motif de rejet et sa précision (la ligne, le code, les dates en cause). */
public record Rejet(MotifDeRejet motif, String precision) {

    /** Le libellé complet : « Code d'acte ou de produit inconnu des nomenclatures : ligne 2, CCAM:ZZZZ999 ». */
    public String libelle() {
        return precision.isEmpty() ? motif.libelle() : motif.libelle() + " : " + precision;
    }
}
