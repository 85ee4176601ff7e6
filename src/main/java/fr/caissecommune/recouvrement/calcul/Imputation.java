package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * L'imputation d'un paiement sur les dettes d'un compte cotisant (Code civil, art. 1342-10) : le débiteur peut
 * indiquer la dette qu'il entend acquitter ; à défaut, le paiement s'impute sur les dettes échues, la plus ancienne
 * d'abord ; à date égale, les cotisations avant les majorations et pénalités qui en sont l'accessoire. Le surplus
 * reste au crédit du compte.
 */
public final class Imputation {

    private Imputation() {
    }

    /** Une dette ouverte du compte : sa date d'exigibilité, son rang (0 pour le principal, 1 pour l'accessoire), son reste. */
    public record Dette(UUID id, LocalDate exigibleLe, int rang, BigDecimal reste) {
    }

    /** La part d'un paiement imputée sur une dette. */
    public record Part(UUID dette, BigDecimal montant) {
    }

    /** Le résultat : les parts imputées et le surplus non imputé. */
    public record Resultat(List<Part> parts, BigDecimal surplus) {
    }

    public static final Comparator<Dette> ANCIENNETE = Comparator.comparing(Dette::exigibleLe).thenComparingInt(Dette::rang)
            .thenComparing(Dette::id);

    public static Resultat imputer(BigDecimal montant, List<Dette> dettes, Optional<UUID> designee) {
        if (montant.signum() <= 0) {
            throw new IllegalArgumentException("Le montant à imputer doit être positif : " + montant);
        }
        var ordre = new ArrayList<>(dettes.stream().filter(d -> d.reste().signum() > 0).sorted(ANCIENNETE).toList());
        designee.flatMap(id -> ordre.stream().filter(d -> d.id().equals(id)).findFirst()).ifPresent(d -> {
            ordre.remove(d);
            ordre.add(0, d);
        });
        var parts = new ArrayList<Part>();
        var reste = montant;
        for (var d : ordre) {
            if (reste.signum() <= 0) {
                break;
            }
            var part = reste.min(d.reste());
            parts.add(new Part(d.id(), part));
            reste = reste.subtract(part);
        }
        return new Resultat(List.copyOf(parts), reste);
    }
}
