package fr.caissecommune.sante.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Instantane;
import fr.caissecommune.regles.ParametreIntrouvable;
import fr.caissecommune.regles.ValeurAppliquee;

/**
 * L'instruction d'une demande de complémentaire santé solidaire (CSS, art. L861-1) : les ressources du foyer des
 * douze mois précédant la demande comparées aux plafonds publiés pour sa taille. Jusqu'au plafond, la C2S est
 * sans participation ; jusqu'au plafond majoré de 35 %, elle est accordée avec une participation financière
 * mensuelle par bénéficiaire selon son âge au 1er janvier de l'année d'attribution (art. L861-1 et D861-1) ;
 * au-delà, la demande est refusée. Le droit est ouvert le premier jour du mois qui suit la décision, pour la durée
 * légale (art. L861-5 et R861-18).
 */
public final class InstructionC2s {

    static final String RACINE = "sante/c2s/";
    private static final String[] TAILLES = { "une_personne", "deux_personnes", "trois_personnes", "quatre_personnes" };

    private InstructionC2s() {
    }

    /** La forme de la C2S proposée. */
    public enum Proposition {
        GRATUITE("C2S sans participation financière"), PARTICIPATION("C2S avec participation financière"), REFUS("refus : ressources au-delà des plafonds");

        private final String libelle;

        Proposition(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** La participation mensuelle d'un membre du foyer, selon son âge au 1er janvier de l'année d'attribution. */
    public record Participation(int rang, int ageAuPremierJanvier, Montant mensuelle) {
    }

    /** Le résultat de l'instruction, avec les plafonds appliqués et l'explication. */
    public record Resultat(Proposition proposition, int tailleDuFoyer, Montant ressources, Montant plafondSansParticipation,
            Montant plafondAvecParticipation, List<Participation> participations, Montant participationMensuelle, LocalDate debut,
            LocalDate fin, List<String> explication) {

        public Resultat {
            participations = List.copyOf(participations);
            explication = List.copyOf(explication);
        }
    }

    /**
     * Instruit la demande.
     *
     * @param parametres  les paramètres en vigueur à la date de la demande (les plafonds du 1er avril en cours)
     * @param ressources  les ressources du foyer des douze mois retenus
     * @param naissances  les dates de naissance des membres du foyer couverts (le demandeur compris)
     * @param decision    la date de la décision : le droit s'ouvre le premier jour du mois suivant
     * @param dureeParametres les paramètres en vigueur à l'ouverture du droit (durée, participation)
     * @throws ParametreIntrouvable si la demande précède l'historique des plafonds
     */
    public static Resultat instruire(Instantane parametres, Montant ressources, List<LocalDate> naissances, LocalDate decision,
            Instantane dureeParametres) {
        if (naissances.isEmpty()) {
            throw new IllegalArgumentException("Le foyer compte au moins le demandeur");
        }
        if (ressources.estNegatif()) {
            throw new fr.caissecommune.commun.ChampInvalide("ressources", "Ressources invalides : le montant ne peut pas être négatif");
        }
        int taille = naissances.size();
        var explication = new ArrayList<String>();
        var gratuite = plafond(parametres, "plafond_gratuite/", taille, explication);
        var participation = plafond(parametres, "plafond_participation/", taille, explication);
        var duree = dureeParametres.applique(RACINE + "duree_du_droit");
        var debut = decision.withDayOfMonth(1).plusMonths(1);
        var fin = debut.plusMonths(duree.valeur().intValueExact());
        explication.add(0, "Foyer de " + taille + " personne" + (taille > 1 ? "s" : "") + ", ressources des douze mois retenus : "
                + ressources.enFrancais() + ".");
        Proposition proposition;
        if (ressources.compareTo(gratuite) <= 0) {
            proposition = Proposition.GRATUITE;
            explication.add("Ressources inférieures ou égales au plafond sans participation (" + gratuite.enFrancais() + ") : C2S sans participation.");
        } else if (ressources.compareTo(participation) <= 0) {
            proposition = Proposition.PARTICIPATION;
            explication.add("Ressources au-delà du plafond sans participation (" + gratuite.enFrancais()
                    + ") mais inférieures ou égales au plafond avec participation (" + participation.enFrancais() + ") : C2S avec participation.");
        } else {
            proposition = Proposition.REFUS;
            explication.add("Ressources au-delà du plafond avec participation (" + participation.enFrancais() + ") : droit refusé (CSS, art. L861-1).");
        }
        var participations = new ArrayList<Participation>();
        var total = Montant.ZERO;
        if (proposition == Proposition.PARTICIPATION) {
            var premierJanvier = LocalDate.of(debut.getYear(), 1, 1);
            var bareme = dureeParametres.bareme(RACINE + "participation_mensuelle");
            for (int i = 0; i < naissances.size(); i++) {
                int age = naissances.get(i).isAfter(premierJanvier) ? 0 : Period.between(naissances.get(i), premierJanvier).getYears();
                var tranche = bareme.trancheDe(BigDecimal.valueOf(age));
                var montant = Montant.euros(java.util.Objects.requireNonNull(tranche.montant(), "montant de la tranche").valeur());
                participations.add(new Participation(i + 1, age, montant));
                total = total.plus(montant);
                explication.add("Bénéficiaire " + (i + 1) + ", " + age + " ans au 01/01/" + debut.getYear() + " : participation de "
                        + montant.enFrancais() + " par mois (" + bareme.description() + ").");
            }
            explication.add("Participation du foyer : " + total.enFrancais() + " par mois.");
        }
        if (proposition != Proposition.REFUS) {
            explication.add("Droit ouvert du " + EnFrancais.date(debut) + " au " + EnFrancais.date(fin.minusDays(1)) + " (" + duree.enFrancais() + ").");
        }
        return new Resultat(proposition, taille, ressources, gratuite, participation, participations, total, debut, fin, explication);
    }

    /** Le plafond publié pour la taille du foyer : montant de quatre personnes et majoration par personne au-delà. */
    private static Montant plafond(Instantane p, String famille, int taille, List<String> explication) {
        ValeurAppliquee base = p.applique(RACINE + famille + TAILLES[Math.min(taille, 4) - 1]);
        var montant = Montant.euros(base.valeur());
        explication.add(base.enFrancais());
        if (taille > 4) {
            var sup = p.applique(RACINE + famille + "par_personne_supplementaire");
            montant = montant.plus(Montant.euros(sup.valeur()).fois(taille - 4L));
            explication.add(sup.enFrancais() + " × " + (taille - 4));
        }
        return montant;
    }
}
