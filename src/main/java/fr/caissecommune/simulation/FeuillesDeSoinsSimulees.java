package fr.caissecommune.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.commun.Rpps;
import fr.caissecommune.sante.Ald;
import fr.caissecommune.sante.CompteDePaiement;
import fr.caissecommune.sante.Grossesse;
import fr.caissecommune.sante.SituationDuBeneficiaire;

/**
 * L'activité de la branche santé d'un département simulé : ses bénéficiaires (situation au regard de
 * l'assurance maladie, coordonnées bancaires), ses professionnels de santé, et les feuilles de soins que la caisse
 * reçoit chaque jour, au format JSON lines de {@code docs/sante-format-feuilles.md}. Déterministe : même graine,
 * mêmes bénéficiaires et mêmes feuilles.
 *
 * <p>Volumes et proportions repris du rapport d'activité 2020 de la CPAM du Rhône (seeds/003) : 43 456 093
 * décomptes dans l'année pour 1 893 147 habitants, soit 23 décomptes par habitant et par an, appliqués à la
 * population du profil ; 96,2 % de feuilles télétransmises (le reste sur papier) ; 81,4 % des décomptes payés aux
 * professionnels (tiers payant) ; délais observés : 92 % des FSE remboursées en 7 jours, 90 % des feuilles papier
 * traitées en 15 jours. Parts des professions, des situations (C2S, AME, ALD, grossesses, médecin traitant) : ordres
 * de grandeur nationaux de l'assurance maladie, arrondis.
 *
 * <p>La feuille du jour J : télétransmise (FSE, SEFi, B2), reçue de J−3 à J (une petite part en souffrance reçue
 * jusqu'à J−20) ; papier, reçue de J−20 à J−2 (acheminement et numérisation) ; les soins précèdent la réception
 * de 0 à 3 jours (électronique) ou de 2 à 10 jours (papier). Quelques feuilles sont renvoyées en double, quelques
 * bénéficiaires sont inconnus ou sans droits, quelques feuilles sont prescrites.
 */
public final class FeuillesDeSoinsSimulees {

    /** Décomptes par habitant et par an (CPAM du Rhône, 2020 : 43 456 093 décomptes, 1 893 147 habitants). */
    public static final double DECOMPTES_PAR_HABITANT = 43_456_093.0 / 1_893_147.0;

    private static final String[] CIP_65 = { "3400935955838", "3400939809151", "3400927406522", "3400939985138", "3400930311820", "3400930164488",
            "3400930075364", "3400935740557", "3400930046517", "3400930191040", "3400934315800", "3400930159408", "3400921604696", "3400922474373",
            "3400926947163", "3400927687976", "3400927842825", "3400927982323" };
    private static final String[] CIP_30 = { "3400921653663", "3400930123898", "3400930188187", "3400930254479", "3400933041144", "3400949656516" };
    private static final String[] CIP_15 = { "3400921610550", "3400930230510", "3400934891779", "3400949244454" };
    private static final String[] CIP_100 = { "3400927903199", "3400941520204", "3400949501526", "3400930179543" };
    private static final String[] CCAM_GENERALISTE = { "DEQP003", "QZJA002", "ZCQM004" };
    private static final String[] CCAM_SPECIALISTE = { "DEQP003", "ZBQK002", "ZCQK004", "JKHD001", "NFQK003", "EQQM006", "BGQP002", "QZFA036" };
    private static final String[] CCAM_DENTISTE = { "HBJD001", "HBQK002", "HBMD049", "HBGD036" };
    private static final String[] TRANSPORTS = { "TAXI", "VSL", "AMBULANCE" };

    /** Les professions simulées, leur part des feuilles et leur part des professionnels. */
    private enum Metier {
        GENERALISTE("MEDECIN_GENERALISTE", 22, 0.20), SPECIALISTE("MEDECIN_SPECIALISTE", 10, 0.20), PHARMACIEN("PHARMACIEN", 36, 0.10),
        INFIRMIER("INFIRMIER", 13, 0.20), KINE("MASSEUR_KINESITHERAPEUTE", 7, 0.15), DENTISTE("CHIRURGIEN_DENTISTE", 5, 0.08),
        SAGE_FEMME("SAGE_FEMME", 1, 0.02), TRANSPORTEUR("TRANSPORTEUR", 3, 0.03), ETABLISSEMENT("ETABLISSEMENT", 3, 0.02);

