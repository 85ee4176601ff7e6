package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import fr.caissecommune.commun.Montant;

/**
 * Les cumuls d'un bénéficiaire tenus en mémoire pendant une simulation : participations et franchises par année
 * civile, participations et franchises paramédicales par jour et par professionnel, franchises de transport par
 * jour, participations restant à récupérer, et soins déjà payés (contrôle des doublons). Non partagé entre fils :
 * les feuilles d'un même bénéficiaire sont liquidées l'une après l'autre, dans l'ordre des dates de soins.
 */
final class CompteursDuBeneficiaire {

    private record JourChezUnProfessionnel(LocalDate date, String rpps) {
    }

    private final Map<Integer, Montant> participationsParAnnee = new HashMap<>(4);
    private final Map<Integer, Montant> franchisesParAnnee = new HashMap<>(4);
    private final Map<JourChezUnProfessionnel, Integer> participationsParJour = new HashMap<>();
    private final Map<JourChezUnProfessionnel, Montant> franchisesParamedicalesParJour = new HashMap<>();
    private final Map<LocalDate, Montant> franchisesTransportsParJour = new HashMap<>();
    private final Set<CleDeSoin> soinsPayes = new HashSet<>();
    private Montant participationsARecouvrer = Montant.ZERO;
    private boolean modifie;

    // --- reprise de l'état enregistré (liquidation enregistrée)

    void reprendreAnnee(int annee, Montant participations, Montant franchises) {
        participationsParAnnee.put(annee, participations);
        franchisesParAnnee.put(annee, franchises);
    }

    void reprendreJour(LocalDate date, String rpps, int participations, Montant franchisesParamedicales) {
        var jour = new JourChezUnProfessionnel(date, rpps);
        participationsParJour.merge(jour, participations, Integer::sum);
        franchisesParamedicalesParJour.merge(jour, franchisesParamedicales, Montant::plus);
    }

    void reprendreTransports(LocalDate date, Montant franchises) {
        franchisesTransportsParJour.merge(date, franchises, Montant::plus);
    }

    void reprendreARecouvrer(Montant montant) {
        participationsARecouvrer = montant;
    }

    void reprendreSoin(CleDeSoin cle) {
        soinsPayes.add(cle);
    }

    /** Vrai si une feuille payée a imputé des participations ou des franchises, ou récupéré une dette. */
    boolean modifie() {
        return modifie;
    }

    /** Les cumuls annuels : année → {participations, franchises}. */
    Map<Integer, Montant[]> cumulsAnnuels() {
        var resultat = new HashMap<Integer, Montant[]>();
        participationsParAnnee.forEach((annee, pf) -> resultat.put(annee, new Montant[] { pf, franchisesParAnnee.getOrDefault(annee, Montant.ZERO) }));
        franchisesParAnnee.forEach((annee, f) -> resultat.putIfAbsent(annee, new Montant[] { Montant.ZERO, f }));
        return resultat;
    }

    Montant participationsARecouvrer() {
        return participationsARecouvrer;
    }

    Cumuls avant(FeuilleDeSoins feuille) {
        int annee = feuille.dateDesSoins().getYear();
        var jour = new JourChezUnProfessionnel(feuille.dateDesSoins(), feuille.executant().rpps().valeur());
        return new Cumuls(participationsParAnnee.getOrDefault(annee, Montant.ZERO), franchisesParAnnee.getOrDefault(annee, Montant.ZERO),
                participationsParJour.getOrDefault(jour, 0), franchisesParamedicalesParJour.getOrDefault(jour, Montant.ZERO),
                franchisesTransportsParJour.getOrDefault(feuille.dateDesSoins(), Montant.ZERO), participationsARecouvrer);
    }

    void enregistrer(FeuilleDeSoins feuille, Decompte decompte) {
        if (!decompte.estPaye()) {
            return;
        }
        var i = decompte.imputations();
        int annee = feuille.dateDesSoins().getYear();
        var jour = new JourChezUnProfessionnel(feuille.dateDesSoins(), feuille.executant().rpps().valeur());
        participationsParAnnee.merge(annee, i.participationForfaitaire(), Montant::plus);
        franchisesParAnnee.merge(annee, i.franchises(), Montant::plus);
        if (i.participationsForfaitaires() > 0) {
            participationsParJour.merge(jour, i.participationsForfaitaires(), Integer::sum);
        }
        if (i.franchisesActesParamedicaux().estPositif()) {
            franchisesParamedicalesParJour.merge(jour, i.franchisesActesParamedicaux(), Montant::plus);
        }
        if (i.franchisesTransports().estPositif()) {
            franchisesTransportsParJour.merge(feuille.dateDesSoins(), i.franchisesTransports(), Montant::plus);
        }
        participationsARecouvrer = participationsARecouvrer.plus(i.aRecouvrer()).moins(i.recupere());
        modifie |= i.participationForfaitaire().estPositif() || i.franchises().estPositif() || i.aRecouvrer().estPositif()
                || i.recupere().estPositif();
        for (var ligne : feuille.lignes()) {
            soinsPayes.add(CleDeSoin.de(feuille, ligne));
        }
    }

    /** Les soins de la feuille déjà payés pour ce bénéficiaire (les doublons). */
    Set<CleDeSoin> dejaPayes(FeuilleDeSoins feuille) {
        Set<CleDeSoin> doublons = Set.of();
        for (var ligne : feuille.lignes()) {
            var cle = CleDeSoin.de(feuille, ligne);
            if (soinsPayes.contains(cle)) {
                doublons = doublons.isEmpty() ? new HashSet<>() : doublons;
                doublons.add(cle);
            }
        }
        return doublons;
    }
}
