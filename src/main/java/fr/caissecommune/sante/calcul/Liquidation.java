package fr.caissecommune.sante.calcul;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.sante.CleDeSoin;
import fr.caissecommune.sante.Cumuls;
import fr.caissecommune.sante.Decompte;
import fr.caissecommune.sante.FeuilleDeSoins;
import fr.caissecommune.sante.Imputations;
import fr.caissecommune.sante.LigneDeDecompte;
import fr.caissecommune.sante.MotifDeRejet;
import fr.caissecommune.sante.Payeur;
import fr.caissecommune.sante.Rejet;
import fr.caissecommune.sante.SituationDuBeneficiaire;
import fr.caissecommune.sante.SoinsLiquides;
import fr.caissecommune.sante.StatutDuDecompte;
import fr.caissecommune.sante.nomenclatures.Nomenclatures;

/**
 * La liquidation d'une feuille de soins en décompte. Contrôles d'abord (prescription, CSS, art. L332-1 ;
 * bénéficiaire connu et droits ouverts à la date des soins ; codes connus et tarifés ; doublons) : toute anomalie
 * rejette la feuille entière, avec tous ses motifs. Puis, ligne par ligne, la base et le taux ; enfin la
 * participation forfaitaire, les franchises et le paiement (à l'assuré, ou au professionnel en tiers payant, la
 * participation et les franchises étant alors récupérées sur un prochain paiement à l'assuré).
 */
public final class Liquidation {

    private Liquidation() {
    }

    /**
     * @param situation     la situation du bénéficiaire ; absente s'il est inconnu de la caisse
     * @param cumuls        ses cumuls de participations et de franchises avant cette feuille
     * @param dejaLiquides  les soins déjà payés, pour le contrôle des doublons
     * @param parametres    les paramètres législatifs par date
     * @param nomenclatures les nomenclatures de tarification
     */
    public static Decompte liquider(FeuilleDeSoins feuille, @Nullable SituationDuBeneficiaire situation, Cumuls cumuls,
            SoinsLiquides dejaLiquides, ParametresALaDate parametres, Nomenclatures nomenclatures) {
        var explication = new Explication();
        explication.note(entete(feuille));
        var payeur = feuille.tiersPayant() ? Payeur.PS : Payeur.ASSURE;
        var p = parametres.a(feuille.dateDesSoins()).orElse(null);
        var rejets = new ArrayList<Rejet>();

        prescription(feuille, p != null ? p : parametres.a(feuille.dateDeReception()).orElse(null), rejets, explication);
        if (situation == null) {
            rejets.add(new Rejet(MotifDeRejet.BENEFICIAIRE_INCONNU, "NIR " + feuille.nir().formate()));
        } else if (!situation.aDesDroitsAu(feuille.dateDesSoins())) {
            rejets.add(new Rejet(MotifDeRejet.DROITS_FERMES, "soins du " + EnFrancais.date(feuille.dateDesSoins())));
        }
        var tarifees = new ArrayList<LigneTarifee>(feuille.lignes().size());
        if (p == null) {
            if (rejets.stream().noneMatch(r -> r.motif() == MotifDeRejet.PRESCRIPTION_ACQUISE)) {
                rejets.add(new Rejet(MotifDeRejet.TARIF_INCONNU, "aucun paramètre de liquidation en vigueur le "
                        + EnFrancais.date(feuille.dateDesSoins())));
            }
        } else {
            for (int i = 0; i < feuille.lignes().size(); i++) {
                var resultat = Tarification.tarifer(feuille, i + 1, feuille.lignes().get(i), p, nomenclatures);
                if (resultat.rejet() != null) {
                    rejets.add(resultat.rejet());
                } else {
                    tarifees.add(resultat.ligne());
                }
            }
        }
        for (int i = 0; i < feuille.lignes().size(); i++) {
            var ligne = feuille.lignes().get(i);
            if (dejaLiquides.contient(CleDeSoin.de(feuille, ligne))) {
                rejets.add(new Rejet(MotifDeRejet.DOUBLON, "ligne " + (i + 1) + " (" + ligne.libelle() + " × " + ligne.quantite() + ") déjà payée pour ce "
                        + "bénéficiaire, ce professionnel et cette date"));
            }
        }
        if (!rejets.isEmpty()) {
            explication.note("Feuille rejetée :");
            rejets.forEach(r -> explication.note("- " + r.libelle()));
            return Decompte.rejete(feuille.id(), feuille.nir().valeur(), feuille.dateDesSoins(), rejets, payeur, explication,
                    p == null ? null : p.version());
        }
        return payer(feuille, SituationALaDate.de(feuille, situation, p, explication), tarifees, cumuls, payeur, p, explication);
    }

