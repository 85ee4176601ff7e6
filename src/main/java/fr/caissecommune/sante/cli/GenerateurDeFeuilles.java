package fr.caissecommune.sante.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import fr.caissecommune.commun.Nir;

/**
 * Un générateur déterministe de feuilles de soins synthétiques (JSON lines) pour les bancs d'essai : un
 * mélange proche de l'activité d'une caisse (généralistes, pharmacies, infirmiers, kinésithérapeutes,
 * spécialistes, dentistes, transports), quelques bénéficiaires en C2S, en ALD ou enceintes, du tiers payant.
 */
final class GenerateurDeFeuilles {

    private static final List<String> CIP = List.of("3400935955838", "3400939809151", "3400927406522", "3400939985138", "3400930311820",
            "3400930164488", "3400930075364", "3400935740557", "3400930046517", "3400930191040", "3400934315800", "3400930159408",
            "3400949497294", "3400936344846", "3400930292921", "3400949695317");
    private static final List<String> CCAM = List.of("DEQP003", "QZJA002", "JKHD001", "ZCQK004", "YYYY010");
    private static final LocalDate DEBUT = LocalDate.of(2025, 1, 1);
    private static final int JOURS = 640;

    private final long graine;
    private final String[] nirs;

    GenerateurDeFeuilles(long graine, int beneficiaires) {
        this.graine = graine;
        this.nirs = new String[beneficiaires];
        var alea = new SplittableRandom(graine);
        for (int i = 0; i < beneficiaires; i++) {
            var debut = String.format("%d%02d%02d48%03d%03d", 1 + alea.nextInt(2), alea.nextInt(100), 1 + alea.nextInt(12), 1 + alea.nextInt(200),
                    1 + i % 999);
            nirs[i] = debut + String.format("%02d", Nir.cle(debut));
        }
    }

    /** La feuille de numéro donné (toujours la même pour une même graine). */
    String feuille(int numero) {
        var alea = new SplittableRandom(graine * 1_000_003L + numero);
        var nir = nirs[alea.nextInt(nirs.length)];
        var date = DEBUT.plusDays(alea.nextInt(JOURS));
        var reception = date.plusDays(alea.nextInt(20));
        int tirage = alea.nextInt(100);
        var j = new StringBuilder(512);
        j.append("{\"id\":\"S-").append(numero).append("\",\"nir\":\"").append(nir).append("\",\"date_soins\":\"").append(date)
                .append("\",\"date_reception\":\"").append(reception).append('"');
        if (tirage < 40) {
            executant(j, "10005831911", "MEDECIN_GENERALISTE", alea.nextInt(10) == 0 ? "OPTAM" : "1", alea.nextInt(5) == 0 ? "B2" : "FSE");
            j.append(",\"parcours\":\"").append(alea.nextInt(20) == 0 ? "HORS_PARCOURS" : "MEDECIN_TRAITANT").append('"');
            tiersPayant(j, alea.nextInt(5) == 0);
            j.append(",\"lignes\":[{\"code\":\"G\",\"montant\":30.00}]");
        } else if (tirage < 48) {
            executant(j, "10000000009", "MEDECIN_SPECIALISTE", alea.nextInt(3) == 0 ? "2" : "1", "FSE");
            j.append(",\"parcours\":\"ORIENTE\"");
            tiersPayant(j, false);
            j.append(",\"lignes\":[{\"code\":\"CCAM:").append(CCAM.get(alea.nextInt(CCAM.size()))).append("\"}]");
        } else if (tirage < 70) {
            executant(j, "10000000025", "PHARMACIEN", "1", "FSE");
            tiersPayant(j, true);
            j.append(",\"lignes\":[");
            int n = 1 + alea.nextInt(3);
            for (int i = 0; i < n; i++) {
                j.append(i == 0 ? "" : ",").append("{\"code\":\"CIP:").append(CIP.get(alea.nextInt(CIP.size()))).append("\",\"quantite\":")
                        .append(1 + alea.nextInt(2)).append('}');
            }
            j.append(']');
        } else if (tirage < 82) {
            executant(j, "10000000017", "INFIRMIER", "1", "FSE");
            tiersPayant(j, true);
            j.append(",\"lignes\":[{\"code\":\"AMI\",\"coefficient\":").append(1 + alea.nextInt(4)).append("},{\"code\":\"IFD\"}]");
        } else if (tirage < 88) {
            executant(j, "10000000041", "MASSEUR_KINESITHERAPEUTE", "1", "FSE");
            tiersPayant(j, alea.nextBoolean());
            j.append(",\"lignes\":[{\"code\":\"AMS\",\"coefficient\":7.5}]");
        } else if (tirage < 92) {
            executant(j, "10000000033", "TRANSPORTEUR", "1", "B2");
            tiersPayant(j, true);
            j.append(",\"lignes\":[{\"code\":\"TRANSPORT:TAXI\",\"quantite\":").append(1 + alea.nextInt(2)).append(",\"montant\":")
                    .append(40 + alea.nextInt(80)).append(".00}]");
        } else if (tirage < 95) {
            executant(j, "10000000058", "CHIRURGIEN_DENTISTE", "1", "FSE");
            tiersPayant(j, false);
            j.append(",\"lignes\":[{\"code\":\"C\"}]");
        } else {
            executant(j, "10005831911", "MEDECIN_GENERALISTE", "1", "PAPIER");
            tiersPayant(j, false);
            j.append(",\"lignes\":[{\"code\":\"G\",\"ald\":").append(tirage == 95).append("}]");
        }
        if (tirage >= 95) {
            j.append(",\"beneficiaire\":{\"date_naissance\":\"1958-04-02\"");
            switch (tirage) {
                case 95 -> j.append(",\"ald\":[{\"affection\":\"diabète de type 2\",\"debut\":\"2019-06-01\"}]");
                case 96 -> j.append(",\"c2s\":[{\"debut\":\"2025-01-01\",\"fin\":\"2026-12-31\"}]");
                case 97 -> j.append(",\"medecin_traitant\":\"10000000009\"");
                case 98 -> j.append(",\"grossesse\":{\"debut\":\"").append(date.minusMonths(6)).append("\",\"accouchement\":\"")
                        .append(date.plusMonths(3)).append("\"}");
                default -> j.append(",\"droits\":[{\"debut\":\"2000-01-01\",\"fin\":\"2024-12-31\"}]");
            }
            j.append('}');
        }
        return j.append('}').toString();
    }

    private static void executant(StringBuilder j, String rpps, String specialite, String secteur, String flux) {
        j.append(",\"flux\":\"").append(flux).append("\",\"executant\":{\"rpps\":\"").append(rpps).append("\",\"specialite\":\"").append(specialite)
                .append("\",\"secteur\":\"").append(secteur).append("\"}");
    }

    private static void tiersPayant(StringBuilder j, boolean oui) {
        j.append(",\"tiers_payant\":").append(oui);
    }
}
