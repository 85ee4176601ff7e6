package fr.caissecommune.famille.calcul.ressources;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.Trace;

/**
 * Les ressources du trimestre de référence d'un droit trimestriel (RSA, prime d'activité) : les trois mois civils qui
 * précèdent le mois de la demande ou du réexamen (CASF, art. R262-7 ; CSS, art. R843-1 et R844-1), mois par mois et
 * personne par personne, après neutralisation des revenus interrompus.
 *
 * @param moisDuDroit le mois de la demande ou du réexamen trimestriel
 * @param mois les trois mois du trimestre, du plus ancien au plus récent
 * @param neutralisations les ressources écartées, en français (pour l'explication)
 */
public record TrimestreDeReference(YearMonth moisDuDroit, List<Mois> mois, List<String> neutralisations) {

    private static final BigDecimal TROIS = BigDecimal.valueOf(3);

    /** Les ressources retenues d'un mois du trimestre : revenus d'activité par personne et autres ressources. */
    public record Mois(YearMonth mois, List<Montant> activiteParPersonne, List<Montant> autresParPersonne) {

        public Mois {
            activiteParPersonne = List.copyOf(activiteParPersonne);
            autresParPersonne = List.copyOf(autresParPersonne);
        }

        public Montant activite() {
            return activiteParPersonne.stream().reduce(Montant.ZERO, Montant::plus);
        }

        public Montant autres() {
            return autresParPersonne.stream().reduce(Montant.ZERO, Montant::plus);
        }

        public Montant total() {
            return activite().plus(autres());
        }
    }

    public TrimestreDeReference {
        mois = List.copyOf(mois);
        neutralisations = List.copyOf(neutralisations);
    }

    /** Les trois mois civils qui précèdent le mois du droit. */
    public static List<YearMonth> troisMoisAvant(YearMonth moisDuDroit) {
        return List.of(moisDuDroit.minusMonths(3), moisDuDroit.minusMonths(2), moisDuDroit.minusMonths(1));
    }

    /**
     * Établit les ressources du trimestre de référence.
     *
     * @param neutraliser vrai pour écarter, comme le RSA (CASF, art. R262-13), les revenus professionnels et de
     *     substitution dont la perception a cessé : nuls le mois du droit alors qu'ils étaient perçus le mois précédent,
     *     sans revenu de substitution le mois du droit
     */
    public static TrimestreDeReference etablir(List<RessourcesMensuelles> personnes, YearMonth moisDuDroit, boolean neutraliser) {
        return etablir(personnes, moisDuDroit, neutraliser, null);
    }

    /**
     * Établit les ressources du trimestre de référence de la prime d'activité : l'allocation aux adultes handicapés d'une
     * personne dont les revenus d'activité du mois atteignent le seuil compte comme un revenu professionnel (CSS,
     * art. D843-4).
     *
     * @param seuilAahRevenuProfessionnel le seuil mensuel de revenus d'activité, ou null (RSA)
     */
    public static TrimestreDeReference etablir(List<RessourcesMensuelles> personnes, YearMonth moisDuDroit, boolean neutraliser,
            @org.jspecify.annotations.Nullable Montant seuilAahRevenuProfessionnel) {
        var trimestre = troisMoisAvant(moisDuDroit);
        var neutralisations = new ArrayList<String>();
        var neutralisees = new ArrayList<java.util.Set<NatureDeRessource>>();
        for (var personne : personnes) {
            var ecartees = java.util.EnumSet.noneOf(NatureDeRessource.class);
            if (neutraliser) {
                boolean substitution = personne.percoitUnRevenuDeSubstitution(moisDuDroit);
                for (var nature : NatureDeRessource.values()) {
                    if (nature.estNeutralisable() && !substitution && personne.montant(moisDuDroit, nature).signum() == 0
                            && personne.montant(moisDuDroit.minusMonths(1), nature).signum() > 0) {
                        ecartees.add(nature);
                        neutralisations.add("Neutralisation des " + nature.libelle() + " de " + personne.personne()
                                + " : perception interrompue sans revenu de substitution (CASF, art. R262-13)");
                    }
                }
            }
            neutralisees.add(ecartees);
        }
        var lesMois = new ArrayList<Mois>();
        for (var m : trimestre) {
            var activite = new ArrayList<Montant>();
            var autres = new ArrayList<Montant>();
            for (int i = 0; i < personnes.size(); i++) {
                var personne = personnes.get(i);
                var a = BigDecimal.ZERO;
                var b = BigDecimal.ZERO;
                for (var nature : NatureDeRessource.values()) {
                    if (neutralisees.get(i).contains(nature)) {
                        continue;
                    }
                    if (nature.estUnRevenuDActivite()) {
                        a = a.add(personne.montant(m, nature));
                    } else if (nature != NatureDeRessource.AAH) {
                        b = b.add(personne.montant(m, nature));
                    }
                }
                var aah = personne.montant(m, NatureDeRessource.AAH);
                if (seuilAahRevenuProfessionnel != null && aah.signum() > 0 && a.compareTo(seuilAahRevenuProfessionnel.valeur()) >= 0) {
                    a = a.add(aah);
                } else {
                    b = b.add(aah);
                }
                activite.add(Montant.euros(a));
                autres.add(Montant.euros(b));
            }
            lesMois.add(new Mois(m, activite, autres));
        }
        return new TrimestreDeReference(moisDuDroit, lesMois, neutralisations);
    }

    /** Moyenne mensuelle des revenus d'activité du foyer sur le trimestre. */
    public Montant moyenneActivite() {
        return moyenne(mois.stream().map(Mois::activite).reduce(Montant.ZERO, Montant::plus));
    }

    /** Moyenne mensuelle des autres ressources du foyer sur le trimestre. */
    public Montant moyenneAutres() {
        return moyenne(mois.stream().map(Mois::autres).reduce(Montant.ZERO, Montant::plus));
    }

    public Montant moyenne() {
        return moyenneActivite().plus(moyenneAutres());
    }

    private static Montant moyenne(Montant total) {
        return Montant.euros(total.valeur().divide(TROIS, MathContext.DECIMAL64));
    }

    /** Écrit le trimestre dans une explication : les neutralisations, puis les moyennes. */
    public void expliquer(Trace x) {
        neutralisations.forEach(x::note);
        x.note(() -> "Trimestre de référence : " + mois.getFirst().mois() + " à " + mois.getLast().mois()
                + " (les trois mois qui précèdent " + moisDuDroit + ")");
        x.etape(() -> "Moyenne mensuelle des revenus d'activité du trimestre", moyenneActivite().arrondiAuCentime());
        x.etape(() -> "Moyenne mensuelle des autres ressources du trimestre", moyenneAutres().arrondiAuCentime());
    }
}