        final String specialite;
        final int partDesFeuilles;
        final double partDesProfessionnels;

        Metier(String specialite, int partDesFeuilles, double partDesProfessionnels) {
            this.specialite = specialite;
            this.partDesFeuilles = partDesFeuilles;
            this.partDesProfessionnels = partDesProfessionnels;
        }
    }

    private static final int C2S = 1, AME = 2, ALD = 4, SANS_DROITS = 8, ENCEINTE = 16;

    private final Profil profil;
    private final long graine;
    private final LocalDate reference;
    private final String[] nirs;
    private final LocalDate[] naissances;
    private final byte[] particularites;
    private final int[] medecinTraitant;
    private final String[][] professionnels = new String[Metier.values().length][];
    private final Metier[] tirageDesMetiers = new Metier[100];

    /**
     * @param reference la date de référence de la population (âges, périodes de droits)
     */
    public FeuillesDeSoinsSimulees(Profil profil, long graine, LocalDate reference) {
        this.profil = profil;
        this.graine = graine;
        this.reference = reference;
        var aleas = new SplittableRandom(graine);
        var identifiants = new Identifiants(aleas.split());
        int n = profil.habitants();
        nirs = new String[n];
        naissances = new LocalDate[n];
        particularites = new byte[n];
        medecinTraitant = new int[n];
        int total = Metier.values().length;
        for (var m : Metier.values()) {
            int nombre = Math.max(3, (int) Math.round(profil.professionnelsDeSante() * m.partDesProfessionnels));
            professionnels[m.ordinal()] = new String[nombre];
            for (int i = 0; i < nombre; i++) {
                professionnels[m.ordinal()][i] = identifiants.rpps().valeur();
            }
        }
        int k = 0;
        for (var m : Metier.values()) {
            for (int i = 0; i < m.partDesFeuilles; i++) {
                tirageDesMetiers[k++] = m;
            }
        }
        if (k != 100 || total == 0) {
            throw new IllegalStateException("parts des professions : 100 attendu, " + k);
        }
        var cumul = new double[profil.pyramide().length];
        double somme = 0;
        for (int i = 0; i < cumul.length; i++) {
            somme += profil.pyramide()[i];
            cumul[i] = somme;
        }
        int generalistes = professionnels[Metier.GENERALISTE.ordinal()].length;
        for (int b = 0; b < n; b++) {
            double u = aleas.nextDouble() * somme;
            int tranche = 0;
            while (tranche < cumul.length - 1 && u > cumul[tranche]) {
                tranche++;
            }
            int age = tranche * 5 + aleas.nextInt(5);
            var naissance = reference.minusYears(age).minusDays(aleas.nextInt(365));
            int sexe = 1 + aleas.nextInt(2);
            var lieu = profil.departement() + String.format("%03d", 1 + aleas.nextInt(300));
            nirs[b] = identifiants.nir(sexe, naissance.getYear(), naissance.getMonthValue(), lieu).valeur();
            naissances[b] = naissance;
            int p = 0;
            double v = aleas.nextDouble();
            if (v < 0.005) {
                p |= AME;
            } else if (v < 0.095) {
                p |= C2S;
            } else if (v < 0.098) {
                p |= SANS_DROITS;
            }
            if (aleas.nextDouble() < (age < 40 ? 0.05 : age < 60 ? 0.18 : 0.40)) {
                p |= ALD;
            }
            if (sexe == 2 && age >= 18 && age <= 42 && aleas.nextDouble() < 0.06) {
                p |= ENCEINTE;
            }
            particularites[b] = (byte) p;
            medecinTraitant[b] = age >= 16 && aleas.nextDouble() < 0.88 ? aleas.nextInt(generalistes) : -1;
        }
    }

    public Profil profil() {
        return profil;
    }

    public int beneficiaires() {
        return nirs.length;
    }

    /** Le nombre de feuilles reçues un jour moyen (volume annuel du profil / 365). */
    public int feuillesParJour() {
        return (int) Math.round(profil.habitants() * DECOMPTES_PAR_HABITANT / 365.0);
    }

