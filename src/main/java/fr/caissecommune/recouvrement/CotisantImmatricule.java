package fr.caissecommune.recouvrement;

import java.time.LocalDate;
import java.util.UUID;

/** Publié à l'ouverture d'un compte cotisant. */
public record CotisantImmatricule(UUID cotisant, CategorieDeCotisant categorie, LocalDate le) {
}
