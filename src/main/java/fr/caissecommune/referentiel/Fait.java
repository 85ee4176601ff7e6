package fr.caissecommune.referentiel;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Siret;

/**
 * Un fait de la situation d'une personne ou d'un foyer, valable à compter de sa date d'effet. Chaque nature
 * de fait est un enregistrement ; son libellé français est ce que l'historique affiche.
 */
public sealed interface Fait {

    /** La nature, telle qu'elle est stockée et publiée. */
    Nature nature();

    /** Le résumé lisible du fait. */
    String libelle();

    enum Nature {
        ADRESSE("Adresse"), COMPTE_BANCAIRE("Coordonnées bancaires"), SITUATION_MARITALE("Situation maritale"),
        ARRIVEE_AU_FOYER("Arrivée dans le foyer"), DEPART_DU_FOYER("Départ du foyer"), DECES("Décès"),
        RESSOURCES("Ressources annuelles"), EMPLOI("Emploi"), FIN_D_EMPLOI("Fin d'emploi"),
        LOGEMENT("Logement"), HANDICAP("Handicap"), RESSOURCES_DECLAREES("Ressources déclarées du mois"),
        GROSSESSE("Grossesse"), MODE_DE_GARDE("Mode de garde"), SOUTIEN_DE_L_ENFANT("Soutien de l'enfant par ses parents");

        private final String libelle;

        Nature(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }

        /** Vrai pour les faits qui changent la composition ou les ressources du foyer. */
        public boolean concerneLeFoyer() {
            return this == ARRIVEE_AU_FOYER || this == DEPART_DU_FOYER || this == RESSOURCES || this == DECES || this == LOGEMENT
                    || this == HANDICAP || this == RESSOURCES_DECLAREES || this == GROSSESSE || this == MODE_DE_GARDE || this == SOUTIEN_DE_L_ENFANT;
        }

        /** Vrai pour les faits attachés à un foyer (et à l'un de ses membres). */
        public boolean dUnFoyer() {
            return this == ARRIVEE_AU_FOYER || this == DEPART_DU_FOYER || this == RESSOURCES || this == LOGEMENT || this == HANDICAP
                    || this == RESSOURCES_DECLAREES || this == GROSSESSE || this == MODE_DE_GARDE || this == SOUTIEN_DE_L_ENFANT;
        }
    }

    /** Rôle d'un membre du foyer. */
    enum RoleDansLeFoyer {
        ALLOCATAIRE("allocataire"), CONJOINT("conjoint"), ENFANT("enfant à charge");

        private final String libelle;

