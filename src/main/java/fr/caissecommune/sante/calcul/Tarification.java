package fr.caissecommune.sante.calcul;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.sante.CodeActe;
import fr.caissecommune.sante.FeuilleDeSoins;
import fr.caissecommune.sante.LigneDeSoins;
import fr.caissecommune.sante.MotifDeRejet;
import fr.caissecommune.sante.Profession;
import fr.caissecommune.sante.Rejet;
import fr.caissecommune.sante.nomenclatures.ClasseDeMedicament;
import fr.caissecommune.sante.nomenclatures.Ngap;
import fr.caissecommune.sante.nomenclatures.Nomenclatures;
import fr.caissecommune.sante.nomenclatures.TarifCcam;
import fr.caissecommune.sante.nomenclatures.VersionRetenue;

/**
 * La tarification d'une ligne de facturation : la base de remboursement de la sécurité sociale (BRSS). Lettre
 * clé NGAP : valeur de la lettre clé à la date × coefficient. Acte CCAM : tarif de la grille du secteur de
 * l'exécutant (secteur 1 et OPTAM, ou hors secteur 1), pour l'activité et la phase. Médicament : prix de la
 * présentation honoraire de dispensation compris (BDPM), par boîte. Transport et séjour : le montant facturé
 * (les grilles ne sont pas livrées). La base est plafonnée aux frais exposés ; l'excédent facturé est un
 * dépassement, jamais remboursé.
 */
final class Tarification {

    private Tarification() {
    }

    /** Le résultat : une ligne tarifée, ou le motif de son rejet. */
    record Resultat(@Nullable LigneTarifee ligne, @Nullable Rejet rejet) {

        static Resultat rejet(MotifDeRejet motif, String precision) {
            return new Resultat(null, new Rejet(motif, precision));
        }
    }

    static Resultat tarifer(FeuilleDeSoins feuille, int numero, LigneDeSoins ligne, ParametresSante p, Nomenclatures nomenclatures) {
        var profession = feuille.executant().profession();
        var categorie = categorie(ligne.code(), profession);
        var designation = "ligne " + numero + " (" + ligne.code() + ")";
        if (categorie == null) {
            return Resultat.rejet(MotifDeRejet.LIGNE_INVALIDE, designation + " : code " + ligne.code().nomenclature()
                    + " non facturable par un " + profession.libelle());
        }
        if (ligne.code().nomenclature() != CodeActe.Nomenclature.NGAP && ligne.coefficient().compareTo(BigDecimal.ONE) != 0) {
            return Resultat.rejet(MotifDeRejet.LIGNE_INVALIDE, designation + " : coefficient " + ligne.coefficient().toPlainString()
                    + " sans objet hors NGAP");
        }
        var explication = new Explication();
        return switch (ligne.code().nomenclature()) {
            case NGAP -> ngap(numero, ligne, categorie, designation, p, nomenclatures.ngap(), explication);
            case CCAM -> ccam(feuille, numero, ligne, categorie, designation, nomenclatures, explication);
            case CIP -> medicament(feuille, numero, ligne, designation, nomenclatures, explication);
            case TRANSPORT, HOSPITALISATION -> auMontantFacture(numero, ligne, categorie, designation, explication);
        };
    }

    /** La catégorie de soins selon le code et la profession de l'exécutant ; absente si la combinaison est exclue. */
    static @Nullable CategorieDeSoins categorie(CodeActe code, Profession profession) {
        return switch (code.nomenclature()) {
            case CIP -> profession == Profession.PHARMACIEN || profession == Profession.ETABLISSEMENT ? CategorieDeSoins.MEDICAMENTS : null;
            case TRANSPORT -> profession == Profession.TRANSPORTEUR ? CategorieDeSoins.TRANSPORTS : null;
            case HOSPITALISATION -> profession == Profession.ETABLISSEMENT ? CategorieDeSoins.HOSPITALISATION : null;
            case NGAP, CCAM -> switch (profession) {
                case MEDECIN_GENERALISTE, MEDECIN_SPECIALISTE, ETABLISSEMENT -> CategorieDeSoins.HONORAIRES_MEDICAUX;
                case SAGE_FEMME -> CategorieDeSoins.HONORAIRES_SAGES_FEMMES;
                case CHIRURGIEN_DENTISTE -> CategorieDeSoins.SOINS_DENTAIRES;
                case INFIRMIER, MASSEUR_KINESITHERAPEUTE, ORTHOPHONISTE, ORTHOPTISTE, PEDICURE_PODOLOGUE -> CategorieDeSoins.AUXILIAIRES_MEDICAUX;
                case BIOLOGISTE -> CategorieDeSoins.BIOLOGIE;
                case PHARMACIEN, TRANSPORTEUR -> null;
            };
        };
    }

