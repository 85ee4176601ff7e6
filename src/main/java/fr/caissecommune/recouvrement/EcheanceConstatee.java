package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand une somme devient due sur un compte cotisant (cotisations liquidées, majoration, pénalité, redressement) ; l'exercice est l'année de la période. */
public record EcheanceConstatee(UUID cotisant, CategorieDeCotisant categorie, NatureDEcheance nature, int exercice, LocalDate le, BigDecimal montant) {
}
