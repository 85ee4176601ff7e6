package fr.caissecommune.regles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** La valeur d'un paramètre retenue pour un calcul : ce qu'une explication doit citer. */
public record ValeurAppliquee(String chemin, String description, String unite, BigDecimal valeur, LocalDate dateEffet,
        List<Reference> references) {

    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** « Base mensuelle de calcul des allocations familiales : 478,77 € depuis le 01/04/2025 (Décret …) ». */
    public String enFrancais() {
        return description + " : " + Unites.formate(valeur, unite) + " depuis le " + JJ_MM_AAAA.format(dateEffet)
                + (references.isEmpty() ? "" : " (" + references.stream().map(Reference::titre).collect(Collectors.joining(" ; ")) + ")");
    }
}