    private static Resultat ngap(int numero, LigneDeSoins ligne, CategorieDeSoins categorie, String designation, ParametresSante p, Ngap ngap,
            Explication explication) {
        var lettre = ligne.code().valeur();
        var valeur = p.lettreCle(lettre).orElse(null);
        if (valeur == null) {
            return ngap.connait(lettre)
                    ? Resultat.rejet(MotifDeRejet.TARIF_INCONNU, designation + " : lettre clé " + lettre + " sans valeur en vigueur le "
                            + EnFrancais.date(p.date()))
                    : Resultat.rejet(MotifDeRejet.CODE_INCONNU, designation + " : lettre clé " + lettre + " absente de la NGAP");
        }
        explication.cite(valeur);
        var unitaire = Montant.euros(valeur.valeur().multiply(ligne.coefficient())).arrondiAuCentime();
        var tarif = unitaire.fois(ligne.quantite());
        var libelle = ngap.libelle(lettre).map(l -> " (" + l + ")").orElse("");
        explication.note("Tarif NGAP : lettre clé " + lettre + libelle + " à " + EnFrancais.montant(valeur.valeur()) + " × coefficient "
                + ligne.coefficient().toPlainString().replace('.', ',') + " = " + EnFrancais.montant(unitaire) + quantite(ligne));
        return base(numero, ligne, categorie, ngap.nature(lettre) == Ngap.Nature.ACTE, tarif, true, null, explication);
    }

    private static Resultat ccam(FeuilleDeSoins feuille, int numero, LigneDeSoins ligne, CategorieDeSoins categorie, String designation,
            Nomenclatures nomenclatures, Explication explication) {
        var version = nomenclatures.ccam(feuille.dateDesSoins());
        var acte = version.contenu().acte(ligne.code().valeur()).orElse(null);
        if (acte == null) {
            return Resultat.rejet(MotifDeRejet.CODE_INCONNU, designation + " : acte absent de la " + version.nom());
        }
        var tarifs = acte.tarif(ligne.activite(), ligne.phase()).orElse(null);
        if (tarifs == null) {
            return Resultat.rejet(MotifDeRejet.LIGNE_INVALIDE, designation + " : activité " + ligne.activite() + ", phase " + ligne.phase()
                    + " inexistante (activités-phases de l'acte : "
                    + acte.tarifs().stream().map(t -> t.activite() + "-" + t.phase()).collect(Collectors.joining(", ")) + ")");
        }
        var grilleDuSecteur1 = !feuille.executant().profession().estMedecin() || feuille.executant().secteur().grilleDuSecteur1();
        var grille = grilleDuSecteur1 ? "grille du secteur 1 et de l'OPTAM" : "grille hors secteur 1 et hors OPTAM";
        BigDecimal unitaire = tarifs.selonLaGrille(grilleDuSecteur1);
        var intitule = "Tarif CCAM (" + version.nom() + anterieure(version) + ") : " + acte.code() + " « " + abrege(acte.libelle()) + " »"
                + activitePhase(tarifs);
        if (unitaire == null) {
            explication.note(intitule + ", " + grille + " : acte non pris en charge par l'assurance maladie");
            return base(numero, ligne, categorie, true, Montant.ZERO, false, null, explication);
        }
        var montant = Montant.euros(unitaire);
        explication.note(intitule + ", " + grille + " : " + EnFrancais.montant(montant) + quantite(ligne));
        return base(numero, ligne, categorie, true, montant.fois(ligne.quantite()), true, null, explication);
    }

