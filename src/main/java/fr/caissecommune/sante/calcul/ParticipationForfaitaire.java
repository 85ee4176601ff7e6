package fr.caissecommune.sante.calcul;

import java.util.List;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.sante.Cumuls;

/**
 * La participation forfaitaire (CSS, art. L160-13 II) : due pour chaque consultation ou acte d'un médecin et
 * chaque acte de biologie remboursés, au plus quatre fois par jour chez un même professionnel, dans la limite
 * d'un plafond annuel par bénéficiaire. Non due par les mineurs, les bénéficiaires de la C2S et de l'AME,
 * pendant la période d'exonération de la maternité et pour les soins au titre des AT/MP ; due en ALD.
 */
final class ParticipationForfaitaire {

    private ParticipationForfaitaire() {
    }

    /** Le nombre de participations retenues et leur montant. */
    record Resultat(int nombre, Montant montant) {
        static final Resultat AUCUNE = new Resultat(0, Montant.ZERO);
    }

    static Resultat calculer(List<LigneTarifee> lignes, List<Montant> rembourses, SituationALaDate s, Cumuls cumuls, ParametresSante p,
            Explication explication) {
        int actes = 0;
        for (int i = 0; i < lignes.size(); i++) {
            var ligne = lignes.get(i);
            if (ligne.categorie().supporteLaParticipationForfaitaire() && ligne.estUnActe() && rembourses.get(i).estPositif()) {
                actes += ligne.ligne().quantite();
            }
        }
        if (actes == 0) {
            return Resultat.AUCUNE;
        }
        var pf = p.participationForfaitaire();
        var exoneration = s.exonerationDesParticipations();
        if (exoneration == null && s.age() < pf.ageMinimum().valeur().intValueExact()) {
            explication.cite(pf.ageMinimum());
            exoneration = "bénéficiaire mineur (" + s.age() + " ans)";
        }
        if (exoneration != null) {
            explication.note("Participation forfaitaire non due : " + exoneration);
            return Resultat.AUCUNE;
        }
        explication.cite(pf.montant());
        int maximumParJour = pf.nombreMaximumParJour().valeur().intValueExact();
        int nombre = Math.min(actes, Math.max(0, maximumParJour - cumuls.participationsDuJourChezLeProfessionnel()));
        if (nombre < actes) {
            explication.cite(pf.nombreMaximumParJour());
            explication.note("Participation forfaitaire : " + actes + " acte(s), " + cumuls.participationsDuJourChezLeProfessionnel()
                    + " participation(s) déjà retenue(s) ce jour chez ce professionnel, au plus " + maximumParJour + " par jour : "
                    + nombre + " retenue(s)");
        }
        var montant = Montant.euros(pf.montant().valeur()).fois(nombre);
        var plafond = Montant.euros(pf.plafondAnnuel().valeur());
        var reste = plafond.moins(cumuls.participationsDeLAnnee()).max(Montant.ZERO);
        if (montant.compareTo(reste) > 0) {
            explication.cite(pf.plafondAnnuel());
            explication.note("Plafond annuel de la participation forfaitaire (" + EnFrancais.montant(plafond) + ") : "
                    + EnFrancais.montant(cumuls.participationsDeLAnnee()) + " déjà retenus cette année, reste " + EnFrancais.montant(reste));
            montant = reste;
        }
        if (montant.estNul()) {
            return Resultat.AUCUNE;
        }
        explication.etape("Participation forfaitaire (" + nombre + " × " + EnFrancais.montant(pf.montant().valeur()) + ")",
                montant.arrondiAuCentime().negatif());
        return new Resultat(nombre, montant.arrondiAuCentime());
    }
}
