package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand une somme devient due sur un compte cotisant (cotisations liquidées, majoration, pénalité, redressement) ; l'exercice est l'année de la période. Le segment distingue les employeurs privés de moins de 10 salariés et de 10 et plus ({@link Cotisant#segment()}).
 */
public record EcheanceConstatee(UUID cotisant, CategorieDeCotisant categorie, String segment, NatureDEcheance nature, int exercice, LocalDate le, BigDecimal montant) {
}
