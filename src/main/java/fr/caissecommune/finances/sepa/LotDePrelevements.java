package fr.caissecommune.finances.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Un lot de prélèvements (PmtInf) : ceux d'un même schéma ({@code CORE} pour les particuliers, {@code B2B}
 * entre professionnels), d'une même séquence ({@code FRST}, {@code RCUR}, {@code OOFF}, {@code FNAL}) et d'une
 * même date d'échéance, au profit du même compte et sous le même ICS.
 */
public record LotDePrelevements(String pmtInfId, String schema, String sequence, LocalDate dateEcheance, long nombre,
        BigDecimal total, CompteBancaire creancier, IdentifiantCreancier ics) {

    private static final Set<String> SCHEMAS = Set.of("CORE", "B2B");
    private static final Set<String> SEQUENCES = Set.of("FRST", "RCUR", "OOFF", "FNAL");

    public LotDePrelevements {
        if (!Epc.estUneReference(pmtInfId)) {
            throw new IllegalArgumentException("PmtInfId invalide : « " + pmtInfId + " » doit compter 1 à 35 caractères du jeu EPC, sans espace");
        }
        if (!SCHEMAS.contains(schema)) {
            throw new IllegalArgumentException("Schéma de prélèvement invalide : « " + schema + " », attendu CORE ou B2B");
        }
        if (!SEQUENCES.contains(sequence)) {
            throw new IllegalArgumentException("Séquence de prélèvement invalide : « " + sequence + " », attendu FRST, RCUR, OOFF ou FNAL");
        }
    }
}
