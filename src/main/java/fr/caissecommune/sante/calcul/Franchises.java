package fr.caissecommune.sante.calcul;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.ValeurAppliquee;
import fr.caissecommune.sante.Cumuls;

/**
 * Les franchises médicales (CSS, art. L160-13 III) : par boîte de médicament, par acte d'auxiliaire médical
 * (plafond journalier chez un même professionnel) et par trajet de transport sanitaire (plafond journalier),
 * dans la limite d'un plafond annuel par bénéficiaire ; une franchise ne peut excéder le montant remboursé de la
 * ligne. Non dues par les mineurs (moins de dix-huit ans au 1er janvier), les bénéficiaires de la C2S et de
 * l'AME, pendant la période d'exonération de la maternité et pour les soins au titre des AT/MP ; dues en ALD.
 */
final class Franchises {

    private Franchises() {
    }

    /** Les franchises par ligne et leurs totaux par nature. */
    record Resultat(List<Montant> parLigne, Montant medicaments, Montant actesParamedicaux, Montant transports) {

        Montant total() {
            return medicaments.plus(actesParamedicaux).plus(transports);
        }
    }

    static Resultat calculer(List<LigneTarifee> lignes, List<Montant> rembourses, SituationALaDate s, Cumuls cumuls, ParametresSante p,
            Explication explication) {
        var parLigne = new ArrayList<Montant>(lignes.size());
        lignes.forEach(l -> parLigne.add(Montant.ZERO));
        var aucune = new Resultat(parLigne, Montant.ZERO, Montant.ZERO, Montant.ZERO);
        boolean concernee = false;
        for (int i = 0; i < lignes.size(); i++) {
            concernee |= unitaire(lignes.get(i), p) != null && rembourses.get(i).estPositif();
        }
        if (!concernee) {
            return aucune;
        }
        var f = p.franchises();
        var exoneration = s.exonerationDesParticipations();
        if (exoneration == null && s.ageAuPremierJanvier() < f.ageMinimum().valeur().intValueExact()) {
            explication.cite(f.ageMinimum());
            exoneration = "bénéficiaire mineur au 1er janvier (" + s.ageAuPremierJanvier() + " ans)";
        }
        if (exoneration != null) {
            explication.note("Franchises médicales non dues : " + exoneration);
            return aucune;
        }
        var resteAnnuel = Montant.euros(f.plafondAnnuel().valeur()).moins(cumuls.franchisesDeLAnnee()).max(Montant.ZERO);
        var resteParamedical = Montant.euros(f.plafondJournalierActesParamedicaux().valeur())
                .moins(cumuls.franchisesParamedicalesDuJourChezLeProfessionnel()).max(Montant.ZERO);
        var resteTransports = Montant.euros(f.plafondJournalierTransports().valeur()).moins(cumuls.franchisesTransportsDuJour()).max(Montant.ZERO);
        Montant medicaments = Montant.ZERO, paramedicaux = Montant.ZERO, transports = Montant.ZERO;
        for (int i = 0; i < lignes.size(); i++) {
            var ligne = lignes.get(i);
            var unitaire = unitaire(ligne, p);
            if (unitaire == null || !rembourses.get(i).estPositif()) {
                continue;
            }
            explication.cite(unitaire);
            int quantite = ligne.ligne().quantite();
            var due = Montant.euros(unitaire.valeur()).fois(quantite);
            var libelle = new StringBuilder("Franchise ligne ").append(ligne.numero()).append(" (").append(quantite).append(" × ")
                    .append(EnFrancais.montant(unitaire.valeur())).append(')');
            var retenue = due.min(rembourses.get(i));
            if (retenue.compareTo(due) < 0) {
                libelle.append(", limitée au montant remboursé");
            }
            if (ligne.categorie() == CategorieDeSoins.AUXILIAIRES_MEDICAUX) {
                retenue = plafonner(retenue, resteParamedical, libelle, ", plafond journalier chez ce professionnel", f.plafondJournalierActesParamedicaux(),
                        explication);
                resteParamedical = resteParamedical.moins(retenue);
            } else if (ligne.categorie() == CategorieDeSoins.TRANSPORTS) {
                retenue = plafonner(retenue, resteTransports, libelle, ", plafond journalier des transports", f.plafondJournalierTransports(),
                        explication);
                resteTransports = resteTransports.moins(retenue);
            }
            retenue = plafonner(retenue, resteAnnuel, libelle, ", plafond annuel", f.plafondAnnuel(), explication);
            resteAnnuel = resteAnnuel.moins(retenue);
            if (retenue.estNul()) {
                explication.note(libelle + " : plafond atteint, aucune franchise retenue");
                continue;
            }
            retenue = retenue.arrondiAuCentime();
            parLigne.set(i, retenue);
            explication.etape(libelle.toString(), retenue.negatif());
            switch (ligne.categorie()) {
                case MEDICAMENTS -> medicaments = medicaments.plus(retenue);
                case AUXILIAIRES_MEDICAUX -> paramedicaux = paramedicaux.plus(retenue);
                default -> transports = transports.plus(retenue);
            }
        }
        return new Resultat(parLigne, medicaments, paramedicaux, transports);
    }

    private static Montant plafonner(Montant retenue, Montant reste, StringBuilder libelle, String plafond,
            ValeurAppliquee parametre, Explication explication) {
        if (retenue.compareTo(reste) <= 0) {
            return retenue;
        }
        explication.cite(parametre);
        libelle.append(plafond).append(" (").append(EnFrancais.montant(parametre.valeur())).append(')');
        return reste;
    }

    /** La franchise unitaire de la ligne : boîte de médicament, acte d'auxiliaire médical, trajet ; aucune sinon. */
    private static @Nullable ValeurAppliquee unitaire(LigneTarifee ligne, ParametresSante p) {
        return switch (ligne.categorie()) {
            case MEDICAMENTS -> p.franchises().medicament();
            case AUXILIAIRES_MEDICAUX -> ligne.estUnActe() ? p.franchises().acteParamedical() : null;
            case TRANSPORTS -> p.franchises().transport();
            default -> null;
        };
    }
}