        RoleDansLeFoyer(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    enum StatutMarital {
        CELIBATAIRE("célibataire"), MARIE("marié(e)"), PACSE("pacsé(e)"), CONCUBINAGE("en concubinage"),
        SEPARE("séparé(e)"), DIVORCE("divorcé(e)"), VEUF("veuf ou veuve");

        private final String libelle;

        StatutMarital(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }

        public boolean enCouple() {
            return this == MARIE || this == PACSE || this == CONCUBINAGE;
        }
    }

    /** Adresse de résidence. */
    record Adresse(String ligne, @Nullable String complement, String codePostal, CodeCommune commune, String nomDeCommune)
            implements Fait {
        public Adresse {
            if (!codePostal.matches("\\d{5}")) {
                throw new fr.caissecommune.commun.ChampInvalide("codePostal", "Code postal invalide : 5 chiffres attendus, « " + codePostal + " » reçu");
            }
        }

        public Nature nature() {
            return Nature.ADRESSE;
        }

        public String libelle() {
            return ligne + (complement == null ? "" : ", " + complement) + ", " + codePostal + " " + nomDeCommune.toUpperCase(Locale.FRENCH);
        }
    }

    /** Compte sur lequel les prestations sont versées. */
    record CompteBancaire(Iban iban, @Nullable Bic bic, String titulaire) implements Fait {
        public Nature nature() {
            return Nature.COMPTE_BANCAIRE;
        }

        public String libelle() {
            return iban.masque() + (bic == null ? "" : " (" + bic + ")") + ", titulaire " + titulaire;
        }
    }

    record SituationMaritale(StatutMarital statut) implements Fait {
        public Nature nature() {
            return Nature.SITUATION_MARITALE;
        }

        public String libelle() {
            return statut.libelle();
        }
    }

    /** Un membre arrive dans le foyer : naissance, adoption, accueil, mise en couple. */
    record ArriveeAuFoyer(PersonneId membre, RoleDansLeFoyer role, String prenom, String motif) implements Fait {
        public Nature nature() {
            return Nature.ARRIVEE_AU_FOYER;
        }

        public String libelle() {
            return motif + " : " + prenom + " (" + role.libelle() + ")";
        }
    }

    /** Un membre quitte le foyer : départ d'un enfant, séparation, décès. */
    record DepartDuFoyer(PersonneId membre, String prenom, String motif) implements Fait {
        public Nature nature() {
            return Nature.DEPART_DU_FOYER;
        }

        public String libelle() {
            return motif + " : " + prenom;
        }
    }

    record Deces() implements Fait {
        public Nature nature() {
            return Nature.DECES;
        }

        public String libelle() {
            return "Décès";
        }
    }

    /** Les ressources annuelles du foyer (revenus nets catégoriels de l'année civile), base des plafonds. */
    record Ressources(int annee, Montant montant) implements Fait {
        public Ressources {
            if (montant.estNegatif()) {
                throw new fr.caissecommune.commun.ChampInvalide("montant", "Ressources invalides : le montant ne peut pas être négatif");
            }
        }

        public Nature nature() {
            return Nature.RESSOURCES;
        }

        public String libelle() {
            return "Ressources " + annee + " : " + montant.enFrancais();
        }
    }

    record Emploi(@Nullable Siret siret, String employeur, String contrat, Montant salaireMensuelBrut) implements Fait {
        public Nature nature() {
            return Nature.EMPLOI;
        }

        public String libelle() {
            return contrat + " chez " + employeur + (siret == null ? "" : " (SIRET " + siret + ")") + ", " + salaireMensuelBrut.enFrancais() + " brut par mois";
        }
    }

    record FinDEmploi(String employeur, String motif) implements Fait {
        public Nature nature() {
            return Nature.FIN_D_EMPLOI;
        }

        public String libelle() {
            return "Fin d'emploi chez " + employeur + " (" + motif + ")";
        }
    }

    /** Comment le foyer occupe sa résidence principale (CCH art. L821-1 et R822-1 s. pour les aides au logement). */
    enum StatutDOccupation {
        LOCATAIRE("locataire"), ACCEDANT("accédant à la propriété"), FOYER("résident en foyer"),
        PROPRIETAIRE("propriétaire sans charge d'emprunt"), HEBERGE("hébergé à titre gratuit");

        private final String libelle;

        StatutDOccupation(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** La zone géographique des loyers plafonds des aides au logement (arrêté du 17 mars 1978, zones I, II, III). */
    enum ZoneDeLogement {
        ZONE_1("zone I"), ZONE_2("zone II"), ZONE_3("zone III");

        private final String libelle;

        ZoneDeLogement(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /**
     * Le logement du foyer : statut d'occupation, loyer (ou mensualité d'emprunt, ou redevance du foyer) hors charges,
     * zone, et colocation. Le loyer est nul pour un propriétaire sans emprunt ou un hébergé.
     */
    record Logement(StatutDOccupation statut, Montant loyerMensuel, ZoneDeLogement zone, boolean colocation) implements Fait {
        public Logement {
            if (loyerMensuel.estNegatif()) {
                throw new fr.caissecommune.commun.ChampInvalide("loyerMensuel", "Loyer invalide : le montant ne peut pas être négatif");
            }
            if ((statut == StatutDOccupation.PROPRIETAIRE || statut == StatutDOccupation.HEBERGE) && loyerMensuel.estPositif()) {
                throw new fr.caissecommune.commun.ChampInvalide("loyerMensuel", "Loyer invalide : un " + statut.libelle()
                        + " ne paie ni loyer ni mensualité (0 attendu, " + loyerMensuel.enFrancais() + " reçu)");
            }
        }

        public Nature nature() {
            return Nature.LOGEMENT;
        }

        public String libelle() {
            return "Logement : " + statut.libelle() + (loyerMensuel.estPositif() ? ", " + loyerMensuel.enFrancais() + " par mois" : "")
                    + ", " + zone.libelle() + (colocation ? ", en colocation" : "");
        }
    }

    /**
     * Les catégories du complément d'allocation d'éducation de l'enfant handicapé, selon les dépenses, la réduction
     * d'activité des parents et le recours à une tierce personne (CSS art. R541-2).
     */
    enum CategorieAeeh {
        AUCUNE("sans complément"), CATEGORIE_1("1re catégorie"), CATEGORIE_2("2e catégorie"), CATEGORIE_3("3e catégorie"),
        CATEGORIE_4("4e catégorie"), CATEGORIE_5("5e catégorie"), CATEGORIE_6("6e catégorie");

        private final String libelle;

        CategorieAeeh(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /**
     * Le handicap d'un membre du foyer, tel que la CDAPH l'a reconnu : taux d'incapacité (CASF art. L241-6), catégorie
     * du complément d'AEEH pour un enfant, restriction substantielle et durable d'accès à l'emploi pour l'AAH (CSS
     * art. L821-2), jusqu'à la fin de la décision (date exclue ; sans date, décision sans limite).
     */
    record Handicap(PersonneId membre, int tauxDIncapacite, CategorieAeeh categorieAeeh, boolean restrictionDAccesALEmploi,
            java.time.@Nullable LocalDate finDeDecision) implements Fait {
        public Handicap {
            if (tauxDIncapacite < 0 || tauxDIncapacite > 100) {
                throw new fr.caissecommune.commun.ChampInvalide("tauxDIncapacite", "Taux d'incapacité invalide : de 0 à 100 %, "
                        + tauxDIncapacite + " reçu");
            }
        }

        public Nature nature() {
            return Nature.HANDICAP;
        }

        public String libelle() {
            return "Handicap : taux d'incapacité " + tauxDIncapacite + " %"
                    + (categorieAeeh == CategorieAeeh.AUCUNE ? "" : ", complément AEEH " + categorieAeeh.libelle())
                    + (restrictionDAccesALEmploi ? ", restriction d'accès à l'emploi" : "")
                    + (finDeDecision == null ? "" : ", jusqu'au " + finDeDecision.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }

    /**
     * Les ressources d'un membre du foyer pour un mois, déclarées (déclaration trimestrielle du RSA et de la prime
     * d'activité, CASF art. R262-37, CSS art. R844-1) : revenus d'activité, revenus de remplacement (chômage,
     * indemnités journalières, pensions), autres ressources. Une nouvelle déclaration du même mois la remplace.
     */
    record RessourcesDeclarees(PersonneId membre, java.time.YearMonth mois, Montant revenusDActivite, Montant revenusDeRemplacement,
            Montant autresRessources) implements Fait {
        public RessourcesDeclarees {
            for (var champ : java.util.Map.of("revenusDActivite", revenusDActivite, "revenusDeRemplacement", revenusDeRemplacement,
                    "autresRessources", autresRessources).entrySet()) {
                if (champ.getValue().estNegatif()) {
                    throw new fr.caissecommune.commun.ChampInvalide(champ.getKey(), "Ressources déclarées invalides : le montant ne peut pas être négatif");
                }
            }
        }

        public Nature nature() {
            return Nature.RESSOURCES_DECLAREES;
        }

        public Montant total() {
            return revenusDActivite.plus(revenusDeRemplacement).plus(autresRessources);
        }

        public String libelle() {
            return "Ressources de " + mois + " : activité " + revenusDActivite.enFrancais() + ", remplacement "
                    + revenusDeRemplacement.enFrancais() + ", autres " + autresRessources.enFrancais();
        }
    }

    /** Une grossesse déclarée (CSS art. L531-2 : prime à la naissance), avec la date présumée de l'accouchement. */
    record Grossesse(PersonneId mere, java.time.LocalDate datePresumeeDAccouchement, int enfantsAttendus) implements Fait {
        public Grossesse {
            if (enfantsAttendus < 1 || enfantsAttendus > 8) {
                throw new fr.caissecommune.commun.ChampInvalide("enfantsAttendus", "Nombre d'enfants attendus invalide : de 1 à 8, "
                        + enfantsAttendus + " reçu");
            }
        }

        public Nature nature() {
            return Nature.GROSSESSE;
        }

        public String libelle() {
            return "Grossesse : accouchement présumé le " + datePresumeeDAccouchement.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + (enfantsAttendus > 1 ? ", " + enfantsAttendus + " enfants attendus" : "");
        }
    }

    /** Le mode de garde d'un jeune enfant (CSS art. L531-5 : complément de libre choix du mode de garde). */
    enum TypeDeGarde {
        PARENTS("par ses parents"), ASSISTANT_MATERNEL("assistant(e) maternel(le) agréé(e)"), GARDE_A_DOMICILE("garde à domicile"),
        MICRO_CRECHE("micro-crèche"), ETABLISSEMENT("établissement d'accueil du jeune enfant");

        private final String libelle;

        TypeDeGarde(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Comment un enfant est gardé à compter de la date d'effet : type, heures par mois, coût mensuel pour la famille. */
    record ModeDeGarde(PersonneId enfant, TypeDeGarde type, int heuresParMois, Montant coutMensuel) implements Fait {
        public ModeDeGarde {
            if (heuresParMois < 0 || heuresParMois > 744) {
                throw new fr.caissecommune.commun.ChampInvalide("heuresParMois", "Heures de garde invalides : de 0 à 744 par mois, "
                        + heuresParMois + " reçu");
            }
            if (coutMensuel.estNegatif()) {
                throw new fr.caissecommune.commun.ChampInvalide("coutMensuel", "Coût de garde invalide : le montant ne peut pas être négatif");
            }
        }

        public Nature nature() {
            return Nature.MODE_DE_GARDE;
        }

        public String libelle() {
            return "Mode de garde : " + type.libelle() + (heuresParMois > 0 ? ", " + heuresParMois + " h par mois" : "")
                    + (coutMensuel.estPositif() ? ", " + coutMensuel.enFrancais() + " par mois" : "");
        }
    }

    /** Ce qui prive un enfant du soutien de ses parents (CSS art. L523-1). */
    enum PrivationDeSoutien {
        AUCUNE("soutenu par ses deux parents"), D_UN_PARENT("orphelin d'un parent, ou l'un de ses parents ne fait pas face à son obligation d'entretien"),
        DES_DEUX_PARENTS("orphelin de ses deux parents, ou privé de l'aide des deux");

        private final String libelle;

        PrivationDeSoutien(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /**
     * Le soutien d'un enfant par ses parents à compter de la date d'effet : l'enfant est orphelin ou privé de l'aide
     * d'un ou de ses deux parents (décès, filiation non établie, parent hors d'état ou se soustrayant à son obligation
     * d'entretien, CSS art. L523-1), et la pension alimentaire effectivement perçue chaque mois pour lui.
     */
    record SoutienDeLEnfant(PersonneId enfant, PrivationDeSoutien privation, Montant pensionAlimentaireMensuelle) implements Fait {
        public SoutienDeLEnfant {
            if (pensionAlimentaireMensuelle.estNegatif()) {
                throw new fr.caissecommune.commun.ChampInvalide("pensionAlimentaireMensuelle",
                        "Pension alimentaire invalide : le montant ne peut pas être négatif");
            }
        }

        public Nature nature() {
            return Nature.SOUTIEN_DE_L_ENFANT;
        }

        public String libelle() {
            return "Soutien de l'enfant : " + privation.libelle()
                    + (pensionAlimentaireMensuelle.estPositif() ? ", pension alimentaire de " + pensionAlimentaireMensuelle.enFrancais() + " par mois" : "");
        }
    }
}
