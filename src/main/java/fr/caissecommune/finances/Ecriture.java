package fr.caissecommune.finances;

import java.time.LocalDate;
import java.util.List;

import fr.caissecommune.commun.Montant;

/**
 * Une écriture comptable en partie double : passée dans un journal à une date comptable, justifiée par une
 * pièce (référence du fichier, de la décision, de la paie…), équilibrée (la somme des débits égale celle des
 * crédits) et composée d'au moins deux lignes.
 */
public record Ecriture(Journal journal, LocalDate dateComptable, String libelle, String piece, List<LigneEcriture> lignes) {

    private static final String OBJET = "Écriture";

    public Ecriture {
        Controles.texte(libelle, OBJET, "libellé", 200);
        Controles.texte(piece, OBJET, "pièce", 100);
        lignes = List.copyOf(lignes);
        if (lignes.size() < 2) {
            throw new IllegalArgumentException("Écriture « " + libelle + " » invalide : il faut au moins deux lignes, " + lignes.size() + " reçue(s)");
        }
        var debits = somme(lignes, true);
        var credits = somme(lignes, false);
        if (!debits.equals(credits)) {
            throw new IllegalArgumentException("Écriture « " + libelle + " » déséquilibrée : débits " + debits.enFrancais()
                    + ", crédits " + credits.enFrancais() + " (la somme des débits doit égaler celle des crédits)");
        }
    }

    /** Le montant de l'écriture : la somme de ses débits, égale à celle de ses crédits. */
    public Montant total() {
        return somme(lignes, true);
    }

    private static Montant somme(List<LigneEcriture> lignes, boolean debits) {
        return lignes.stream().map(l -> debits ? l.debit() : l.credit()).reduce(Montant.ZERO, Montant::plus);
    }
}
