package fr.caissecommune.recouvrement;

import java.time.LocalDate;
import java.util.UUID;

/** Publié à la radiation d'un compte cotisant (cessation d'activité, fin d'emploi de salariés). */
public record CotisantRadie(UUID cotisant, CategorieDeCotisant categorie, LocalDate le) {
}
