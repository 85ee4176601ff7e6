package fr.caissecommune.regles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.caissecommune.commun.Montant;

/**
 * Les paramètres législatifs en vigueur à une date : ce qu'une formule de calcul reçoit. Chaque lecture
 * rend aussi la date d'effet et la référence juridique de la valeur, pour l'explication.
 */
public final class Instantane {

    private final JeuDeParametres jeu;
    private final LocalDate date;

    Instantane(JeuDeParametres jeu, LocalDate date) {
        this.jeu = jeu;
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }

    /** La version (empreinte) du jeu de paramètres dont provient cet instantané. */
    public String version() {
        return jeu.version();
    }

    public ValeurAppliquee applique(String chemin) {
        var parametre = jeu.get(chemin);
        var valeur = parametre.a(date).orElseThrow(() -> new ParametreIntrouvable(chemin, date));
        return new ValeurAppliquee(chemin, parametre.description(), parametre.unite(), valeur.valeur(), valeur.dateEffet(),
                valeur.references());
    }

    public BigDecimal valeur(String chemin) {
        return applique(chemin).valeur();
    }

    public Montant montant(String chemin) {
        return Montant.euros(valeur(chemin));
    }

    public int entier(String chemin) {
        return valeur(chemin).intValueExact();
    }

    /** Vrai si le paramètre a une valeur en vigueur à cette date (un dispositif peut ne pas encore exister). */
    public boolean existe(String chemin) {
        return jeu.find(chemin).flatMap(p -> p.a(date)).isPresent();
    }

    public Bareme bareme(String chemin) {
        var parametre = jeu.get(chemin);
        if (!parametre.estUnBareme()) {
            throw new ParametreIntrouvable(chemin + " (barème attendu)");
        }
        List<Bareme.TrancheAppliquee> tranches = parametre.tranches().stream()
                .filter(t -> Parametre.enVigueur(t.seuil(), date).isPresent())
                .map(t -> new Bareme.TrancheAppliquee(
                        Parametre.enVigueur(t.seuil(), date).orElseThrow(),
                        Parametre.enVigueur(t.taux(), date).orElse(null),
                        Parametre.enVigueur(t.montant(), date).orElse(null)))
                .toList();
        if (tranches.isEmpty()) {
            throw new ParametreIntrouvable(chemin, date);
        }
        return new Bareme(chemin, parametre.description(), tranches);
    }
}