    /** La situation du bénéficiaire de rang donné au regard de l'assurance maladie. */
    public SituationDuBeneficiaire situation(int b) {
        var naissance = naissances[b];
        int p = particularites[b];
        var debutDesDroits = naissance;
        List<Periode> droits = (p & AME) != 0 ? List.of()
                : (p & SANS_DROITS) != 0 && debutDesDroits.isBefore(reference.minusYears(2)) ? List.of(Periode.entre(debutDesDroits, reference.minusYears(1))) : List.of(Periode.depuis(debutDesDroits));
        var ouverture = reference.minusMonths(6 + b % 6);
        List<Periode> c2s = (p & C2S) != 0 ? List.of(Periode.entre(ouverture, ouverture.plusMonths(12))) : List.of();
        List<Periode> ame = (p & AME) != 0 ? List.of(Periode.entre(ouverture, ouverture.plusMonths(12))) : List.of();
        List<Ald> ald = (p & ALD) != 0 ? List.of(new Ald(b % 3 == 0 ? "diabète" : b % 3 == 1 ? "maladie coronaire" : "tumeur maligne",
                Periode.depuis(reference.minusYears(1 + b % 5)), java.util.Set.of())) : List.of();
        List<Grossesse> grossesses = List.of();
        if ((p & ENCEINTE) != 0) {
            var debut = reference.minusDays(b % 270);
            grossesses = List.of(new Grossesse(debut, debut.plusDays(280)));
        }
        var mt = medecinTraitant[b] < 0 ? null : Rpps.of(professionnels[Metier.GENERALISTE.ordinal()][medecinTraitant[b]]);
        return new SituationDuBeneficiaire(naissance, droits, c2s, ame, ald, grossesses, mt);
    }

    /** Les situations des bénéficiaires de rang {@code [debut, fin)}, pour les charger par paquets. */
    public Map<Nir, SituationDuBeneficiaire> situations(int debut, int fin) {
        var resultat = new HashMap<Nir, SituationDuBeneficiaire>((fin - debut) * 2);
        for (int b = debut; b < fin; b++) {
            resultat.put(new Nir(nirs[b]), situation(b));
        }
        return resultat;
    }

    /** Les coordonnées bancaires des bénéficiaires de rang {@code [debut, fin)} et, avec le premier paquet, des professionnels. */
    public List<CompteDePaiement> comptes(int debut, int fin) {
        var aleas = new SplittableRandom(graine * 31 + debut);
        var identifiants = new Identifiants(aleas);
        var comptes = new ArrayList<CompteDePaiement>(fin - debut);
        for (int b = debut; b < fin; b++) {
            var c = identifiants.compte();
            comptes.add(new CompteDePaiement(CompteDePaiement.tiersAssure(nirs[b]), "Assuré " + nirs[b].substring(0, 7), c.iban(), c.bic()));
        }
        if (debut == 0) {
            for (var m : Metier.values()) {
                for (var rpps : professionnels[m.ordinal()]) {
                    var c = identifiants.compte();
                    comptes.add(new CompteDePaiement(CompteDePaiement.tiersProfessionnel(rpps), m.specialite.toLowerCase().replace('_', ' ') + " " + rpps,
                            c.iban(), c.bic()));
                }
            }
        }
        return comptes;
    }

    /** Écrit les feuilles reçues et à liquider le jour donné, une ligne JSON par feuille. */
    public void jour(LocalDate jour, int feuilles, Consumer<String> destinataire) {
        for (int i = 0; i < feuilles; i++) {
            destinataire.accept(feuille(jour, i));
        }
    }

