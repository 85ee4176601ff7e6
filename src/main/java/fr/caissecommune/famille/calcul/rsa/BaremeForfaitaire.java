package fr.caissecommune.famille.calcul.rsa;

import java.math.BigDecimal;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.Trace;
import fr.caissecommune.regles.Instantane;
import fr.caissecommune.regles.ValeurAppliquee;

/**
 * Le montant forfaitaire d'un minimum social et son forfait logement, tels que les bâtissent le RSA (CASF, art. R262-1
 * et R262-9) et la prime d'activité (CSS, art. D843-1 et R844-3) : montant de base pour une personne seule, majoré de
 * 50 % pour la deuxième personne du foyer, de 30 % pour chaque personne supplémentaire, de 40 % pour chaque enfant à
 * charge à partir du troisième (conjoint exclu) ; montant majoré pour isolement ; forfait logement en part du montant
 * forfaitaire d'un foyer d'une, deux ou trois personnes.
 *
 * @param racine le dossier des paramètres : {@code minima_sociaux/rsa/} ou {@code minima_sociaux/prime_activite/}
 */
public record BaremeForfaitaire(String racine, ValeurAppliquee montantDeBase, ValeurAppliquee deuxiemePersonne,
        ValeurAppliquee personneSupplementaire, ValeurAppliquee aPartirDuTroisiemeEnfant, ValeurAppliquee isolementTauxDeBase,
        ValeurAppliquee isolementParEnfant, ValeurAppliquee forfaitUnePersonne, ValeurAppliquee forfaitDeuxPersonnes,
        ValeurAppliquee forfaitTroisPersonnes) {

    private static final java.util.Map<String, BaremeForfaitaire> LUS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Le barème en vigueur à la date de l'instantané, lu une fois par version des paramètres, racine et date (la paie de
     * masse ne relit pas l'arbre des paramètres pour chaque foyer).
     */
    public static BaremeForfaitaire de(String racine, Instantane p) {
        return LUS.computeIfAbsent(racine + '|' + p.version() + '|' + p.date(), cle -> lire(racine, p));
    }

    private static BaremeForfaitaire lire(String racine, Instantane p) {
        return new BaremeForfaitaire(racine, p.applique(racine + "montant_forfaitaire"), p.applique(racine + "majoration/deuxieme_personne"),
                p.applique(racine + "majoration/personne_supplementaire"), p.applique(racine + "majoration/a_partir_du_troisieme_enfant"),
                p.applique(racine + "majoration_isolement/taux_de_base"), p.applique(racine + "majoration_isolement/par_enfant"),
                p.applique(racine + "forfait_logement/une_personne"), p.applique(racine + "forfait_logement/deux_personnes"),
                p.applique(racine + "forfait_logement/trois_personnes_ou_plus"));
    }

    /** Le coefficient du montant forfaitaire non majoré pour un nombre d'adultes et d'enfants à charge. */
    public BigDecimal coefficient(int adultes, int enfants) {
        var coefficient = BigDecimal.ONE;
        int personnes = adultes + enfants;
        for (int rang = 2; rang <= personnes; rang++) {
            int rangDeLEnfant = rang - adultes;
            if (rang == 2) {
                coefficient = coefficient.add(deuxiemePersonne.valeur());
            } else if (rangDeLEnfant >= 3) {
                coefficient = coefficient.add(aPartirDuTroisiemeEnfant.valeur());
            } else {
                coefficient = coefficient.add(personneSupplementaire.valeur());
            }
        }
        return coefficient;
    }

    /** Le coefficient du montant majoré pour isolement. */
    public BigDecimal coefficientMajore(int enfants) {
        return isolementTauxDeBase.valeur().add(isolementParEnfant.valeur().multiply(BigDecimal.valueOf(enfants)));
    }

    /** Le montant forfaitaire applicable : le montant majoré pour isolement s'il est plus favorable. */
    public Montant montantForfaitaire(CompositionDuFoyer foyer, Trace x) {
        x.cite(montantDeBase);
        var coefficient = coefficient(foyer.adultes(), foyer.enfantsACharge());
        if (foyer.personnes() >= 2) {
            x.cite(deuxiemePersonne);
        }
        if (foyer.personnes() >= 3) {
            x.cite(personneSupplementaire);
        }
        if (foyer.enfantsACharge() >= 3) {
            x.cite(aPartirDuTroisiemeEnfant);
        }
        var montant = Montant.euros(montantDeBase.valeur().multiply(coefficient));
        var libelle = "Montant forfaitaire pour un foyer de " + foyer.personnes() + " personne" + (foyer.personnes() > 1 ? "s" : "")
                + " (" + foyer.enFrancais() + ") : " + Montant.euros(montantDeBase.valeur()).enFrancais() + " × " + decimal(coefficient);
        if (foyer.isolementOuvrantDroitALaMajoration()) {
            var majore = coefficientMajore(foyer.enfantsACharge());
            var montantMajore = Montant.euros(montantDeBase.valeur().multiply(majore));
            if (montantMajore.compareTo(montant) > 0) {
                x.cite(isolementTauxDeBase);
                x.cite(isolementParEnfant);
                x.etape(() -> "Montant forfaitaire majoré pour isolement (" + foyer.enFrancais() + ") : "
                        + Montant.euros(montantDeBase.valeur()).enFrancais() + " × " + decimal(majore), montantMajore.arrondiAuCentime());
                return montantMajore;
            }
        }
        x.etape(() -> libelle, montant.arrondiAuCentime());
        return montant;
    }

    /**
     * Le forfait logement : pourcentage du montant forfaitaire d'un foyer d'une, deux ou trois personnes, déduit quand le
     * foyer perçoit une aide au logement (dans la limite de cette aide) ou est logé sans frais.
     */
    public Montant forfaitLogement(CompositionDuFoyer foyer, Logement logement, Trace x) {
        boolean aide = logement.aideAuLogement().estPositif();
        if (!aide && !logement.avantageEnNature()) {
            x.note(() -> "Pas de forfait logement : ni aide au logement perçue, ni logement à titre gratuit ou en propriété");
            return Montant.ZERO;
        }
        int personnes = Math.min(foyer.personnes(), 3);
        var taux = switch (personnes) {
            case 1 -> forfaitUnePersonne;
            case 2 -> forfaitDeuxPersonnes;
            default -> forfaitTroisPersonnes;
        };
        x.cite(taux);
        x.cite(montantDeBase);
        var base = montantDeBase.valeur().multiply(coefficient(Math.min(foyer.adultes(), personnes), personnes - Math.min(foyer.adultes(), personnes)));
        var forfait = Montant.euros(base.multiply(taux.valeur()));
        var raison = aide ? "aide au logement perçue" : logement.occupation() == Logement.Occupation.PROPRIETAIRE
                ? "propriétaire de son logement" : "hébergé à titre gratuit";
        if (!logement.avantageEnNature() && logement.aideAuLogement().compareTo(forfait) < 0) {
            x.etape(() -> "Forfait logement (" + raison + "), limité au montant de l'aide au logement", logement.aideAuLogement());
            return logement.aideAuLogement();
        }
        x.etape(() -> "Forfait logement (" + raison + ") : " + pourcent(taux.valeur()) + " du montant forfaitaire d'un foyer de " + personnes
                + " personne" + (personnes > 1 ? "s" : ""), forfait.arrondiAuCentime());
        return forfait;
    }

    public static String decimal(BigDecimal valeur) {
        return valeur.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String pourcent(BigDecimal taux) {
        return taux.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