    private static Resultat medicament(FeuilleDeSoins feuille, int numero, LigneDeSoins ligne, String designation, Nomenclatures nomenclatures,
            Explication explication) {
        var version = nomenclatures.bdpm(feuille.dateDesSoins());
        var cip = ligne.code().valeur();
        var presentation = version.contenu().presentation(cip).orElse(null);
        if (presentation == null) {
            var motif = version.contenu().motifDEcart(cip).map(m -> "présentation écartée de la " + version.nom() + " : " + m)
                    .orElse("présentation absente de la " + version.nom());
            return Resultat.rejet(MotifDeRejet.CODE_INCONNU, designation + " : " + motif);
        }
        var intitule = "Médicament (" + version.nom() + anterieure(version) + ") : " + presentation.denomination() + ", "
                + presentation.libelle();
        if (!presentation.estRemboursable()) {
            explication.note(intitule + " : présentation non remboursable (sans taux de remboursement)");
            return base(numero, ligne, CategorieDeSoins.MEDICAMENTS, true, Montant.ZERO, false, null, explication);
        }
        var prix = presentation.prixHonoraireCompris();
        explication.note(intitule + " : " + EnFrancais.montant(prix) + " la boîte, honoraire de dispensation compris" + quantite(ligne));
        return base(numero, ligne, CategorieDeSoins.MEDICAMENTS, true, prix.fois(ligne.quantite()), true, presentation.classe(), explication);
    }

    private static Resultat auMontantFacture(int numero, LigneDeSoins ligne, CategorieDeSoins categorie, String designation,
            Explication explication) {
        var facture = ligne.montantFacture();
        if (facture == null) {
            return Resultat.rejet(MotifDeRejet.LIGNE_INVALIDE, designation + " : montant facturé obligatoire (tarif pris au montant facturé)");
        }
        explication.note("Tarif : montant facturé " + EnFrancais.montant(facture) + " pour " + ligne.quantite()
                + (ligne.code().nomenclature() == CodeActe.Nomenclature.TRANSPORT ? " trajet(s) en " + ligne.code().valeur().toLowerCase()
                        : " séjour (" + ligne.code().valeur() + ")"));
        return base(numero, ligne, categorie, true, facture, true, null, explication);
    }

    /** La base : le tarif dans la limite des frais exposés ; le dépassement : ce qui est facturé au-delà du tarif. */
    private static Resultat base(int numero, LigneDeSoins ligne, CategorieDeSoins categorie, boolean estUnActe, Montant tarif, boolean remboursable,
            @Nullable ClasseDeMedicament classe, Explication explication) {
        var facture = ligne.montantFacture() == null ? tarif : ligne.montantFacture();
        var base = remboursable ? tarif.min(facture) : Montant.ZERO;
        var depassement = remboursable ? facture.moins(tarif).max(Montant.ZERO) : facture;
        if (remboursable && facture.compareTo(tarif) < 0) {
            explication.note("Montant facturé " + EnFrancais.montant(facture) + " inférieur au tarif : remboursement dans la limite des frais exposés");
        }
        if (remboursable && depassement.estPositif()) {
            explication.note("Dépassement de " + EnFrancais.montant(depassement) + " (facturé " + EnFrancais.montant(facture)
                    + ") : jamais remboursé par l'assurance maladie");
        }
        explication.etape("Base de remboursement", base.arrondiAuCentime());
        return new Resultat(new LigneTarifee(numero, ligne, categorie, estUnActe, tarif, facture, base.arrondiAuCentime(),
                depassement.arrondiAuCentime(), remboursable, classe, explication), null);
    }

    private static String quantite(LigneDeSoins ligne) {
        return ligne.quantite() == 1 ? "" : ", × " + ligne.quantite();
    }

    private static String activitePhase(TarifCcam t) {
        return t.activite() == 1 && t.phase() == 0 ? "" : ", activité " + t.activite() + ", phase " + t.phase();
    }

    private static String anterieure(VersionRetenue<?> version) {
        return version.anterieure() ? " en vigueur depuis le " + EnFrancais.date(version.enVigueurDu())
                + ", appliquée faute de version antérieure chargée" : "";
    }

    private static String abrege(String libelle) {
        return libelle.length() <= 80 ? libelle : libelle.substring(0, 77) + "…";
    }
}