    private static Decompte payer(FeuilleDeSoins feuille, SituationALaDate s, List<LigneTarifee> tarifees, Cumuls cumuls, Payeur payeur,
            ParametresSante p, Explication explication) {
        var taux = new ArrayList<BigDecimal>(tarifees.size());
        var rembourses = new ArrayList<Montant>(tarifees.size());
        var total = Montant.ZERO;
        for (var ligne : tarifees) {
            var sous = ligne.explication();
            var t = TicketModerateur.taux(feuille, ligne, s, p, sous);
            var rembourse = ligne.base().fois(t).arrondiAuCentime();
            sous.etape("Remboursé (" + EnFrancais.montant(ligne.base()) + " × " + EnFrancais.pourcentage(t) + ")", rembourse);
            explication.inclut("Ligne " + ligne.numero() + " — " + ligne.ligne().libelle() + " × " + ligne.ligne().quantite() + " ("
                    + ligne.categorie().libelle() + ")", sous);
            taux.add(t);
            rembourses.add(rembourse);
            total = total.plus(rembourse);
        }
        explication.etape("Total remboursé par l'assurance maladie", total);

        var pf = ParticipationForfaitaire.calculer(tarifees, rembourses, s, cumuls, p, explication);
        var franchises = Franchises.calculer(tarifees, rembourses, s, cumuls, p, explication);
        var participations = pf.montant().plus(franchises.total());

        Montant paye, recupere, aRecouvrer;
        if (payeur == Payeur.PS) {
            paye = total;
            recupere = Montant.ZERO;
            aRecouvrer = participations;
            if (aRecouvrer.estPositif()) {
                explication.etape("Tiers payant : participation forfaitaire et franchises à récupérer sur un prochain remboursement à l'assuré",
                        aRecouvrer);
            }
            explication.etape("Montant payé au professionnel de santé (tiers payant)", paye);
        } else {
            var deduit = participations.min(total);
            aRecouvrer = participations.moins(deduit);
            recupere = cumuls.participationsARecouvrer().min(total.moins(deduit)).max(Montant.ZERO);
            paye = total.moins(deduit).moins(recupere);
            if (aRecouvrer.estPositif()) {
                explication.etape("Participations non déduites faute de montant suffisant, à récupérer sur un prochain remboursement", aRecouvrer);
            }
            if (recupere.estPositif()) {
                explication.etape("Participations dues sur des décomptes antérieurs en tiers payant, récupérées", recupere.negatif());
            }
            explication.etape("Montant payé à l'assuré", paye);
        }

        var lignes = new ArrayList<LigneDeDecompte>(tarifees.size());
        for (int i = 0; i < tarifees.size(); i++) {
            var l = tarifees.get(i);
            lignes.add(new LigneDeDecompte(l.numero(), l.ligne().code(), l.ligne().coefficient(), l.ligne().quantite(), l.facture(), l.base(),
                    taux.get(i), rembourses.get(i), l.depassement(), franchises.parLigne().get(i)));
        }
        var imputations = new Imputations(pf.nombre(), pf.montant(), franchises.medicaments(), franchises.actesParamedicaux(),
                franchises.transports(), aRecouvrer, recupere);
        return new Decompte(feuille.id(), feuille.nir().valeur(), feuille.dateDesSoins(), StatutDuDecompte.PAYE, List.of(), lignes, total,
                pf.montant(), franchises.total(), recupere, aRecouvrer, paye, payeur, imputations, explication, p.version());
    }

    /** Prescription : la demande doit être reçue au plus tard le jour anniversaire des soins, deux ans après. */
    private static void prescription(FeuilleDeSoins feuille, @Nullable ParametresSante p, List<Rejet> rejets, Explication explication) {
        if (p == null) {
            return;
        }
        var delai = p.delaiDePrescription();
        var limite = feuille.dateDesSoins().plusYears(delai.valeur().intValueExact());
        if (feuille.dateDeReception().isAfter(limite)) {
            explication.cite(delai);
            rejets.add(new Rejet(MotifDeRejet.PRESCRIPTION_ACQUISE, "soins du " + EnFrancais.date(feuille.dateDesSoins()) + ", reçus le "
                    + EnFrancais.date(feuille.dateDeReception()) + " ; date limite : " + EnFrancais.date(limite)));
        }
    }

    private static String entete(FeuilleDeSoins f) {
        return "Feuille " + f.id() + " (" + f.flux().libelle() + ", reçue le " + EnFrancais.date(f.dateDeReception()) + ") : soins du "
                + EnFrancais.date(f.dateDesSoins()) + ", bénéficiaire " + f.nir().formate() + ", " + f.executant().libelle() + ", assurance "
                + f.assurance().libelle() + (f.tiersPayant() ? ", tiers payant" : "");
    }
}
