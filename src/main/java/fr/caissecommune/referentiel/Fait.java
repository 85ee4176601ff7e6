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
        RESSOURCES("Ressources annuelles"), EMPLOI("Emploi"), FIN_D_EMPLOI("Fin d'emploi");

        private final String libelle;

        Nature(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }

        /** Vrai pour les faits qui changent la composition ou les ressources du foyer. */
        public boolean concerneLeFoyer() {
            return this == ARRIVEE_AU_FOYER || this == DEPART_DU_FOYER || this == RESSOURCES || this == DECES;
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
}