    /** La feuille de rang donné du jour (toujours la même pour une même graine). */
    public String feuille(LocalDate jour, int rang) {
        var alea = new SplittableRandom(graine * 1_000_003L + jour.toEpochDay() * 10_000_019L + rang);
        if (rang > 0 && alea.nextInt(1000) < 3) {
            // Une feuille renvoyée : la précédente, sous un autre numéro (contrôle des doublons).
            var precedente = feuille(jour, rang - 1);
            return precedente.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + identifiant(jour, rang) + "\"");
        }
        int b = alea.nextInt(nirs.length);
        if ((particularites[b] & ALD) == 0 && alea.nextInt(3) == 0) {
            b = alea.nextInt(nirs.length); // les patients en ALD consultent davantage
        }
        var nir = nirs[b];
        if (alea.nextInt(1000) == 0) {
            nir = inconnu(alea);
        }
        int p = particularites[b];
        var metier = tirageDesMetiers[alea.nextInt(100)];
        if (metier == Metier.SAGE_FEMME && (p & ENCEINTE) == 0) {
            metier = Metier.GENERALISTE;
        }
        var liste = professionnels[metier.ordinal()];
        var rpps = metier == Metier.GENERALISTE && medecinTraitant[b] >= 0 && alea.nextInt(10) < 8
                ? professionnels[Metier.GENERALISTE.ordinal()][medecinTraitant[b]] : liste[alea.nextInt(liste.length)];
        var flux = flux(metier, alea);
        LocalDate reception;
        LocalDate soins;
        if (flux.equals("PAPIER")) {
            reception = jour.minusDays(2 + alea.nextInt(alea.nextInt(10) == 0 ? 19 : 12));
            soins = reception.minusDays(2 + alea.nextInt(9));
            if (alea.nextInt(2000) == 0) {
                soins = soins.minusYears(2).minusDays(30); // prescrite
            }
        } else {
            reception = jour.minusDays(alea.nextInt(100) < 93 ? alea.nextInt(4) : 8 + alea.nextInt(13));
            soins = reception.minusDays(alea.nextInt(4));
        }
        boolean solidaire = (p & (C2S | AME)) != 0;
        boolean tiersPayant = solidaire || alea.nextInt(100) < switch (metier) {
            case PHARMACIEN, TRANSPORTEUR, ETABLISSEMENT -> 99;
            case INFIRMIER -> 95;
            case KINE -> 75;
            case DENTISTE -> 60;
            case GENERALISTE -> 55;
            case SPECIALISTE -> 40;
            case SAGE_FEMME -> 80;
        };
        if (flux.equals("PAPIER")) {
            tiersPayant = solidaire;
        }
        var j = new StringBuilder(400);
        j.append("{\"id\":\"").append(identifiant(jour, rang)).append("\",\"nir\":\"").append(nir).append("\",\"date_soins\":\"").append(soins)
                .append("\",\"date_reception\":\"").append(reception).append("\",\"flux\":\"").append(flux).append("\",\"executant\":{\"rpps\":\"")
                .append(rpps).append("\",\"specialite\":\"").append(metier.specialite).append('"');
        if (metier == Metier.SPECIALISTE || metier == Metier.GENERALISTE) {
            int s = alea.nextInt(100);
            j.append(",\"secteur\":\"").append(s < (metier == Metier.SPECIALISTE ? 45 : 90) ? "1" : s < 80 ? "OPTAM" : "2").append('"');
        }
        j.append('}');
        if (metier == Metier.GENERALISTE || metier == Metier.SPECIALISTE) {
            j.append(",\"parcours\":\"").append(metier == Metier.SPECIALISTE ? (alea.nextInt(10) == 0 ? "HORS_PARCOURS" : "ORIENTE")
                    : alea.nextInt(25) == 0 ? "HORS_PARCOURS" : "MEDECIN_TRAITANT").append('"');
        }
        int risque = alea.nextInt(1000);
        if ((p & ENCEINTE) != 0 && risque < 300) {
            j.append(",\"assurance\":\"MATERNITE\"");
        } else if (risque >= 982) {
            j.append(",\"assurance\":\"ATMP\"");
        }
        j.append(",\"tiers_payant\":").append(tiersPayant).append(",\"lignes\":[");
        boolean ald = (p & ALD) != 0 && alea.nextInt(10) < 7;
        switch (metier) {
            case GENERALISTE -> {
                int t = alea.nextInt(100);
                if (t < 78) {
                    ligne(j, "G", null, 1, alea.nextInt(20) == 0 ? "35.00" : null, ald);
                } else if (t < 85) {
                    ligne(j, "VG", null, 1, null, ald);
                    virgule(j);
                    ligne(j, "MD", null, 1, null, ald);
                } else if (t < 90) {
                    ligne(j, "TCG", null, 1, null, ald);
                } else {
                    ligne(j, "G", null, 1, null, ald);
                    virgule(j);
                    ligne(j, "CCAM:" + CCAM_GENERALISTE[alea.nextInt(CCAM_GENERALISTE.length)], null, 1, null, ald);
                }
            }
            case SPECIALISTE -> {
                if (alea.nextInt(3) == 0) {
                    ligne(j, "APC", null, 1, alea.nextInt(4) == 0 ? "80.00" : null, ald);
                } else {
                    ligne(j, "CCAM:" + CCAM_SPECIALISTE[alea.nextInt(CCAM_SPECIALISTE.length)], null, 1, null, ald);
                }
            }
            case PHARMACIEN -> {
                int n = 1 + alea.nextInt(alea.nextInt(3) == 0 ? 5 : 2);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        virgule(j);
                    }
                    int c = alea.nextInt(100);
                    var cip = c < 70 ? CIP_65[alea.nextInt(CIP_65.length)] : c < 82 ? CIP_30[alea.nextInt(CIP_30.length)]
                            : c < 88 ? CIP_15[alea.nextInt(CIP_15.length)] : CIP_100[alea.nextInt(CIP_100.length)];
                    ligne(j, "CIP:" + cip, null, 1 + (alea.nextInt(4) == 0 ? 2 : 0), null, ald);
                }
            }
            case INFIRMIER -> {
                ligne(j, "AMI", String.valueOf(1 + alea.nextInt(4)), 1, null, ald);
                if (alea.nextBoolean()) {
                    virgule(j);
                    ligne(j, "IFD", null, 1, null, false);
                }
            }
            case KINE -> ligne(j, alea.nextBoolean() ? "AMS" : "AMK", alea.nextBoolean() ? "7.5" : "8", 1, null, ald);
            case DENTISTE -> {
                if (alea.nextBoolean()) {
                    ligne(j, "C", null, 1, null, false);
                } else {
                    ligne(j, "CCAM:" + CCAM_DENTISTE[alea.nextInt(CCAM_DENTISTE.length)], null, 1, null, false);
                }
            }
            case SAGE_FEMME -> ligne(j, "SF", String.valueOf(10 + alea.nextInt(6)), 1, null, false);
            case TRANSPORTEUR -> ligne(j, "TRANSPORT:" + TRANSPORTS[alea.nextInt(TRANSPORTS.length)], null, 1 + alea.nextInt(2),
                    (30 + alea.nextInt(120)) + ".00", ald);
            case ETABLISSEMENT -> ligne(j, "HOSPITALISATION:SEJOUR", null, 1, (400 + alea.nextInt(4600)) + ".00", ald);
        }
        return j.append("]}").toString();
    }

    private static String flux(Metier metier, SplittableRandom alea) {
        int t = alea.nextInt(1000);
        return switch (metier) {
            case ETABLISSEMENT -> "B2";
            case TRANSPORTEUR -> t < 600 ? "SEFI" : "B2";
            case PHARMACIEN -> t < 970 ? "FSE" : "SEFI";
            case GENERALISTE, SPECIALISTE, DENTISTE -> t < 55 ? "PAPIER" : "FSE";
            default -> t < 40 ? "PAPIER" : "FSE";
        };
    }

    private static String identifiant(LocalDate jour, int rang) {
        return "R" + jour.toString().replace("-", "") + "-" + rang;
    }

    private String inconnu(SplittableRandom alea) {
        var sans = "1" + String.format("%02d%02d", 50 + alea.nextInt(40), 1 + alea.nextInt(12)) + "99" + String.format("%03d%03d", 100 + alea.nextInt(800),
                1 + alea.nextInt(999));
        return sans + String.format("%02d", Nir.cle(sans));
    }

    private static void virgule(StringBuilder j) {
        j.append(',');
    }

    private static void ligne(StringBuilder j, String code, @Nullable String coefficient, int quantite, @Nullable String montant, boolean ald) {
        j.append("{\"code\":\"").append(code).append('"');
        if (coefficient != null) {
            j.append(",\"coefficient\":").append(coefficient);
        }
        if (quantite != 1) {
            j.append(",\"quantite\":").append(quantite);
        }
        if (montant != null) {
            j.append(",\"montant\":").append(montant);
        }
        if (ald) {
            j.append(",\"ald\":true");
        }
        j.append('}');
    }
}
