package fr.caissecommune.sante;

import java.util.regex.Pattern;

/**
 * Le code d'une ligne de facturation, sous sa forme écrite : une lettre clé NGAP ({@code G}, {@code AMI}), un
 * acte CCAM ({@code CCAM:DEQP003}), une présentation de médicament par son code CIP à 13 chiffres
 * ({@code CIP:3400935955838}), un transport ({@code TRANSPORT:TAXI}, {@code VSL}, {@code AMBULANCE}) ou un
 * séjour hospitalier ({@code HOSPITALISATION:<libellé>}).
 */
public record CodeActe(Nomenclature nomenclature, String valeur) {

    /** La nomenclature dont relève un code. */
    public enum Nomenclature {
        NGAP, CCAM, CIP, TRANSPORT, HOSPITALISATION
    }

    /** Les modes de transport sanitaire facturables. */
    public static final java.util.Set<String> MODES_DE_TRANSPORT = java.util.Set.of("TAXI", "VSL", "AMBULANCE");

    private static final Pattern NGAP = Pattern.compile("[A-Z][A-Z0-9]{0,3}");
    private static final Pattern CCAM = Pattern.compile("[A-Z]{4}\\d{3}");
    private static final Pattern CIP13 = Pattern.compile("\\d{13}");
    private static final Pattern LIBELLE = Pattern.compile("[A-Z0-9_\\-]{1,32}");

    public CodeActe {
        var valide = switch (nomenclature) {
            case NGAP -> NGAP.matcher(valeur).matches();
            case CCAM -> CCAM.matcher(valeur).matches();
            case CIP -> CIP13.matcher(valeur).matches();
            case TRANSPORT -> MODES_DE_TRANSPORT.contains(valeur);
            case HOSPITALISATION -> LIBELLE.matcher(valeur).matches();
        };
        if (!valide) {
            throw new IllegalArgumentException("code invalide : « " + ecrit(nomenclature, valeur) + " » (" + attendu(nomenclature) + ")");
        }
    }

    /** Lit un code écrit : {@code G}, {@code CCAM:DEQP003}, {@code CIP:3400935955838}, {@code TRANSPORT:TAXI}… */
    public static CodeActe of(String texte) {
        var t = texte.trim().toUpperCase(java.util.Locale.ROOT);
        int deuxPoints = t.indexOf(':');
        if (deuxPoints < 0) {
            if (!NGAP.matcher(t).matches()) {
                throw new IllegalArgumentException("code invalide : « " + texte + " » (lettre clé NGAP, CCAM:XXXX000, CIP:34009…, "
                        + "TRANSPORT:TAXI|VSL|AMBULANCE ou HOSPITALISATION:<libellé> attendu)");
            }
            return new CodeActe(Nomenclature.NGAP, t);
        }
        var prefixe = t.substring(0, deuxPoints);
        var reste = t.substring(deuxPoints + 1);
        for (var n : Nomenclature.values()) {
            if (n != Nomenclature.NGAP && n.name().equals(prefixe)) {
                return new CodeActe(n, reste);
            }
        }
        if (prefixe.equals("NGAP")) {
            return new CodeActe(Nomenclature.NGAP, reste);
        }
        throw new IllegalArgumentException("code invalide : préfixe « " + prefixe + " » inconnu (CCAM, CIP, TRANSPORT ou HOSPITALISATION attendu)");
    }

    private static String attendu(Nomenclature n) {
        return switch (n) {
            case NGAP -> "lettre clé NGAP de 1 à 4 caractères attendue";
            case CCAM -> "code CCAM de 4 lettres et 3 chiffres attendu";
            case CIP -> "code CIP de 13 chiffres attendu";
            case TRANSPORT -> "TAXI, VSL ou AMBULANCE attendu";
            case HOSPITALISATION -> "libellé de 1 à 32 lettres, chiffres, tirets ou soulignés attendu";
        };
    }

    private static String ecrit(Nomenclature n, String valeur) {
        return n == Nomenclature.NGAP ? valeur : n.name() + ":" + valeur;
    }

    /** Les soins tarifés au montant facturé (pas de grille de tarifs livrée) : transports et séjours. */
    public boolean tarifeAuMontantFacture() {
        return nomenclature == Nomenclature.TRANSPORT || nomenclature == Nomenclature.HOSPITALISATION;
    }

    @Override
    public String toString() {
        return ecrit(nomenclature, valeur);
    }
}
