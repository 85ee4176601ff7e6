package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand les résultats d'un contrôle d'employeur sont notifiés. */
public record ControleNotifie(UUID controle, UUID cotisant, CategorieDeCotisant categorie, LocalDate le, BigDecimal redressement, BigDecimal credit) {
}
